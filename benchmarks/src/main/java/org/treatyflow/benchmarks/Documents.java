package org.treatyflow.benchmarks;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.asset.RealEstate;
import org.treatyflow.model.asset.Vehicle;
import org.treatyflow.model.assistance.AssistanceMeasure;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.common.AppendixCategory;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.MaximumPenalty;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.preservation.PreservationRequest;

/**
 * The documents the benchmarks read and write, built with the model's builders: a small one (one
 * expedited preservation request, BC 29), a medium one (a mutual assistance request, BC 25 and 27,
 * with several data items and persons) and a large one (a confiscation request, WC 23, with many
 * assets). Every name, account, address and number is invented; the large document's assets are
 * drawn from a fixed seed, so every run reads and writes the same bytes.
 */
public final class Documents {
  /** How many assets the large document lists. */
  public static final int LARGE_ASSETS = 60;

  private static final long SEED = 20_260_316L;

  private static final Party FR = Party.of("FR");
  private static final Party DE = Party.of("DE");

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
          "Ms Helene Roussel, entraide@justice.fr.example");
  private static final Authority FR_PROSECUTOR =
      authority(
          FR,
          AuthorityRole.PROSECUTOR,
          "Paris Public Prosecutor's Office, Cybercrime Section",
          "Deputy prosecutor Marc Delorme, cyber.parquet@justice.fr.example");
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

  private Documents() {}

  /** The sizes of document the codec benchmark reads and writes. */
  public enum Size {
    /** One expedited preservation request (BC 29) with three data items. */
    SMALL,
    /** A mutual assistance request (BC 25, 27) with several measures, data items and persons. */
    MEDIUM,
    /** A confiscation request (WC 23) with {@link #LARGE_ASSETS} assets. */
    LARGE
  }

  /** The document of {@code size}; the same value on every call. */
  public static Object of(Size size) {
    switch (size) {
      case SMALL:
        return preservationRequest();
      case MEDIUM:
        return mutualAssistanceRequest();
      case LARGE:
        return confiscationRequest();
      default:
        throw new IllegalArgumentException("Unknown size " + size);
    }
  }

  /** The request type of the document of {@code size}, the type it is read back as. */
  public static Class<?> typeOf(Size size) {
    switch (size) {
      case SMALL:
        return PreservationRequest.class;
      case MEDIUM:
        return MutualAssistanceRequest.class;
      case LARGE:
        return ConfiscationRequest.class;
      default:
        throw new IllegalArgumentException("Unknown size " + size);
    }
  }

  private static Authority authority(Party party, AuthorityRole role, String name, String contact) {
    return Authority.builder().party(party).role(role).name(name).contactDetails(contact).build();
  }

  private static RequestHeader.Builder header(
      String id, Authority requesting, Authority requested, Channel channel, LocalDate date,
      ArticleCitation... legalBasis) {
    RequestHeader.Builder header =
        RequestHeader.builder()
            .id(RequestId.of(id))
            .requestingParty(requesting.party())
            .requestedParty(requested.party())
            .requestingAuthority(requesting)
            .requestedAuthority(requested)
            .investigatingAuthority(FR_PROSECUTOR)
            .channel(channel)
            .dateOfRequest(date)
            .language(Language.ENGLISH);
    for (ArticleCitation citation : legalBasis) {
      header.addLegalBasis(citation);
    }
    return header;
  }

  private static Offence fraud() {
    return Offence.builder()
        .domesticDescription("Organised fraud committed by means of an online shop")
        .domesticProvision("Articles 313-1 and 313-2 of the French Penal Code")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .addAppendixCategories(AppendixCategory.FRAUD)
        .maximumPenalty(MaximumPenalty.imprisonmentMonths(120))
        .build();
  }

  private static Offence laundering() {
    return Offence.builder()
        .domesticDescription("Money laundering committed as part of an organised group")
        .domesticProvision("Articles 324-1 and 324-2 of the French Penal Code")
        .addLaunderingOffences(
            LaunderingOffence.CONVERSION_OR_TRANSFER, LaunderingOffence.CONCEALMENT_OR_DISGUISE)
        .addAppendixCategories(AppendixCategory.FRAUD)
        .maximumPenalty(MaximumPenalty.imprisonmentMonths(120))
        .build();
  }

  private static Facts facts() {
    return Facts.builder()
        .summary(
            "Between 5 January and 28 February 2026 the online shop lantern-deals.example offered"
                + " household electronics at prices well below the market. At least 214 buyers in"
                + " France paid about EUR 310,000 in total by bank transfer to accounts in Germany"
                + " and Austria and received nothing. The shop is hosted in Germany and run through"
                + " the company Lantern Trade UG.")
        .offenceDate(LocalDate.of(2026, 1, 5))
        .offencePlace("Throughout France; the shop is run from Saarbruecken, Germany")
        .build();
  }

  private static DataItem dataItem(DataCategory category, String description, String selector) {
    return DataItem.builder()
        .category(category)
        .description(description)
        .selector(selector)
        .periodStart(LocalDate.of(2025, 12, 1))
        .periodEnd(LocalDate.of(2026, 3, 16))
        .relationToOffence("The data show who ran the shop and where the buyers' money went.")
        .build();
  }

  private static Person suspect() {
    return Person.builder()
        .role(PersonRole.SUSPECT)
        .kind(Person.Kind.NATURAL)
        .name("Viktor Halloran")
        .dateOfBirth(LocalDate.of(1988, 7, 14))
        .placeOfBirth("Metz, France")
        .nationality(FR)
        .address("Lindenweg 12, 66111 Saarbruecken, Germany")
        .addIdentifiers("French passport 19FX00000")
        .build();
  }

  private static Person company() {
    return Person.builder()
        .role(PersonRole.SUSPECT)
        .kind(Person.Kind.LEGAL)
        .name("Lantern Trade UG (haftungsbeschraenkt)")
        .address("Lindenweg 12, 66111 Saarbruecken, Germany")
        .addIdentifiers("Commercial register Saarbruecken HRB 000000")
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

  /** The small document: France asks Germany to preserve the shop's hosting data (BC 29). */
  public static PreservationRequest preservationRequest() {
    return PreservationRequest.builder()
        .header(
            header(
                    "FR-OCL-2026-0117",
                    FR_24_7,
                    DE_24_7,
                    Channel.NETWORK_24_7,
                    LocalDate.of(2026, 3, 16),
                    BUDAPEST.cite(29),
                    BUDAPEST.cite(35, 1, "b"))
                .urgency(Urgency.URGENT)
                .confidentialityRequested(true)
                .build())
        .addOffences(fraud())
        .facts(facts())
        .addDataToPreserve(
            dataItem(
                DataCategory.CONTENT_DATA,
                "All files, databases and logs stored in the hosting account",
                "Hosting account rw-448812 (server 203.0.113.45)"),
            dataItem(
                DataCategory.TRAFFIC_DATA,
                "Connection logs of the administration panel: source IP addresses, ports and"
                    + " timestamps with time zone",
                "https://lantern-deals.example/admin"),
            dataItem(
                DataCategory.SUBSCRIBER_INFORMATION,
                "Name, postal address, e-mail address and payment details of the account holder",
                "Hosting account rw-448812"))
        .custodianOrLocation("Rheinwolke Hosting GmbH, Hafenstrasse 8, 66111 Saarbruecken, Germany")
        .necessity("The provider deletes logs after 30 days.")
        .intendsMutualAssistanceFollowUp(true)
        .preservationDaysRequested(90)
        .build();
  }

  /** The medium document: France asks Germany for searches, hearings and data (BC 25, 27). */
  public static MutualAssistanceRequest mutualAssistanceRequest() {
    MutualAssistanceRequest.Builder request =
        MutualAssistanceRequest.builder()
            .header(
                header(
                        "FR-BEPI-2026-0342",
                        FR_CENTRAL,
                        DE_CENTRAL,
                        Channel.CENTRAL_AUTHORITY,
                        LocalDate.of(2026, 4, 2),
                        BUDAPEST.cite(25),
                        BUDAPEST.cite(27))
                    .confidentialityRequested(true)
                    .addUseConditions(UseCondition.CONFIDENTIAL)
                    .build())
            .addOffences(fraud(), laundering())
            .facts(facts())
            .addMeasures(
                AssistanceMeasure.builder()
                    .kind(AssistanceMeasure.Kind.SEARCH_AND_SEIZURE)
                    .description("Search the suspect's home and seize computers and telephones")
                    .build(),
                AssistanceMeasure.builder()
                    .kind(AssistanceMeasure.Kind.HEARING_OF_WITNESS)
                    .description("Hear the account manager of the hosting provider")
                    .build(),
                AssistanceMeasure.builder()
                    .kind(AssistanceMeasure.Kind.PRODUCTION_OF_DOCUMENTS)
                    .description("Obtain the opening documents of the company's bank account")
                    .build(),
                AssistanceMeasure.of(AssistanceMeasure.Kind.SERVICE_OF_DOCUMENTS))
            .addPersons(suspect(), company())
            .procedureRequested("Please let two French officers attend the search.")
            .coercive(true);
    DataCategory[] categories = {
      DataCategory.CONTENT_DATA, DataCategory.TRAFFIC_DATA, DataCategory.SUBSCRIBER_INFORMATION
    };
    for (int i = 0; i < 8; i++) {
      request.addDataItems(
          dataItem(
              categories[i % categories.length],
              "Data item " + (i + 1) + " of the hosting and payment records of the shop",
              "Account rw-4488" + (10 + i)));
    }
    String[] victims = {"Elise Marchand", "Paul Garnier", "Lucie Bernard", "Hugo Lambert"};
    for (int i = 0; i < victims.length; i++) {
      request.addPersons(victim(victims[i], (10 + i) + " rue des Exemples, 69001 Lyon, France"));
    }
    return request.build();
  }

  /**
   * The large document: France asks Germany to enforce a confiscation order (WC 23) against
   * {@link #LARGE_ASSETS} assets drawn from a fixed seed (bank accounts, cars and flats).
   */
  public static ConfiscationRequest confiscationRequest() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Asset> assets = new ArrayList<>();
    for (int i = 0; i < LARGE_ASSETS; i++) {
      Amount value = Amount.of((1_000 + random.nextInt(200_000)) + ".00", AssetCode.EUR);
      switch (i % 3) {
        case 0:
          assets.add(
              BankAccount.builder()
                  .iban(Iban.of(germanIban(random.nextLong(1_000_000_000_000_000L))))
                  .bankName("Beispielbank " + (1 + random.nextInt(40)) + " AG")
                  .location(DE)
                  .estimatedValue(value)
                  .build());
          break;
        case 1:
          assets.add(
              Vehicle.builder()
                  .description("Car number " + i + " registered to the company")
                  .registrationNumber("SB-VH " + (1000 + random.nextInt(9000)))
                  .location(DE)
                  .estimatedValue(value)
                  .build());
          break;
        default:
          assets.add(
              RealEstate.builder()
                  .landRegistryReference(
                      "Land register of Saarbruecken, sheet " + random.nextInt(100_000))
                  .address("Uferstrasse " + (1 + random.nextInt(99)) + ", 66111 Saarbruecken")
                  .location(DE)
                  .estimatedValue(value)
                  .build());
          break;
      }
    }
    return ConfiscationRequest.builder()
        .header(
            header(
                    "FR-BEPI-2026-0901",
                    FR_CENTRAL,
                    DE_CENTRAL,
                    Channel.CENTRAL_AUTHORITY,
                    LocalDate.of(2026, 10, 27),
                    WARSAW.cite(23, 1, "a"),
                    WARSAW.cite(23, 3))
                .addTranslations(Language.of("de"))
                .build())
        .addOffences(fraud(), laundering())
        .content(
            WarsawRequestContent.builder()
                .objectAndReason("To enforce in Germany the confiscation order of 8 October 2026.")
                .facts(facts())
                .coercive(true)
                .statutoryProvisions("Articles 313-1, 324-1 and 131-21 of the French Penal Code")
                .measureAvailableAtHome(true)
                .addPersons(suspect(), company())
                .addAllProperty(assets)
                .build())
        .mode(ConfiscationMode.ENFORCE_FOREIGN_ORDER)
        .kind(ConfiscationKind.VALUE)
        .addAllAssets(assets)
        .orderAmount(Amount.of("310000.00", AssetCode.EUR))
        .certifiedCopyOfOrderAttached(true)
        .statementOfGroundsAttached(true)
        .enforceabilityAttested(true)
        .extentOfEnforcement("Full enforcement up to EUR 310,000 against the listed assets.")
        .provisionalMeasuresNeeded(false)
        .thirdPartiesInvolved(false)
        .noImprisonmentInDefault(true)
        .build();
  }

  /** A German IBAN (22 characters) with bank and account digits from {@code digits} (ISO 13616). */
  static String germanIban(long digits) {
    String bban = String.format("%018d", digits);
    // Move "DE00" to the end, letters as numbers (D = 13, E = 14), then mod 97.
    String rearranged = bban + "131400";
    int mod = 0;
    for (int i = 0; i < rearranged.length(); i++) {
      mod = (mod * 10 + (rearranged.charAt(i) - '0')) % 97;
    }
    return String.format("DE%02d%s", 98 - mod, bban);
  }
}
