package org.treatyflow.serialization;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.DomainName;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.asset.RealEstate;
import org.treatyflow.model.asset.Vehicle;
import org.treatyflow.model.asset.VirtualCurrencyWallet;
import org.treatyflow.model.assistance.AssistanceMeasure;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.assistance.HearingCapacity;
import org.treatyflow.model.assistance.InterceptionRequest;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.assistance.RealTimeTrafficCollectionRequest;
import org.treatyflow.model.assistance.StoredDataAccessMeasure;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.AppendixCategory;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.MaximumPenalty;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.PreservationStatus;
import org.treatyflow.model.disclosure.ProductionOrder;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.financial.BankingTransactionInformationRequest;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.model.financial.InvestigativeAssistanceRequest;
import org.treatyflow.model.financial.TracingAspect;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.fiu.Transaction;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.provisional.ProvisionalMeasure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.Acceptance;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.model.reply.Postponement;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.model.transborder.TransBorderAccessBasis;
import org.treatyflow.model.transborder.TransBorderAccessRecord;

/**
 * The sample documents of the exchange format: one complete envelope per payload type, built with
 * the model's builders, and one incomplete draft. The committed files under {@code
 * src/test/resources/samples} are what {@link ExchangeFormat#writeIndented} gives for them; {@link
 * SamplesTest} keeps the two in step.
 *
 * <p>Every person, company, domain, account and address is invented. Two fictional cases run
 * through the samples:
 *
 * <ul>
 *   <li>"Lantern": a fake online shop, {@code lantern-deals.example}, took about EUR 310,000 from
 *       buyers in France. It is hosted in Germany and run from Saarbrücken by Viktor Halloran
 *       through Lantern Trade UG; the money went to accounts in Germany and Austria and on into
 *       bitcoin. France asks Germany and Austria for preservation, data, tracing, freezing,
 *       confiscation and the return of the proceeds to the victims (BC 26-34, WC 16-25, 46-47).
 *   <li>"Tisza": a phishing campaign against the customers of a Hungarian bank, run from Serbia, in
 *       which Hungary uses the Second Additional Protocol (2AP 6-12) with Serbia; the two are among
 *       the Parties that have ratified it, although it is not yet in force.
 * </ul>
 *
 * <p>Each method builds one sample and returns the same value every time it is called.
 */
final class Samples {
  private Samples() {}

  // ---------------------------------------------------------------------------------------------
  // Parties, authorities, dates
  // ---------------------------------------------------------------------------------------------

  private static final Party FR = Party.of("FR");
  private static final Party DE = Party.of("DE");
  private static final Party AT = Party.of("AT");
  private static final Party NL = Party.of("NL");
  private static final Party HU = Party.of("HU");
  private static final Party RS = Party.of("RS");

  private static final Language ENGLISH = Language.ENGLISH;

  /** Central European Time, before the change to summer time on 29 March 2026. */
  private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);

  /** Central European Summer Time, from 29 March to 25 October 2026. */
  private static final ZoneOffset SUMMER = ZoneOffset.ofHours(2);

  private static Authority authority(Party party, AuthorityRole role, String name, String contact) {
    return Authority.builder().party(party).role(role).name(name).contactDetails(contact).build();
  }

  private static final Authority FR_24_7 =
      authority(
          FR,
          AuthorityRole.POINT_OF_CONTACT_24_7,
          "National Cybercrime Office, 24/7 Point of Contact",
          "Duty officer Capt. Claire Fontaine, contact-247@cyber.fr.example");
  private static final Authority FR_CENTRAL =
      authority(
          FR,
          AuthorityRole.CENTRAL_AUTHORITY,
          "Ministry of Justice, Office for International Mutual Assistance in Criminal Matters",
          "Ms Hélène Roussel, entraide@justice.fr.example");
  private static final Authority FR_PROSECUTOR =
      authority(
          FR,
          AuthorityRole.PROSECUTOR,
          "Paris Public Prosecutor's Office, Cybercrime Section",
          "Deputy prosecutor Marc Delorme, cyber.parquet@justice.fr.example");
  private static final Authority FR_INVESTIGATING_JUDGE =
      authority(
          FR,
          AuthorityRole.JUDICIAL_AUTHORITY,
          "Investigating Judge, Paris Judicial Court, Financial Division",
          "Judge Anne Lefebvre, cabinet.lefebvre@justice.fr.example");
  private static final Authority FR_POLICE =
      authority(
          FR,
          AuthorityRole.POLICE,
          "National Cybercrime Office, Online Fraud Group",
          "Lt. Julien Morel, fraude-en-ligne@cyber.fr.example");
  private static final Authority FR_FIU =
      authority(
          FR,
          AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT,
          "Financial Intelligence Unit of France",
          "Analyst desk, international@fiu.fr.example");

  private static final Authority DE_24_7 =
      authority(
          DE,
          AuthorityRole.POINT_OF_CONTACT_24_7,
          "Federal Criminal Police Office, Cybercrime Division, 24/7 Point of Contact",
          "Duty officer KHK Stefan Brandt, contact-247@cyber.de.example");
  private static final Authority DE_CENTRAL =
      authority(
          DE,
          AuthorityRole.CENTRAL_AUTHORITY,
          "Federal Office of Justice, International Cooperation in Criminal Matters",
          "Ms Katrin Vogel, rechtshilfe@justiz.de.example");
  private static final Authority DE_PROSECUTOR =
      authority(
          DE,
          AuthorityRole.PROSECUTOR,
          "Public Prosecutor's Office Saarbrücken, Central Cybercrime Unit",
          "Prosecutor Dr. Lena Hartmann, zc-cyber@justiz.de.example");
  private static final Authority DE_FIU =
      authority(
          DE,
          AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT,
          "Financial Intelligence Unit of Germany",
          "International desk, international@fiu.de.example");
  private static final Authority DE_HOSTING_PROVIDER =
      Authority.builder()
          .party(DE)
          .role(AuthorityRole.SERVICE_PROVIDER)
          .name("Rheinwolke Hosting GmbH")
          .build();

  private static final Authority AT_CENTRAL =
      authority(
          AT,
          AuthorityRole.CENTRAL_AUTHORITY,
          "Federal Ministry of Justice, International Criminal Matters",
          "Mr Florian Gruber, strafsachen-international@justiz.at.example");
  private static final Authority AT_PROSECUTOR =
      authority(
          AT,
          AuthorityRole.PROSECUTOR,
          "Public Prosecutor's Office Vienna, Economic Crime Unit",
          "Prosecutor Mag. Eva Steiner, wirtschaft@staatsanwalt.at.example");

  private static final Authority NL_VPN_PROVIDER =
      Authority.builder()
          .party(NL)
          .role(AuthorityRole.SERVICE_PROVIDER)
          .name("Polderlink VPN B.V.")
          .build();

  private static final Authority HU_24_7 =
      authority(
          HU,
          AuthorityRole.POINT_OF_CONTACT_24_7,
          "National Bureau of Investigation, 24/7 Point of Contact",
          "Duty officer Capt. Gergely Farkas, contact-247@police.hu.example");
  private static final Authority HU_CENTRAL =
      authority(
          HU,
          AuthorityRole.CENTRAL_AUTHORITY,
          "Ministry of Justice, Department of International Criminal Law",
          "Dr. Réka Szabó, nemzetkozi@justice.hu.example");
  private static final Authority HU_PROSECUTOR =
      authority(
          HU,
          AuthorityRole.PROSECUTOR,
          "Budapest Chief Prosecutor's Office, Cybercrime Department",
          "Prosecutor Dr. Bence Varga, kiberbunozes@prosecution.hu.example");
  private static final Authority HU_POLICE =
      authority(
          HU,
          AuthorityRole.POLICE,
          "National Bureau of Investigation, Cybercrime Department",
          "Maj. Dóra Kiss, cyber@police.hu.example");

  private static final Authority RS_24_7 =
      authority(
          RS,
          AuthorityRole.POINT_OF_CONTACT_24_7,
          "Ministry of the Interior, Cybercrime Department, 24/7 Point of Contact",
          "Duty officer Insp. Nikola Petrović, contact-247@mup.rs.example");
  private static final Authority RS_CENTRAL =
      authority(
          RS,
          AuthorityRole.CENTRAL_AUTHORITY,
          "Ministry of Justice, Department for International Legal Assistance",
          "Ms Jelena Marković, mpp@justice.rs.example");
  private static final Authority RS_PROSECUTOR =
      authority(
          RS,
          AuthorityRole.PROSECUTOR,
          "Special Prosecutor's Office for High-Tech Crime",
          "Deputy prosecutor Ivan Lukić, vtk@prosecution.rs.example");
  private static final Authority RS_REGISTRAR =
      Authority.builder()
          .party(RS)
          .role(AuthorityRole.DOMAIN_REGISTRATION_ENTITY)
          .name("Dunavska Registracija d.o.o.")
          .contactDetails("Abuse desk, abuse@dunavska-registracija.example")
          .build();
  private static final Authority RS_PROVIDER =
      Authority.builder()
          .party(RS)
          .role(AuthorityRole.SERVICE_PROVIDER)
          .name("Belnet Telekom d.o.o.")
          .contactDetails("Law enforcement desk, lea@belnet-telekom.example")
          .build();

  private static final String RS_PROVIDER_ADDRESS =
      "Bulevar Mihajla Pupina 1000, 11070 Novi Beograd, Serbia";

  // ---------------------------------------------------------------------------------------------
  // The "Lantern" case: references, offences, facts, persons, property
  // ---------------------------------------------------------------------------------------------

  private static final RequestId LANTERN_PRESERVATION = RequestId.of("FR-OCL-2026-0117");
  private static final RequestId LANTERN_MUTUAL_ASSISTANCE = RequestId.of("FR-BEPI-2026-0342");
  private static final RequestId LANTERN_STORED_DATA = RequestId.of("FR-BEPI-2026-0343");
  private static final RequestId LANTERN_REAL_TIME = RequestId.of("FR-BEPI-2026-0344");
  private static final RequestId LANTERN_INTERCEPTION = RequestId.of("FR-BEPI-2026-0345");
  private static final RequestId LANTERN_TRACING = RequestId.of("FR-BEPI-2026-0351");
  private static final RequestId LANTERN_BANK_ACCOUNTS = RequestId.of("FR-BEPI-2026-0352");
  private static final RequestId LANTERN_TRANSACTIONS = RequestId.of("FR-BEPI-2026-0353");
  private static final RequestId LANTERN_MONITORING = RequestId.of("FR-BEPI-2026-0354");
  private static final RequestId LANTERN_FREEZING = RequestId.of("FR-BEPI-2026-0360");
  private static final RequestId LANTERN_CONFISCATION = RequestId.of("FR-BEPI-2026-0901");
  private static final RequestId LANTERN_DISPOSAL = RequestId.of("FR-BEPI-2027-0044");
  private static final RequestId LANTERN_FIU_REQUEST = RequestId.of("FR-FIU-2026-2208");
  private static final RequestId LANTERN_FIU_POSTPONEMENT = RequestId.of("FR-FIU-2026-2231");

  /** Organised online fraud, as French law names it. */
  private static Offence organisedFraud() {
    return Offence.builder()
        .domesticDescription(
            "Organised fraud committed by means of an online shop (escroquerie en bande organisée)")
        .domesticProvision("Articles 313-1 and 313-2 of the French Penal Code")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .addAppendixCategories(AppendixCategory.FRAUD)
        .maximumPenalty(MaximumPenalty.imprisonmentMonths(120))
        .build();
  }

  /** Laundering of the proceeds of that fraud. */
  private static Offence organisedLaundering() {
    return Offence.builder()
        .domesticDescription(
            "Money laundering committed as part of an organised group (blanchiment en bande"
                + " organisée)")
        .domesticProvision("Articles 324-1 and 324-2 of the French Penal Code")
        .addLaunderingOffences(
            LaunderingOffence.CONVERSION_OR_TRANSFER, LaunderingOffence.CONCEALMENT_OR_DISGUISE)
        .addAppendixCategories(AppendixCategory.FRAUD)
        .maximumPenalty(MaximumPenalty.imprisonmentMonths(120))
        .build();
  }

  private static Facts lanternFacts() {
    return Facts.builder()
        .summary(
            "Between 5 January and 28 February 2026 the online shop lantern-deals.example offered"
                + " household electronics at prices well below the market. At least 214 buyers in"
                + " France paid about EUR 310,000 in total by bank transfer to accounts in Germany"
                + " and Austria and received nothing. The shop is hosted by Rheinwolke Hosting GmbH"
                + " in Germany and administered by Viktor Halloran, who lives in Saarbrücken,"
                + " through the company Lantern Trade UG.")
        .offenceDate(LocalDate.of(2026, 1, 5))
        .offencePlace(
            "Throughout France (residences of the buyers); the shop is run from Saarbrücken,"
                + " Germany")
        .build();
  }

  private static Person viktorHalloran() {
    return Person.builder()
        .role(PersonRole.SUSPECT)
        .kind(Person.Kind.NATURAL)
        .name("Viktor Halloran")
        .dateOfBirth(LocalDate.of(1988, 7, 14))
        .placeOfBirth("Metz, France")
        .nationality(FR)
        .address("Lindenweg 12, 66111 Saarbrücken, Germany")
        .addIdentifiers("French passport 19FX00000")
        .build();
  }

  private static Person lanternTrade() {
    return Person.builder()
        .role(PersonRole.SUSPECT)
        .kind(Person.Kind.LEGAL)
        .name("Lantern Trade UG (haftungsbeschränkt)")
        .address("Lindenweg 12, 66111 Saarbrücken, Germany")
        .addIdentifiers("Commercial register Saarbrücken HRB 000000")
        .build();
  }

  private static Person victim(String name, String address) {
    return Person.builder()
        .role(PersonRole.VICTIM)
        .kind(Person.Kind.NATURAL)
        .name(name)
        .nationality(FR)
        .address(address)
        .build();
  }

  /** The account of Lantern Trade UG into which the buyers paid. */
  private static BankAccount lanternAccountInGermany() {
    return BankAccount.builder()
        .iban(Iban.of("DE89370400440532013000"))
        .bankName("Saarländische Beispielbank AG")
        .bic("SBBKDEXXXXX")
        .location(DE)
        .estimatedValue(Amount.of("48210.37", AssetCode.EUR))
        .build();
  }

  /** The account of Viktor Halloran in Austria to which most of the money was passed on. */
  private static BankAccount halloranAccountInAustria() {
    return BankAccount.builder()
        .iban(Iban.of("AT611904300234573201"))
        .bankName("Wiener Musterbank AG")
        .location(AT)
        .build();
  }

  /** The wallet at a German exchange into which the money was converted. */
  private static VirtualCurrencyWallet halloranWallet() {
    return VirtualCurrencyWallet.builder()
        .asset(AssetCode.BTC)
        .network("bitcoin")
        .address("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
        .custodian("Kryptohafen Exchange GmbH")
        .location(DE)
        .estimatedValue(Amount.of("1.84210000", AssetCode.BTC))
        .build();
  }

  private static Vehicle halloranCar() {
    return Vehicle.builder()
        .description("Black Audi A6 Avant, first registered in 2025")
        .registrationNumber("SB-VH 1788")
        .identificationNumber("WAUZZZ4A0SA000000")
        .location(DE)
        .estimatedValue(Amount.of("52000.00", AssetCode.EUR))
        .build();
  }

  private static RealEstate halloranFlat() {
    return RealEstate.builder()
        .landRegistryReference("Land register of Saarbrücken, sheet 00000, plot 123/4")
        .address("Uferstraße 3, flat 5, 66111 Saarbrücken, Germany")
        .location(DE)
        .estimatedValue(Amount.of("185000.00", AssetCode.EUR))
        .build();
  }

  private static RequestHeader.Builder header(
      RequestId id,
      Authority requesting,
      Authority requested,
      Channel channel,
      LocalDate date,
      ArticleCitation... legalBasis) {
    RequestHeader.Builder header =
        RequestHeader.builder()
            .id(id)
            .requestingParty(requesting.party())
            .requestedParty(requested.party())
            .requestingAuthority(requesting)
            .requestedAuthority(requested)
            .channel(channel)
            .dateOfRequest(date)
            .language(ENGLISH);
    for (ArticleCitation citation : legalBasis) {
      header.addLegalBasis(citation);
    }
    return header;
  }

  /** The WC 37(1) content of a coercive request by France in the Lantern case. */
  private static WarsawRequestContent.Builder coerciveContent(String objectAndReason) {
    return WarsawRequestContent.builder()
        .objectAndReason(objectAndReason)
        .facts(lanternFacts())
        .coercive(true)
        .statutoryProvisions(
            "Articles 313-1, 313-2, 324-1, 324-2 and 131-21 (confiscation) of the French Penal"
                + " Code; Articles 706-141 to 706-158 (seizure) of the French Code of Criminal"
                + " Procedure")
        .measureAvailableAtHome(true)
        .addPersons(viktorHalloran(), lanternTrade());
  }

  // ---------------------------------------------------------------------------------------------
  // Envelopes
  // ---------------------------------------------------------------------------------------------

  private static Envelope envelope(
      String messageId,
      Optional<RequestId> correlation,
      Authority sender,
      Authority receiver,
      Channel channel,
      OffsetDateTime sentAt,
      CooperationAct payload) {
    return Envelope.builder()
        .messageId(messageId)
        .correlationId(correlation)
        .sender(sender)
        .receiver(receiver)
        .channel(channel)
        .sentAt(sentAt)
        .payload(payload)
        .build();
  }

  /**
   * The envelope of a request, sent by its requesting to its requested authority on its channel.
   */
  private static Envelope request(String messageId, OffsetDateTime sentAt, Request request) {
    RequestHeader header = request.header();
    return envelope(
        messageId,
        Optional.of(header.id()),
        header.requestingAuthority(),
        header.requestedAuthority().orElseThrow(),
        header.channel(),
        sentAt,
        request);
  }

  /** The envelope of a reply, from its authority to the authority it answers, on its channel. */
  private static Envelope reply(String messageId, OffsetDateTime sentAt, Reply reply) {
    ReplyHeader header = reply.header();
    return envelope(
        messageId,
        Optional.of(header.answersRequest()),
        header.fromAuthority(),
        header.toAuthority().orElseThrow(),
        header.channel(),
        sentAt,
        reply);
  }

  private static OffsetDateTime at(
      int year, int month, int day, int hour, int minute, ZoneOffset offset) {
    return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, offset);
  }

  // ---------------------------------------------------------------------------------------------
  // Budapest Convention, Chapter III
  // ---------------------------------------------------------------------------------------------

  /** BC 29: France asks Germany, through the 24/7 network, to preserve the shop's hosting data. */
  static Envelope preservationRequest() {
    PreservationRequest request =
        PreservationRequest.builder()
            .header(
                header(
                        LANTERN_PRESERVATION,
                        FR_24_7,
                        DE_24_7,
                        Channel.NETWORK_24_7,
                        LocalDate.of(2026, 3, 16),
                        BUDAPEST.cite(29),
                        BUDAPEST.cite(35, 1, "b"))
                    .urgency(Urgency.URGENT)
                    .investigatingAuthority(FR_PROSECUTOR)
                    .confidentialityRequested(true)
                    .build())
            .addOffences(organisedFraud())
            .facts(lanternFacts())
            .addDataToPreserve(
                DataItem.builder()
                    .category(DataCategory.CONTENT_DATA)
                    .description(
                        "All files, databases and logs stored in the hosting account, including the"
                            + " shop's order database and its administration panel")
                    .selector("Hosting account rw-448812 (server 203.0.113.45)")
                    .periodStart(LocalDate.of(2025, 12, 1))
                    .periodEnd(LocalDate.of(2026, 3, 16))
                    .relationToOffence(
                        "The account hosts lantern-deals.example; the order database lists the"
                            + " victims' orders and the bank details they were given.")
                    .build())
            .addDataToPreserve(
                DataItem.builder()
                    .category(DataCategory.TRAFFIC_DATA)
                    .description(
                        "Connection logs of the administration panel: source IP addresses, ports"
                            + " and timestamps with time zone")
                    .selector("https://lantern-deals.example/admin")
                    .periodStart(LocalDate.of(2025, 12, 1))
                    .periodEnd(LocalDate.of(2026, 3, 16))
                    .relationToOffence(
                        "The logs show from where the shop's administrator, believed to be Viktor"
                            + " Halloran, logged in to change the bank details shown to buyers.")
                    .build())
            .addDataToPreserve(
                DataItem.builder()
                    .category(DataCategory.SUBSCRIBER_INFORMATION)
                    .description(
                        "Name, postal address, e-mail address and payment details of the holder of"
                            + " the hosting account")
                    .selector("Hosting account rw-448812")
                    .relationToOffence(
                        "The holder of the account is presumed to run the fraudulent shop.")
                    .build())
            .custodianOrLocation(
                "Rheinwolke Hosting GmbH, Hafenstraße 8, 66111 Saarbrücken, Germany; server"
                    + " 203.0.113.45 in its Saarbrücken data centre")
            .necessity(
                "The provider deletes logs after 30 days and the hosting contract is paid only"
                    + " until 31 March 2026; the administrator deleted an earlier copy of the shop"
                    + " on 2 March 2026 after a buyer's public complaint.")
            .intendsMutualAssistanceFollowUp(true)
            .preservationDaysRequested(90)
            .build();
    return request("FR-247-20260316-0001", at(2026, 3, 16, 9, 42, WINTER), request);
  }

  /**
   * BC 30: while preserving, Germany finds that the administrator connected through a VPN provider
   * in the Netherlands and discloses enough traffic data to identify it.
   */
  static Envelope preservedTrafficDisclosure() {
    PreservedTrafficDisclosure disclosure =
        PreservedTrafficDisclosure.builder()
            .preservationRequestId(LANTERN_PRESERVATION)
            .disclosingParty(DE)
            .receivingParty(FR)
            .disclosingAuthority(DE_24_7)
            .disclosedOn(LocalDate.of(2026, 3, 19))
            .addTrafficData(
                DataItem.builder()
                    .category(DataCategory.TRAFFIC_DATA)
                    .description(
                        "Source IP addresses, ports and timestamps (UTC) of the 37 logins to the"
                            + " administration panel between 1 December 2025 and 16 March 2026")
                    .selector("198.51.100.23 and 198.51.100.24")
                    .periodStart(LocalDate.of(2025, 12, 1))
                    .periodEnd(LocalDate.of(2026, 3, 16))
                    .relationToOffence(
                        "All logins of the shop's administrator came from these addresses of a VPN"
                            + " service.")
                    .build())
            .identifiedProvider(NL_VPN_PROVIDER)
            .path(
                "Administrator -> Polderlink VPN B.V. exit nodes 198.51.100.23/24 (Amsterdam,"
                    + " Netherlands) -> Rheinwolke Hosting GmbH server 203.0.113.45 (Saarbrücken,"
                    + " Germany)")
            .build();
    return envelope(
        "DE-247-20260319-0007",
        Optional.of(LANTERN_PRESERVATION),
        DE_24_7,
        FR_24_7,
        Channel.NETWORK_24_7,
        at(2026, 3, 19, 16, 5, WINTER),
        disclosure);
  }

  /**
   * BC 32(b): a French investigator reads, with the victim's consent, the messages the shop sent to
   * her webmail account, which is stored in Germany. A record kept by France; it is filed with the
   * prosecutor, not sent to Germany.
   */
  static Envelope transBorderAccessRecord() {
    TransBorderAccessRecord record =
        TransBorderAccessRecord.builder()
            .reference(RequestId.of("FR-OCL-2026-0098-TBA1"))
            .accessingParty(FR)
            .accessingAuthority(FR_POLICE)
            .storedIn(DE)
            .basis(TransBorderAccessBasis.LAWFUL_AND_VOLUNTARY_CONSENT)
            .consentGiver(
                "Élise Marchand, holder of the webmail account"
                    + " elise.marchand@postkutsche-mail.example, who consented in writing at the"
                    + " police station in Lyon")
            .consentObtainedOn(LocalDate.of(2026, 3, 3))
            .accessedAt(Instant.parse("2026-03-03T14:20:00Z"))
            .addDataAccessed(
                DataItem.builder()
                    .category(DataCategory.CONTENT_DATA)
                    .description(
                        "Order confirmations and payment instructions received from the shop,"
                            + " with their full headers")
                    .selector("elise.marchand@postkutsche-mail.example")
                    .periodStart(LocalDate.of(2026, 1, 20))
                    .periodEnd(LocalDate.of(2026, 2, 15))
                    .relationToOffence(
                        "The messages give the German IBAN the victim paid EUR 1,249.00 to and the"
                            + " sending mail server of the shop.")
                    .build())
            .build();
    return envelope(
        "FR-OCL-20260303-0031",
        Optional.empty(),
        FR_POLICE,
        FR_PROSECUTOR,
        Channel.DIRECT_COMPETENT_AUTHORITIES,
        at(2026, 3, 3, 17, 10, WINTER),
        record);
  }

  /**
   * BC 26: Germany tells France, unasked, that the shop it found on a seized server targets France.
   */
  static Envelope spontaneousInformation() {
    SpontaneousInformation information =
        SpontaneousInformation.builder()
            .reference(RequestId.of("DE-ZC-2026-0031"))
            .providingParty(DE)
            .providingAuthority(DE_PROSECUTOR)
            .receivingParty(FR)
            .receivingAuthority(FR_24_7)
            .sentOn(LocalDate.of(2026, 3, 2))
            .informationSummary(
                "In its own investigation of a botnet, the Saarbrücken prosecutor's office found"
                    + " that the shop lantern-deals.example, hosted in Saarbrücken, takes payments"
                    + " from buyers in France and never delivers. The shop's contact address is"
                    + " used by Viktor Halloran, born 1988, who lives in Saarbrücken.")
            .confidentialityRequested(true)
            .addConditions(UseCondition.PURPOSE_LIMITED)
            .addOffences(
                Offence.builder()
                    .domesticDescription(
                        "Computer fraud (Section 263a of the German Criminal Code)")
                    .domesticProvision("Section 263a of the German Criminal Code")
                    .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
                    .addAppendixCategories(AppendixCategory.FRAUD)
                    .build())
            .couldLeadToRequest(true)
            .build();
    return envelope(
        "DE-ZC-20260302-0004",
        Optional.empty(),
        DE_PROSECUTOR,
        FR_24_7,
        Channel.NETWORK_24_7,
        at(2026, 3, 2, 11, 30, WINTER),
        information);
  }

  /** BC 25, 27: France asks Germany to search the suspect's home and hear the hosting provider. */
  static Envelope mutualAssistanceRequest() {
    MutualAssistanceRequest request =
        MutualAssistanceRequest.builder()
            .header(
                header(
                        LANTERN_MUTUAL_ASSISTANCE,
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 4, 2),
                        BUDAPEST.cite(25),
                        BUDAPEST.cite(27))
                    .investigatingAuthority(FR_INVESTIGATING_JUDGE)
                    .confidentialityRequested(true)
                    .addUseConditions(UseCondition.CONFIDENTIAL)
                    .build())
            .addOffences(organisedFraud(), organisedLaundering())
            .facts(lanternFacts())
            .addMeasures(
                AssistanceMeasure.builder()
                    .kind(AssistanceMeasure.Kind.SEARCH_AND_SEIZURE)
                    .description(
                        "Search the home of Viktor Halloran, Lindenweg 12, Saarbrücken, and seize"
                            + " computers, telephones and storage media")
                    .build(),
                AssistanceMeasure.builder()
                    .kind(AssistanceMeasure.Kind.HEARING_OF_WITNESS)
                    .description(
                        "Hear the account manager of Rheinwolke Hosting GmbH on the opening and"
                            + " payment of hosting account rw-448812")
                    .build(),
                AssistanceMeasure.builder()
                    .kind(AssistanceMeasure.Kind.PRODUCTION_OF_DOCUMENTS)
                    .description(
                        "Obtain from Saarländische Beispielbank AG the opening documents of the"
                            + " account of Lantern Trade UG")
                    .build(),
                AssistanceMeasure.of(AssistanceMeasure.Kind.SERVICE_OF_DOCUMENTS))
            .addDataItems(
                DataItem.builder()
                    .category(DataCategory.CONTENT_DATA)
                    .description("Data stored on the devices seized at the search")
                    .relationToOffence(
                        "The devices are believed to hold the shop's source code and the list of"
                            + " victims.")
                    .build())
            .addPersons(viktorHalloran(), lanternTrade())
            .procedureRequested(
                "Please let two officers of the French National Cybercrime Office attend the search"
                    + " and have Viktor Halloran informed of his rights under German law.")
            .coercive(true)
            .build();
    return request("FR-BEPI-20260402-0342", at(2026, 4, 2, 10, 15, SUMMER), request);
  }

  /**
   * BC 31: the follow-up to the preservation request: search, seize and disclose the hosting data.
   */
  static Envelope storedDataAccessRequest() {
    StoredDataAccessRequest request =
        StoredDataAccessRequest.builder()
            .header(
                header(
                        LANTERN_STORED_DATA,
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 4, 2),
                        BUDAPEST.cite(31))
                    .urgency(Urgency.URGENT)
                    .investigatingAuthority(FR_INVESTIGATING_JUDGE)
                    .addUseConditions(UseCondition.PURPOSE_LIMITED)
                    .build())
            .addOffences(organisedFraud())
            .facts(lanternFacts())
            .addDataItems(
                DataItem.builder()
                    .category(DataCategory.CONTENT_DATA)
                    .description(
                        "The files, databases and logs preserved in hosting account rw-448812")
                    .selector("Hosting account rw-448812 (server 203.0.113.45)")
                    .periodStart(LocalDate.of(2025, 12, 1))
                    .periodEnd(LocalDate.of(2026, 3, 16))
                    .relationToOffence(
                        "The order database lists the victims and the payments they made.")
                    .build(),
                DataItem.builder()
                    .category(DataCategory.SUBSCRIBER_INFORMATION)
                    .description(
                        "Identity, addresses and payment details of the holder of the hosting"
                            + " account")
                    .selector("Hosting account rw-448812")
                    .relationToOffence("The holder of the account is presumed to run the shop.")
                    .build())
            .addMeasures(
                StoredDataAccessMeasure.SEARCH_OR_SIMILAR_ACCESS,
                StoredDataAccessMeasure.SEIZURE_OR_SIMILAR_SECURING,
                StoredDataAccessMeasure.DISCLOSURE)
            .precedingPreservation(LANTERN_PRESERVATION)
            .expeditedGrounds(
                "The administrator still controls the hosting account and deleted one copy of the"
                    + " shop on 2 March 2026; the preserved copy is kept only until 14 June 2026.")
            .build();
    return request("FR-BEPI-20260402-0343", at(2026, 4, 2, 10, 20, SUMMER), request);
  }

  /**
   * BC 33: collect, for 30 days, the traffic data of connections to the shop's administration
   * panel.
   */
  static Envelope realTimeTrafficCollectionRequest() {
    RealTimeTrafficCollectionRequest request =
        RealTimeTrafficCollectionRequest.builder()
            .header(
                header(
                        LANTERN_REAL_TIME,
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 4, 2),
                        BUDAPEST.cite(33))
                    .urgency(Urgency.URGENT)
                    .investigatingAuthority(FR_INVESTIGATING_JUDGE)
                    .confidentialityRequested(true)
                    .build())
            .addOffences(organisedFraud())
            .facts(lanternFacts())
            .addSpecifiedCommunications(
                DataItem.builder()
                    .category(DataCategory.TRAFFIC_DATA)
                    .description(
                        "Source and destination IP addresses, ports, timestamps and volume of every"
                            + " connection to the administration panel of the shop")
                    .selector("203.0.113.45, TCP port 443, host lantern-deals.example")
                    .periodStart(LocalDate.of(2026, 4, 15))
                    .periodEnd(LocalDate.of(2026, 5, 14))
                    .relationToOffence(
                        "The administrator logs in daily to change the bank details shown to"
                            + " buyers; the traffic data will show where from.")
                    .build())
            .collectionStart(LocalDate.of(2026, 4, 15))
            .collectionEnd(LocalDate.of(2026, 5, 14))
            .build();
    return request("FR-BEPI-20260402-0344", at(2026, 4, 2, 10, 25, SUMMER), request);
  }

  /**
   * BC 34: record the content of the messenger account through which the suspect instructs a
   * helper.
   */
  static Envelope interceptionRequest() {
    InterceptionRequest request =
        InterceptionRequest.builder()
            .header(
                header(
                        LANTERN_INTERCEPTION,
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 4, 2),
                        BUDAPEST.cite(34))
                    .urgency(Urgency.URGENT)
                    .investigatingAuthority(FR_INVESTIGATING_JUDGE)
                    .confidentialityRequested(true)
                    .addUseConditions(UseCondition.CONFIDENTIAL, UseCondition.PURPOSE_LIMITED)
                    .build())
            .addOffences(organisedFraud())
            .facts(lanternFacts())
            .addSpecifiedCommunications(
                DataItem.builder()
                    .category(DataCategory.CONTENT_DATA)
                    .description(
                        "Content of the messages sent and received by the account on the provider's"
                            + " e-mail service")
                    .selector("vh.lantern@postkutsche-mail.example")
                    .periodStart(LocalDate.of(2026, 4, 15))
                    .periodEnd(LocalDate.of(2026, 5, 14))
                    .relationToOffence(
                        "Viktor Halloran uses this account to tell a helper in France which"
                            + " victims to answer and which accounts to give them.")
                    .build())
            .collectionStart(LocalDate.of(2026, 4, 15))
            .collectionEnd(LocalDate.of(2026, 5, 14))
            .build();
    return request("FR-BEPI-20260402-0345", at(2026, 4, 2, 10, 30, SUMMER), request);
  }

  // ---------------------------------------------------------------------------------------------
  // Second Additional Protocol: the "Tisza" case
  // ---------------------------------------------------------------------------------------------

  private static Offence informationSystemFraud() {
    return Offence.builder()
        .domesticDescription("Fraud committed by means of an information system")
        .domesticProvision("Section 375 of the Hungarian Criminal Code (Act C of 2012)")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .addAppendixCategories(AppendixCategory.FRAUD)
        .maximumPenalty(MaximumPenalty.imprisonmentMonths(96))
        .build();
  }

  private static Facts tiszaFacts() {
    return Facts.builder()
        .summary(
            "Since 12 January 2026 text messages sent to customers of Tisza Savings Bank lead to"
                + " the look-alike site tisza-bank-login.example, which collects their online"
                + " banking credentials. The credentials are used within minutes to transfer the"
                + " customers' savings abroad; 96 customers lost about HUF 41 million in total. The"
                + " site is registered and hosted in Serbia.")
        .offenceDate(LocalDate.of(2026, 1, 12))
        .offencePlace("Budapest and other places in Hungary (residences of the customers)")
        .build();
  }

  /**
   * 2AP 6: Hungarian police ask a Serbian registrar directly who registered the phishing domain.
   */
  static Envelope domainRegistrationRequest() {
    DomainRegistrationRequest request =
        DomainRegistrationRequest.builder()
            .header(
                header(
                        RequestId.of("HU-NNI-2026-0311"),
                        HU_POLICE,
                        RS_REGISTRAR,
                        Channel.DIRECT_TO_PROVIDER,
                        LocalDate.of(2026, 2, 9),
                        SECOND_PROTOCOL.cite(6))
                    .urgency(Urgency.URGENT)
                    .build())
            .domain(DomainName.builder().name("tisza-bank-login.example").build())
            .addInformationSought(
                DataItem.builder()
                    .category(DataCategory.DOMAIN_REGISTRATION_INFORMATION)
                    .description(
                        "Name, organisation, postal address, e-mail address and telephone number of"
                            + " the registrant, with the date of registration and the payment"
                            + " method")
                    .selector("tisza-bank-login.example")
                    .relationToOffence("The domain hosts the phishing site.")
                    .build())
            .addOffences(informationSystemFraud())
            .reasonInformationNeeded(
                "The registrant is presumed to run the phishing site or to have registered it for"
                    + " those who do; the registration data are the only lead to them.")
            .statementUnderProtocol(true)
            .build();
    return request("HU-NNI-20260209-0311", at(2026, 2, 9, 13, 0, WINTER), request);
  }

  /**
   * 2AP 7: a Hungarian prosecutor orders a Serbian provider directly to give subscriber
   * information.
   */
  static Envelope subscriberInformationOrder() {
    SubscriberInformationOrder order =
        SubscriberInformationOrder.builder()
            .header(
                header(
                        RequestId.of("HU-BFO-2026-0057"),
                        HU_PROSECUTOR,
                        RS_PROVIDER,
                        Channel.DIRECT_TO_PROVIDER,
                        LocalDate.of(2026, 2, 16),
                        SECOND_PROTOCOL.cite(7))
                    .investigatingAuthority(HU_POLICE)
                    .build())
            .statementUnderProtocol(true)
            .providerAddress(RS_PROVIDER_ADDRESS)
            .addOffences(informationSystemFraud())
            .addDataSought(
                DataItem.builder()
                    .category(DataCategory.SUBSCRIBER_INFORMATION)
                    .description(
                        "Name, address, billing details and period of service of the subscriber to"
                            + " whom the IP address was assigned at the times given")
                    .selector(
                        "192.0.2.77 on 2026-01-14 at 08:12:31 UTC and 2026-01-21 at 19:03:05 UTC")
                    .periodStart(LocalDate.of(2026, 1, 14))
                    .periodEnd(LocalDate.of(2026, 1, 21))
                    .relationToOffence(
                        "The phishing site's administration panel was reached from this address.")
                    .build())
            .domesticLegalGrounds(
                "Act XC of 2017 on Criminal Procedure (Hungary), provisions on requests for data")
            .contactAuthority(HU_PROSECUTOR)
            .returnWithinDays(30)
            .mannerOfReturn(
                "By encrypted e-mail to the contact authority, or through the secure upload link"
                    + " sent separately")
            .preservation(
                PreservationStatus.sought(
                    RequestId.of("HU-NNI-2026-0298"), LocalDate.of(2026, 2, 2)))
            .notificationMade(true)
            .specialProceduralInstructions("Do not inform the subscriber of this order.")
            .build();
    return request("HU-BFO-20260216-0057", at(2026, 2, 16, 9, 45, WINTER), order);
  }

  /** 2AP 8: Hungary asks Serbia to give effect to an order for traffic data. */
  static Envelope foreignProductionOrderRequest() {
    ForeignProductionOrderRequest request =
        ForeignProductionOrderRequest.builder()
            .header(
                header(
                        RequestId.of("HU-IM-2026-0123"),
                        HU_CENTRAL,
                        RS_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 3, 23),
                        SECOND_PROTOCOL.cite(8))
                    .investigatingAuthority(HU_POLICE)
                    .addUseConditions(UseCondition.PURPOSE_LIMITED)
                    .build())
            .order(
                ProductionOrder.builder()
                    .issuingAuthority(HU_PROSECUTOR)
                    .dateIssued(LocalDate.of(2026, 3, 20))
                    .statementUnderProtocol(true)
                    .provider(RS_PROVIDER)
                    .providerAddress(RS_PROVIDER_ADDRESS)
                    .addOffences(informationSystemFraud())
                    .seekingAuthority(HU_POLICE)
                    .addDataSought(
                        DataItem.builder()
                            .category(DataCategory.TRAFFIC_DATA)
                            .description(
                                "Source IP addresses, ports and timestamps of every login to the"
                                    + " hosting account of tisza-bank-login.example")
                            .selector("Hosting account bt-20931")
                            .periodStart(LocalDate.of(2026, 1, 1))
                            .periodEnd(LocalDate.of(2026, 3, 15))
                            .relationToOffence(
                                "The logins show from where the phishing site is managed.")
                            .build())
                    .build())
            .legalGrounds(
                "Act XC of 2017 on Criminal Procedure (Hungary), provisions on requests for data")
            .reasonsProviderHoldsData(
                "The name servers of tisza-bank-login.example and its IP address 192.0.2.80 belong"
                    + " to Belnet Telekom d.o.o., according to public DNS and RIPE database"
                    + " records.")
            .facts(tiszaFacts())
            .relevance(
                "The traffic data will show where the persons managing the phishing site connect"
                    + " from.")
            .preservation(
                PreservationStatus.sought(
                    RequestId.of("HU-NNI-2026-0298"), LocalDate.of(2026, 2, 2)))
            .soughtByOtherMeans(false)
            .specialProceduralInstructions("Do not inform the holder of the hosting account.")
            .build();
    return request("HU-IM-20260323-0123", at(2026, 3, 23, 14, 30, WINTER), request);
  }

  /** 2AP 9: a kidnapper demands ransom through a messenger account of a Serbian provider. */
  static Envelope emergencyDisclosureRequest() {
    EmergencyDisclosureRequest request =
        EmergencyDisclosureRequest.builder()
            .header(
                header(
                        RequestId.of("HU-NNI-2026-0402"),
                        HU_24_7,
                        RS_24_7,
                        Channel.NETWORK_24_7,
                        LocalDate.of(2026, 4, 11),
                        SECOND_PROTOCOL.cite(9))
                    .urgency(Urgency.EMERGENCY)
                    .build())
            .statementUnderProtocol(true)
            .provider(RS_PROVIDER)
            .addOffences(
                Offence.builder()
                    .domesticDescription("Kidnapping for ransom")
                    .domesticProvision("Section 190 of the Hungarian Criminal Code (Act C of 2012)")
                    .addAppendixCategories(AppendixCategory.KIDNAPPING_AND_HOSTAGE_TAKING)
                    .maximumPenalty(MaximumPenalty.imprisonmentMonths(240))
                    .build())
            .emergencyFacts(
                Facts.builder()
                    .summary(
                        "Zsófia Balogh, 19, did not come home on 10 April 2026. Since 06:10 today"
                            + " her family has received messages from the account below demanding"
                            + " EUR 50,000 by 20:00 and threatening to kill her.")
                    .offenceDate(LocalDate.of(2026, 4, 10))
                    .offencePlace("Szeged, Hungary (last seen)")
                    .build())
            .dataRelationToEmergency(
                "The subscriber data and the IP addresses of the last logins to the account can"
                    + " show where Zsófia Balogh is held.")
            .addDataSought(
                DataItem.builder()
                    .category(DataCategory.SUBSCRIBER_INFORMATION)
                    .description("Name, address and telephone number registered for the account")
                    .selector("Account @szoke_hajo_77 of the provider's Belchat messenger")
                    .relationToOffence("The ransom demands come from this account.")
                    .build(),
                DataItem.builder()
                    .category(DataCategory.TRAFFIC_DATA)
                    .description("IP addresses, ports and timestamps of the logins to the account")
                    .selector("Account @szoke_hajo_77 of the provider's Belchat messenger")
                    .periodStart(LocalDate.of(2026, 4, 9))
                    .periodEnd(LocalDate.of(2026, 4, 11))
                    .relationToOffence("The ransom demands come from this account.")
                    .build())
            .specialInstructions(
                "Do not alert the account holder; call the duty officer before any contact with the"
                    + " provider's staff.")
            .oral(true)
            .electronicConfirmation(LocalDate.of(2026, 4, 11))
            .build();
    return request("HU-247-20260411-0402", at(2026, 4, 11, 8, 5, SUMMER), request);
  }

  /**
   * 2AP 10: Hungary asks Serbia, in the same emergency, to locate the telephone used by the
   * kidnapper.
   */
  static Envelope emergencyMutualAssistanceRequest() {
    EmergencyMutualAssistanceRequest request =
        EmergencyMutualAssistanceRequest.builder()
            .header(
                header(
                        RequestId.of("HU-IM-2026-0158"),
                        HU_CENTRAL,
                        RS_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 4, 11),
                        SECOND_PROTOCOL.cite(10))
                    .urgency(Urgency.EMERGENCY)
                    .investigatingAuthority(HU_PROSECUTOR)
                    .build())
            .addOffences(
                Offence.builder()
                    .domesticDescription("Kidnapping for ransom")
                    .domesticProvision("Section 190 of the Hungarian Criminal Code (Act C of 2012)")
                    .addAppendixCategories(AppendixCategory.KIDNAPPING_AND_HOSTAGE_TAKING)
                    .maximumPenalty(MaximumPenalty.imprisonmentMonths(240))
                    .build())
            .facts(
                Facts.builder()
                    .summary(
                        "Zsófia Balogh, 19, was last seen in Szeged on 10 April 2026. Her family"
                            + " receives ransom demands from a messenger account of a Serbian"
                            + " provider; the traffic data disclosed this morning point to a mobile"
                            + " connection in Subotica.")
                    .offenceDate(LocalDate.of(2026, 4, 10))
                    .offencePlace("Szeged, Hungary")
                    .build())
            .emergencyFacts(
                "The kidnappers threaten to kill Zsófia Balogh at 20:00 today if the ransom is not"
                    + " paid; locating the mobile connection is the only lead to where she is"
                    + " held.")
            .addMeasures(
                AssistanceMeasure.builder()
                    .kind(AssistanceMeasure.Kind.IDENTIFICATION_OF_PERSON)
                    .description(
                        "Locate, in real time, the mobile telephone using IP address 192.0.2.201"
                            + " and identify its user")
                    .build())
            .addDataItems(
                DataItem.builder()
                    .category(DataCategory.SUBSCRIBER_INFORMATION)
                    .description(
                        "Subscriber of the mobile connection and the cell used at each login")
                    .selector("192.0.2.201 on 2026-04-11 from 06:00 to 08:00 UTC")
                    .relationToOffence("The ransom demands were sent over this connection.")
                    .build())
            .build();
    return request("HU-IM-20260411-0158", at(2026, 4, 11, 10, 40, SUMMER), request);
  }

  /** 2AP 11: Hungary asks Serbia to let a Serbian bank employee testify by video conference. */
  static Envelope videoConferenceRequest() {
    VideoConferenceRequest request =
        VideoConferenceRequest.builder()
            .header(
                header(
                        RequestId.of("HU-IM-2026-0187"),
                        HU_CENTRAL,
                        RS_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 5, 4),
                        SECOND_PROTOCOL.cite(11))
                    .investigatingAuthority(HU_PROSECUTOR)
                    .build())
            .personToBeHeard(
                Person.builder()
                    .role(PersonRole.WITNESS_OR_EXPERT)
                    .kind(Person.Kind.NATURAL)
                    .name("Milica Jovanović")
                    .dateOfBirth(LocalDate.of(1991, 3, 2))
                    .placeOfBirth("Novi Sad, Serbia")
                    .nationality(RS)
                    .address("Bulevar oslobođenja 000, 21000 Novi Sad, Serbia")
                    .build())
            .capacity(HearingCapacity.WITNESS)
            .proposedDate(LocalDate.of(2026, 6, 9))
            .languageOfHearing(Language.of("sr"))
            .interpreterNeeded(true)
            .build();
    return request("HU-IM-20260504-0187", at(2026, 5, 4, 11, 0, SUMMER), request);
  }

  /**
   * 2AP 12: Hungarian and Serbian prosecutors set up a joint investigation team for the Tisza case.
   */
  static Envelope jointInvestigationTeamAgreement() {
    JointInvestigationTeamAgreement agreement =
        JointInvestigationTeamAgreement.builder()
            .reference(RequestId.of("JIT-HU-RS-2026-01"))
            .addParties(HU, RS)
            .addCompetentAuthorities(HU_PROSECUTOR, RS_PROSECUTOR)
            .purpose(
                "Investigate the phishing campaign against customers of Tisza Savings Bank run from"
                    + " Serbia through tisza-bank-login.example, identify those who run it and"
                    + " trace the money taken from the customers.")
            .startDate(LocalDate.of(2026, 6, 1))
            .endDate(LocalDate.of(2027, 5, 31))
            .informationUseTerms(
                "Information obtained by the team is used only for the investigations named in the"
                    + " agreement, and for other purposes only with the consent of the Party that"
                    + " supplied it.")
            .build();
    return envelope(
        "HU-BFO-20260528-0001",
        Optional.of(RequestId.of("JIT-HU-RS-2026-01")),
        HU_PROSECUTOR,
        RS_PROSECUTOR,
        Channel.DIRECT_COMPETENT_AUTHORITIES,
        at(2026, 5, 28, 15, 0, SUMMER),
        agreement);
  }

  // ---------------------------------------------------------------------------------------------
  // Warsaw Convention, Chapter IV, Section 2
  // ---------------------------------------------------------------------------------------------

  /**
   * WC 20: Austria tells France, unasked, that proceeds of the shop reached an Austrian account.
   */
  static Envelope spontaneousInformationOnProceeds() {
    SpontaneousInformationOnProceeds information =
        SpontaneousInformationOnProceeds.builder()
            .reference(RequestId.of("AT-STA-W-2026-0412"))
            .providingParty(AT)
            .providingAuthority(AT_PROSECUTOR)
            .receivingParty(FR)
            .receivingAuthority(FR_CENTRAL)
            .sentOn(LocalDate.of(2026, 3, 25))
            .informationSummary(
                "A suspicious transaction report led the Vienna prosecutor's office to an account"
                    + " of Viktor Halloran at Wiener Musterbank AG which received EUR 201,400 in 38"
                    + " transfers from Lantern Trade UG in February 2026, most of it passed on to a"
                    + " crypto exchange. The transfers refer to orders of French customers.")
            .confidentialityRequested(true)
            .addConditions(UseCondition.CONFIDENTIAL, UseCondition.NO_OTHER_USE_WITHOUT_CONSENT)
            .addOffences(
                Offence.builder()
                    .domesticDescription(
                        "Money laundering (Section 165 of the Austrian Criminal Code)")
                    .domesticProvision("Section 165 of the Austrian Criminal Code")
                    .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
                    .build())
            .addInstrumentalitiesAndProceeds(halloranAccountInAustria())
            .build();
    return envelope(
        "AT-STA-20260325-0412",
        Optional.empty(),
        AT_PROSECUTOR,
        FR_CENTRAL,
        Channel.CENTRAL_AUTHORITY,
        at(2026, 3, 25, 14, 50, WINTER),
        information);
  }

  /** WC 16: trace what Halloran bought with the proceeds in Germany. */
  static Envelope investigativeAssistanceRequest() {
    InvestigativeAssistanceRequest request =
        InvestigativeAssistanceRequest.builder()
            .header(
                header(
                        LANTERN_TRACING,
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 4, 20),
                        WARSAW.cite(16))
                    .investigatingAuthority(FR_INVESTIGATING_JUDGE)
                    .build())
            .addOffences(organisedFraud(), organisedLaundering())
            .content(
                coerciveContent(
                        "To identify and trace the property bought in Germany with the proceeds of"
                            + " the fraud, so that it can be seized and confiscated.")
                    .addProperty(halloranCar(), halloranFlat())
                    .build())
            .addPropertyKinds(
                Asset.Kind.REAL_ESTATE, Asset.Kind.VEHICLE, Asset.Kind.VIRTUAL_CURRENCY_WALLET)
            .addPropertyDescriptions(
                "Real estate, vehicles and crypto-assets acquired by Viktor Halloran or Lantern"
                    + " Trade UG since 1 January 2026")
            .addAspects(
                TracingAspect.EXISTENCE,
                TracingAspect.LOCATION_OR_MOVEMENT,
                TracingAspect.LEGAL_STATUS,
                TracingAspect.VALUE)
            .build();
    return request("FR-BEPI-20260420-0351", at(2026, 4, 20, 9, 0, SUMMER), request);
  }

  /** WC 17: which Austrian accounts does Halloran hold or control? */
  static Envelope bankAccountInformationRequest() {
    BankAccountInformationRequest request =
        BankAccountInformationRequest.builder()
            .header(
                header(
                        LANTERN_BANK_ACCOUNTS,
                        FR_CENTRAL,
                        AT_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 4, 20),
                        WARSAW.cite(17))
                    .investigatingAuthority(FR_INVESTIGATING_JUDGE)
                    .addUseConditions(UseCondition.PURPOSE_LIMITED)
                    .build())
            .addOffences(organisedFraud(), organisedLaundering())
            .content(
                coerciveContent(
                        "To find out whether Viktor Halloran or Lantern Trade UG hold or control"
                            + " accounts in Austria besides the one reported on 25 March 2026.")
                    .build())
            .substantialValueReason(
                "The accounts would show where the EUR 201,400 received from Lantern Trade UG went"
                    + " and whether other proceeds of the fraud are held in Austria.")
            .presumptionReason(
                "Austria reported on 25 March 2026 that Viktor Halloran holds an account at Wiener"
                    + " Musterbank AG; he visits Vienna regularly.")
            .addBanks("Wiener Musterbank AG")
            .addAccounts(halloranAccountInAustria())
            .otherInformation("Viktor Halloran also uses the name Victor Hallorin.")
            .includeNonBankFinancialInstitutions(true)
            .build();
    return request("FR-BEPI-20260420-0352", at(2026, 4, 20, 9, 5, SUMMER), request);
  }

  /** WC 18: the operations on the German account into which the buyers paid. */
  static Envelope bankingTransactionInformationRequest() {
    BankingTransactionInformationRequest request =
        BankingTransactionInformationRequest.builder()
            .header(
                header(
                        LANTERN_TRANSACTIONS,
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 4, 20),
                        WARSAW.cite(18))
                    .investigatingAuthority(FR_INVESTIGATING_JUDGE)
                    .build())
            .addOffences(organisedFraud(), organisedLaundering())
            .content(
                coerciveContent(
                        "To obtain the particulars of the account of Lantern Trade UG and of every"
                            + " operation on it since it was opened.")
                    .build())
            .addAccounts(lanternAccountInGermany())
            .periodStart(LocalDate.of(2025, 11, 1))
            .periodEnd(LocalDate.of(2026, 4, 15))
            .relevance(
                "The buyers paid into this account; its operations show how much was taken and to"
                    + " which accounts it was passed on.")
            .includeNonBankFinancialInstitutions(false)
            .build();
    return request("FR-BEPI-20260420-0353", at(2026, 4, 20, 9, 10, SUMMER), request);
  }

  /** WC 19: watch, for three months, the German account while the shop keeps taking payments. */
  static Envelope bankingTransactionMonitoringRequest() {
    BankingTransactionMonitoringRequest request =
        BankingTransactionMonitoringRequest.builder()
            .header(
                header(
                        LANTERN_MONITORING,
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 4, 20),
                        WARSAW.cite(19))
                    .investigatingAuthority(FR_INVESTIGATING_JUDGE)
                    .confidentialityRequested(true)
                    .build())
            .addOffences(organisedFraud(), organisedLaundering())
            .content(
                coerciveContent(
                        "To monitor the operations on the account of Lantern Trade UG and learn at"
                            + " once where new payments of buyers are sent.")
                    .build())
            .addAccounts(lanternAccountInGermany())
            .periodStart(LocalDate.of(2026, 5, 1))
            .periodEnd(LocalDate.of(2026, 7, 31))
            .relevance(
                "The shop still takes payments; each transfer out of the account points to further"
                    + " accounts to be frozen.")
            .practicalArrangements(
                "Weekly statements, and an alert within 24 hours of any outgoing transfer above EUR"
                    + " 5,000, by secure e-mail to the French investigating judge")
            .build();
    return request("FR-BEPI-20260420-0354", at(2026, 4, 20, 9, 15, SUMMER), request);
  }

  // ---------------------------------------------------------------------------------------------
  // Warsaw Convention, Chapter IV, Sections 3 and 4
  // ---------------------------------------------------------------------------------------------

  /** WC 21: freeze the German account and the bitcoin wallet, backing a value confiscation. */
  static Envelope provisionalMeasureRequest() {
    ProvisionalMeasureRequest request =
        ProvisionalMeasureRequest.builder()
            .header(
                header(
                        LANTERN_FREEZING,
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 5, 6),
                        WARSAW.cite(21, 1))
                    .urgency(Urgency.URGENT)
                    .investigatingAuthority(FR_INVESTIGATING_JUDGE)
                    .build())
            .addOffences(organisedFraud(), organisedLaundering())
            .content(
                coerciveContent(
                        "To freeze the account of Lantern Trade UG and the bitcoin wallet of Viktor"
                            + " Halloran, so that the proceeds of the fraud can later be"
                            + " confiscated and returned to the victims.")
                    .addProperty(lanternAccountInGermany(), halloranWallet())
                    .particularProcedure(
                        "Please inform Viktor Halloran of the freezing only once it is in force,"
                            + " and tell him of the remedies available under German law.")
                    .build())
            .measure(ProvisionalMeasure.FREEZING)
            .addAssets(lanternAccountInGermany(), halloranWallet())
            .proceedingsInstituted(true)
            .proceedingsReference("Paris Judicial Court, judicial investigation no. JI 26/00417")
            .valueBased(true)
            .maximumAmount(Amount.of("310000.00", AssetCode.EUR))
            .build();
    return request("FR-BEPI-20260506-0360", at(2026, 5, 6, 8, 30, SUMMER), request);
  }

  /** WC 23(1)(a): enforce the value confiscation order of the Paris court after the conviction. */
  static Envelope confiscationRequest() {
    ConfiscationRequest request =
        ConfiscationRequest.builder()
            .header(
                header(
                        LANTERN_CONFISCATION,
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 10, 27),
                        WARSAW.cite(23, 1, "a"),
                        WARSAW.cite(23, 3))
                    .investigatingAuthority(FR_PROSECUTOR)
                    .addTranslations(Language.of("de"))
                    .build())
            .addOffences(organisedFraud(), organisedLaundering())
            .content(
                coerciveContent(
                        "To enforce in Germany the confiscation order of the Paris Criminal Court"
                            + " of 8 October 2026 requiring Viktor Halloran to pay EUR 310,000, the"
                            + " value of the proceeds of the fraud.")
                    .addProperty(lanternAccountInGermany(), halloranWallet(), halloranCar())
                    .build())
            .mode(ConfiscationMode.ENFORCE_FOREIGN_ORDER)
            .kind(ConfiscationKind.VALUE)
            .addAssets(lanternAccountInGermany(), halloranWallet(), halloranCar())
            .orderAmount(Amount.of("310000.00", AssetCode.EUR))
            .certifiedCopyOfOrderAttached(true)
            .statementOfGroundsAttached(true)
            .enforceabilityAttested(true)
            .extentOfEnforcement(
                "Full enforcement up to EUR 310,000, less any amount recovered in Austria, against"
                    + " the frozen account, the bitcoin wallet and the car of Viktor Halloran.")
            .provisionalMeasuresNeeded(false)
            .thirdPartiesInvolved(false)
            .noImprisonmentInDefault(true)
            .addOtherPartiesRequested(AT)
            .build();
    return request("FR-BEPI-20261027-0901", at(2026, 10, 27, 10, 0, WINTER), request);
  }

  /** WC 25(2): return what was confiscated in Germany so that France can compensate the buyers. */
  static Envelope disposalRequest() {
    DisposalRequest request =
        DisposalRequest.builder()
            .header(
                header(
                        LANTERN_DISPOSAL,
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2027, 2, 15),
                        WARSAW.cite(25, 2))
                    .investigatingAuthority(FR_PROSECUTOR)
                    .build())
            .addOffences(organisedFraud())
            .content(
                WarsawRequestContent.builder()
                    .objectAndReason(
                        "To have the sums confiscated in Germany on request FR-BEPI-2026-0901"
                            + " returned to France with priority, so that the 214 buyers can be"
                            + " compensated.")
                    .facts(lanternFacts())
                    .build())
            .confiscationRequestId(LANTERN_CONFISCATION)
            .disposition(Disposition.RETURN_FOR_VICTIM_COMPENSATION)
            .addBeneficiaries(
                victim("Élise Marchand", "Rue des Tanneurs 4, 69001 Lyon, France"),
                victim("Paul Girard", "Allée des Tilleuls 17, 33000 Bordeaux, France"))
            .amount(Amount.of("96452.18", AssetCode.EUR))
            .build();
    return request("FR-BEPI-20270215-0044", at(2027, 2, 15, 11, 20, WINTER), request);
  }

  // ---------------------------------------------------------------------------------------------
  // Warsaw Convention, Chapter V: Financial Intelligence Units
  // ---------------------------------------------------------------------------------------------

  /** WC 46: the French FIU asks the German FIU what it knows of Lantern Trade UG. */
  static Envelope fiuInformationRequest() {
    FiuInformationRequest request =
        FiuInformationRequest.builder()
            .header(
                header(
                        LANTERN_FIU_REQUEST,
                        FR_FIU,
                        DE_FIU,
                        Channel.FIU_TO_FIU,
                        LocalDate.of(2026, 3, 10),
                        WARSAW.cite(46))
                    .confidentialityRequested(true)
                    .addUseConditions(UseCondition.NO_OTHER_USE_WITHOUT_CONSENT)
                    .build())
            .spontaneous(false)
            .factsStatement(
                "Since January 2026 French banks have reported 57 transfers by private customers to"
                    + " the German account of Lantern Trade UG, each for goods bought from an"
                    + " online shop that never delivered.")
            .intendedUse(
                "Analysis of the flows of the suspected proceeds, to decide whether to refer the"
                    + " case to the Paris public prosecutor.")
            .addPersons(lanternTrade(), viktorHalloran())
            .addAssets(lanternAccountInGermany())
            .transactionsDescription(
                "Incoming transfers from French private customers of EUR 400 to 2,500 each, and"
                    + " outgoing transfers to Austria and to a crypto exchange.")
            .build();
    return request("FR-FIU-20260310-2208", at(2026, 3, 10, 15, 45, WINTER), request);
  }

  /** WC 47: postpone a transfer of EUR 45,000 from the German account to the crypto exchange. */
  static Envelope fiuPostponementRequest() {
    FiuPostponementRequest request =
        FiuPostponementRequest.builder()
            .header(
                header(
                        LANTERN_FIU_POSTPONEMENT,
                        FR_FIU,
                        DE_FIU,
                        Channel.FIU_TO_FIU,
                        LocalDate.of(2026, 3, 12),
                        WARSAW.cite(47))
                    .urgency(Urgency.URGENT)
                    .build())
            .transaction(
                Transaction.builder()
                    .amount(Amount.of("45000.00", AssetCode.EUR))
                    .fromAccount(lanternAccountInGermany())
                    .toAccount(
                        BankAccount.builder()
                            .iban(Iban.of("DE02120300000000202051"))
                            .bankName("Kryptohafen Exchange GmbH, client money account")
                            .location(DE)
                            .build())
                    .date(LocalDate.of(2026, 3, 13))
                    .description(
                        "Transfer ordered by Lantern Trade UG, reference \"VH topup 0312\"")
                    .build())
            .launderingJustification(
                "The account of Lantern Trade UG receives only payments of defrauded French buyers;"
                    + " the transfer would convert their money into bitcoin beyond reach.")
            .domesticPostponementJustification(
                "A French bank receiving such an order would have to report it, and the French FIU"
                    + " would oppose its execution under Article L. 561-24 of the Monetary and"
                    + " Financial Code.")
            .build();
    return request("FR-FIU-20260312-2231", at(2026, 3, 12, 17, 55, WINTER), request);
  }

  // ---------------------------------------------------------------------------------------------
  // Replies
  // ---------------------------------------------------------------------------------------------

  private static ReplyHeader replyHeader(
      String id,
      RequestId answers,
      RequestFamily family,
      Authority from,
      Authority to,
      LocalDate date,
      Channel channel) {
    return ReplyHeader.builder()
        .id(RequestId.of(id))
        .answersRequest(answers)
        .family(family)
        .fromParty(from.party())
        .fromAuthority(from)
        .toParty(to.party())
        .toAuthority(to)
        .date(date)
        .channel(channel)
        .build();
  }

  /** Germany acknowledges the preservation request and reports the preservation ordered. */
  static Envelope acknowledgement() {
    Acknowledgement acknowledgement =
        Acknowledgement.builder()
            .header(
                replyHeader(
                    "DE-247-2026-0881",
                    LANTERN_PRESERVATION,
                    RequestFamily.EXPEDITED_PRESERVATION,
                    DE_24_7,
                    FR_24_7,
                    LocalDate.of(2026, 3, 17),
                    Channel.NETWORK_24_7))
            .receivedOn(LocalDate.of(2026, 3, 16))
            .actionInitiated(true)
            .actionDescription(
                "On 16 March 2026 at 15:20 the Saarbrücken prosecutor's office ordered Rheinwolke"
                    + " Hosting GmbH to preserve hosting account rw-448812 for 90 days; the"
                    + " provider confirmed a full copy at 18:05.")
            .build();
    return reply("DE-247-20260317-0881", at(2026, 3, 17, 8, 10, WINTER), acknowledgement);
  }

  /** Germany asks France to complete the confiscation request before it can be enforced. */
  static Envelope amendmentRequest() {
    AmendmentRequest amendment =
        AmendmentRequest.builder()
            .header(
                replyHeader(
                    "DE-BfJ-2026-7120",
                    LANTERN_CONFISCATION,
                    RequestFamily.CONFISCATION,
                    DE_CENTRAL,
                    FR_CENTRAL,
                    LocalDate.of(2026, 11, 9),
                    Channel.CENTRAL_AUTHORITY))
            .addMissingItems(
                "Proof that the judgment of 8 October 2026 was served on Viktor Halloran, or that"
                    + " he was present or represented at the hearing",
                "The date on which the judgment became final")
            .addUnmetProvisions(WARSAW.cite(37, 3))
            .timeLimit(LocalDate.of(2026, 12, 11))
            .interimMeasuresMayBeTaken(true)
            .build();
    return reply("DE-BfJ-20261109-7120", at(2026, 11, 9, 13, 15, WINTER), amendment);
  }

  /** Germany accepts the request for provisional measures. */
  static Envelope acceptance() {
    Acceptance acceptance =
        Acceptance.builder()
            .header(
                replyHeader(
                    "DE-BfJ-2026-3318",
                    LANTERN_FREEZING,
                    RequestFamily.PROVISIONAL_MEASURES,
                    DE_CENTRAL,
                    FR_CENTRAL,
                    LocalDate.of(2026, 5, 8),
                    Channel.CENTRAL_AUTHORITY))
            .expectedExecutionBy(LocalDate.of(2026, 5, 15))
            .build();
    return reply("DE-BfJ-20260508-3318", at(2026, 5, 8, 9, 30, SUMMER), acceptance);
  }

  /** Germany grants access to the hosting data in part and under conditions (BC 27(6), 28(2)). */
  static Envelope conditionalGrant() {
    ConditionalGrant grant =
        ConditionalGrant.builder()
            .header(
                replyHeader(
                    "DE-BfJ-2026-3102",
                    LANTERN_STORED_DATA,
                    RequestFamily.STORED_DATA_ACCESS,
                    DE_CENTRAL,
                    FR_CENTRAL,
                    LocalDate.of(2026, 4, 21),
                    Channel.CENTRAL_AUTHORITY))
            .partial(true)
            .grantedScope(
                "The order database and logs of hosting account rw-448812; not the mailboxes of"
                    + " other customers stored on the same server.")
            .addUseConditions(UseCondition.CONFIDENTIAL, UseCondition.PURPOSE_LIMITED)
            .addOtherConditions(
                "The data of German customers of Rheinwolke Hosting GmbH found in the logs may not"
                    + " be passed on.")
            .reasons(
                "The server also holds mailboxes of customers unrelated to the case; a German"
                    + " investigation of the botnet uses the same logs.")
            .build();
    return reply("DE-BfJ-20260421-3102", at(2026, 4, 21, 16, 0, SUMMER), grant);
  }

  /** Austria postpones the request on bank accounts while its own laundering case runs. */
  static Envelope postponement() {
    Postponement postponement =
        Postponement.builder()
            .header(
                replyHeader(
                    "AT-BMJ-2026-0977",
                    LANTERN_BANK_ACCOUNTS,
                    RequestFamily.BANK_ACCOUNT_INFORMATION,
                    AT_CENTRAL,
                    FR_CENTRAL,
                    LocalDate.of(2026, 5, 5),
                    Channel.CENTRAL_AUTHORITY))
            .ground(GroundForPostponement.WC_OWN_PROCEEDINGS)
            .reasons(
                "The Vienna prosecutor's office will search the premises of an associate of Viktor"
                    + " Halloran in the week of 18 May 2026; a bank inquiry now could warn him.")
            .until(LocalDate.of(2026, 5, 25))
            .partialGrantConsidered(true)
            .build();
    return reply("AT-BMJ-20260505-0977", at(2026, 5, 5, 10, 45, SUMMER), postponement);
  }

  /** Germany refuses the interception: its law does not allow it for the offence as described. */
  static Envelope refusal() {
    Refusal refusal =
        Refusal.builder()
            .header(
                replyHeader(
                    "DE-BfJ-2026-3107",
                    LANTERN_INTERCEPTION,
                    RequestFamily.CONTENT_INTERCEPTION,
                    DE_CENTRAL,
                    FR_CENTRAL,
                    LocalDate.of(2026, 4, 22),
                    Channel.CENTRAL_AUTHORITY))
            .addGrounds(GroundForRefusal.BC_TREATY_OR_DOMESTIC_GROUND)
            .reasons(
                "Under the requested Party's law the content of communications may be intercepted"
                    + " only on a court order for offences on a statutory list, and only where"
                    + " other means would be futile; the stored data granted on request"
                    + " FR-BEPI-2026-0343 and the search requested in FR-BEPI-2026-0342 are such"
                    + " other means.")
            .partialGrantConsidered(true)
            .build();
    return reply("DE-BfJ-20260422-3107", at(2026, 4, 22, 14, 25, SUMMER), refusal);
  }

  /** Germany reports the final result of the freezing. */
  static Envelope executionReport() {
    ExecutionReport report =
        ExecutionReport.builder()
            .header(
                replyHeader(
                    "DE-BfJ-2026-3390",
                    LANTERN_FREEZING,
                    RequestFamily.PROVISIONAL_MEASURES,
                    DE_CENTRAL,
                    FR_CENTRAL,
                    LocalDate.of(2026, 5, 14),
                    Channel.CENTRAL_AUTHORITY))
            .outcome(ExecutionReport.Outcome.FINAL_RESULT)
            .details(
                "On 13 May 2026 the Local Court of Saarbrücken froze the account of Lantern Trade"
                    + " UG (balance EUR 48,210.37) and Kryptohafen Exchange GmbH blocked the wallet"
                    + " of Viktor Halloran (1.8421 BTC).")
            .build();
    return reply("DE-BfJ-20260514-3390", at(2026, 5, 14, 12, 0, SUMMER), report);
  }

  /** Germany sends the hosting data it was asked for under BC 31. */
  static Envelope resultTransmission() {
    ResultTransmission transmission =
        ResultTransmission.builder()
            .header(
                replyHeader(
                    "DE-BfJ-2026-3561",
                    LANTERN_STORED_DATA,
                    RequestFamily.STORED_DATA_ACCESS,
                    DE_CENTRAL,
                    FR_CENTRAL,
                    LocalDate.of(2026, 6, 3),
                    Channel.CENTRAL_AUTHORITY))
            .addDataItems(
                DataItem.builder()
                    .category(DataCategory.CONTENT_DATA)
                    .description(
                        "Forensic copy of the order database and web server logs of the shop")
                    .selector("Hosting account rw-448812")
                    .periodStart(LocalDate.of(2025, 12, 1))
                    .periodEnd(LocalDate.of(2026, 3, 16))
                    .build())
            .addDocuments(
                "Seizure report of the Saarbrücken prosecutor's office of 28 May 2026, with the"
                    + " SHA-256 values of the copy",
                "Statement of Rheinwolke Hosting GmbH on the holder of account rw-448812, Lantern"
                    + " Trade UG, represented by Viktor Halloran")
            .addUseConditions(UseCondition.CONFIDENTIAL, UseCondition.PURPOSE_LIMITED)
            .build();
    return reply("DE-BfJ-20260603-3561", at(2026, 6, 3, 10, 5, SUMMER), transmission);
  }

  /** Germany gives notice of the domestic rule that would lift the freezing (WC 41(1)(e)). */
  static Envelope informationNotice() {
    InformationNotice notice =
        InformationNotice.builder()
            .header(
                replyHeader(
                    "DE-BfJ-2026-3391",
                    LANTERN_FREEZING,
                    RequestFamily.PROVISIONAL_MEASURES,
                    DE_CENTRAL,
                    FR_CENTRAL,
                    LocalDate.of(2026, 5, 14),
                    Channel.CENTRAL_AUTHORITY))
            .kind(NoticeKind.AUTOMATIC_LIFTING_OF_PROVISIONAL_MEASURE)
            .details(
                "The freezing order of 13 May 2026 lapses on 13 November 2026 unless the requesting"
                    + " Party has by then sent a request to enforce a confiscation order, or the"
                    + " court extends it on a reasoned application.")
            .build();
    return reply("DE-BfJ-20260514-3391", at(2026, 5, 14, 12, 5, SUMMER), notice);
  }

  // ---------------------------------------------------------------------------------------------
  // The catalogue
  // ---------------------------------------------------------------------------------------------

  /**
   * Every complete sample by file name ({@code <payload type name>.json}), requests and records in
   * the order of the payload schema, then the replies.
   */
  static Map<String, Supplier<Envelope>> all() {
    Map<String, Supplier<Envelope>> samples = new LinkedHashMap<>();
    samples.put("preservation-request.json", Samples::preservationRequest);
    samples.put("preserved-traffic-disclosure.json", Samples::preservedTrafficDisclosure);
    samples.put("trans-border-access-record.json", Samples::transBorderAccessRecord);
    samples.put("domain-registration-request.json", Samples::domainRegistrationRequest);
    samples.put("subscriber-information-order.json", Samples::subscriberInformationOrder);
    samples.put("foreign-production-order-request.json", Samples::foreignProductionOrderRequest);
    samples.put("emergency-disclosure-request.json", Samples::emergencyDisclosureRequest);
    samples.put("mutual-assistance-request.json", Samples::mutualAssistanceRequest);
    samples.put("stored-data-access-request.json", Samples::storedDataAccessRequest);
    samples.put(
        "real-time-traffic-collection-request.json", Samples::realTimeTrafficCollectionRequest);
    samples.put("interception-request.json", Samples::interceptionRequest);
    samples.put(
        "emergency-mutual-assistance-request.json", Samples::emergencyMutualAssistanceRequest);
    samples.put("video-conference-request.json", Samples::videoConferenceRequest);
    samples.put(
        "joint-investigation-team-agreement.json", Samples::jointInvestigationTeamAgreement);
    samples.put("spontaneous-information.json", Samples::spontaneousInformation);
    samples.put(
        "spontaneous-information-on-proceeds.json", Samples::spontaneousInformationOnProceeds);
    samples.put("investigative-assistance-request.json", Samples::investigativeAssistanceRequest);
    samples.put("bank-account-information-request.json", Samples::bankAccountInformationRequest);
    samples.put(
        "banking-transaction-information-request.json",
        Samples::bankingTransactionInformationRequest);
    samples.put(
        "banking-transaction-monitoring-request.json",
        Samples::bankingTransactionMonitoringRequest);
    samples.put("provisional-measure-request.json", Samples::provisionalMeasureRequest);
    samples.put("confiscation-request.json", Samples::confiscationRequest);
    samples.put("disposal-request.json", Samples::disposalRequest);
    samples.put("fiu-information-request.json", Samples::fiuInformationRequest);
    samples.put("fiu-postponement-request.json", Samples::fiuPostponementRequest);
    samples.put("acknowledgement.json", Samples::acknowledgement);
    samples.put("amendment-request.json", Samples::amendmentRequest);
    samples.put("acceptance.json", Samples::acceptance);
    samples.put("conditional-grant.json", Samples::conditionalGrant);
    samples.put("postponement.json", Samples::postponement);
    samples.put("refusal.json", Samples::refusal);
    samples.put("execution-report.json", Samples::executionReport);
    samples.put("result-transmission.json", Samples::resultTransmission);
    samples.put("information-notice.json", Samples::informationNotice);
    return samples;
  }

  /** The file of the draft sample, relative to the samples directory. */
  static final String DRAFT_FILE = "drafts/preservation-request-draft.json";

  /**
   * A preservation request still being drafted: it reads without a problem, but lacks the facts,
   * the relation of the data to the offence, the custodian, the necessity and the statement of
   * follow-up that BC 29(2)(b)-(f) require, so its completeness check reports them. A draft is not
   * sent; it is kept, for instance, in a case file shared between officers.
   */
  static Envelope preservationRequestDraft() {
    PreservationRequest draft =
        PreservationRequest.builder()
            .header(
                header(
                        RequestId.of("FR-OCL-2026-0117-DRAFT"),
                        FR_24_7,
                        DE_24_7,
                        Channel.NETWORK_24_7,
                        LocalDate.of(2026, 3, 16),
                        BUDAPEST.cite(29))
                    .urgency(Urgency.URGENT)
                    .build())
            .addOffences(organisedFraud())
            .addDataToPreserve(
                DataItem.builder()
                    .category(DataCategory.CONTENT_DATA)
                    .description("All files, databases and logs stored in the hosting account")
                    .selector("Hosting account rw-448812 (server 203.0.113.45)")
                    .build())
            .build();
    return envelope(
        "FR-247-20260316-0001-draft",
        Optional.of(draft.header().id()),
        FR_24_7,
        DE_24_7,
        Channel.NETWORK_24_7,
        at(2026, 3, 16, 8, 55, WINTER),
        draft);
  }
}
