package org.treatyflow.examples.simulation;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.asset.OtherAsset;
import org.treatyflow.model.assistance.StoredDataAccessMeasure;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.common.AppendixCategory;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.provisional.ProvisionalMeasure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.registry.PartyRegistry;

/**
 * The requests of the simulation, built with the model's builders from a small fixed vocabulary:
 * fictional persons and facts, the authorities of each Party by role, and four kinds of case. Every
 * request it builds is complete, so that the workflows reject none for its content.
 */
final class Requests {
  /** The kinds of case the simulation draws, with their offences and their relative frequency. */
  enum Scenario {
    /** A fake online shop: computer-related fraud (BC 8), its proceeds laundered. */
    ONLINE_SHOP_FRAUD(
        4,
        "Buyers paid in advance for goods a fake online shop never delivered; the payments were"
            + " moved to accounts abroad.",
        offence("Computer-related fraud through a fake online shop", AppendixCategory.FRAUD,
            BudapestOffence.BC8_COMPUTER_FRAUD)),
    /** Business e-mail compromise: forged invoices (BC 7) and fraud (BC 8). */
    BUSINESS_EMAIL_COMPROMISE(
        3,
        "Companies paid invoices from a compromised supplier mailbox into an account controlled by"
            + " the offenders.",
        offence("Computer-related forgery and fraud by business e-mail compromise",
            AppendixCategory.FORGERY, BudapestOffence.BC7_COMPUTER_FORGERY,
            BudapestOffence.BC8_COMPUTER_FRAUD)),
    /** Ransomware: system and data interference (BC 4, 5) and extortion. */
    RANSOMWARE(
        2,
        "Hospitals' systems were encrypted and a ransom was paid; it was exchanged and moved to a"
            + " bank account.",
        offence("Extortion by ransomware", AppendixCategory.EXTORTION,
            BudapestOffence.BC4_DATA_INTERFERENCE, BudapestOffence.BC5_SYSTEM_INTERFERENCE)),
    /**
     * Investment fraud by a call centre: fraud under domestic law only, none of BC Articles 2-11,
     * so a Party with the BC 29(4) reservation may raise dual criminality against preservation.
     */
    INVESTMENT_FRAUD(
        1,
        "Investors were persuaded by telephone to pay into a fictitious trading platform.",
        offence("Investment fraud by a call centre", AppendixCategory.FRAUD));

    private final int weight;
    private final Facts facts;
    private final List<Offence> offences;

    Scenario(int weight, String summary, Offence predicate) {
      this.weight = weight;
      this.facts = Facts.summary(summary);
      this.offences = List.of(predicate, LAUNDERING);
    }

    /** The offences every request of a case of this kind names. */
    List<Offence> offences() {
      return offences;
    }

    /** A kind of case drawn with its relative frequency from {@code draw}, in [0, 1). */
    static Scenario drawn(double draw) {
      int total = 0;
      for (Scenario s : values()) {
        total += s.weight;
      }
      double point = draw * total;
      int cumulative = 0;
      for (Scenario s : values()) {
        cumulative += s.weight;
        if (point < cumulative) {
          return s;
        }
      }
      return values()[values().length - 1];
    }
  }

  private static final Offence LAUNDERING =
      Offence.builder()
          .domesticDescription("Laundering of the proceeds")
          .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
          .build();

  private static final List<Person> SUSPECTS =
      persons(PersonRole.SUSPECT, "Mara Ostrovna", "Tilo Brandquist", "Edvin Sallas", "Noor Vellacott", "Ilja Tarkman");

  private static final List<Person> VICTIMS =
      persons(PersonRole.VICTIM, "Greta Holmfeld", "Ansel Korvin", "Liesl Ambry", "Oren Madsley");

  private static final ArticleCitation BASIS_BC29 = BUDAPEST.cite(29);
  private static final ArticleCitation BASIS_BC31 = BUDAPEST.cite(31);
  private static final ArticleCitation BASIS_WC17 = WARSAW.cite(17);
  private static final ArticleCitation BASIS_WC21 = WARSAW.cite(21);
  private static final ArticleCitation BASIS_WC23 = WARSAW.cite(23);
  private static final ArticleCitation BASIS_WC25 = WARSAW.cite(25);

  private static final DataItem TRAFFIC_DATA =
      DataItem.builder()
          .category(DataCategory.TRAFFIC_DATA)
          .description("Access logs of the server used by the offenders")
          .relationToOffence("The offenders connected to the server from these addresses")
          .build();

  /** The WC 37(1) contents, shared by the requests that state the same: they are immutable. */
  private final Map<ContentKey, WarsawRequestContent> contents = new HashMap<>();

  private record ContentKey(Scenario scenario, int suspect, boolean coercive, String object) {}

  private final List<Party> parties;
  private final Map<Party, Authority> pointsOfContact = new HashMap<>();
  private final Map<Party, Authority> centralAuthorities = new HashMap<>();

  /**
   * The vocabulary for cases between the Parties that {@code registry} shows bound by both the
   * Budapest and the Warsaw Convention on {@code day}, in the order of their codes.
   */
  Requests(PartyRegistry registry, LocalDate day) {
    List<Party> bound = new ArrayList<>();
    for (Party party : registry.parties(Instrument.BUDAPEST)) {
      if (registry.isInForce(Instrument.BUDAPEST, party, day) && registry.isInForce(Instrument.WARSAW, party, day)) {
        bound.add(party);
        pointsOfContact.put(
            party, Authority.of(party, AuthorityRole.POINT_OF_CONTACT_24_7, "24/7 point of contact"));
        centralAuthorities.put(
            party, Authority.of(party, AuthorityRole.CENTRAL_AUTHORITY, "Central authority"));
      }
    }
    if (bound.size() < 2) {
      throw new IllegalStateException(
          "The party registry shows fewer than two Parties bound by both conventions on " + day);
    }
    this.parties = List.copyOf(bound);
  }

  /** The Parties cases are drawn between, bound by both conventions, ordered by code. */
  List<Party> parties() {
    return parties;
  }

  /** What a case is about: its number, its Parties, its kind and its proceeds. */
  record Subject(int number, Party requesting, Party requested, Scenario scenario, long proceedsCents) {
    String reference(String family) {
      return "SIM-" + padded(number, 7) + "-" + family;
    }

    Amount proceeds() {
      return euros(proceedsCents);
    }
  }

  /** {@code number} in decimal, with leading zeros to {@code width} digits. */
  static String padded(long number, int width) {
    String digits = Long.toString(number);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** {@code cents} euro cents as an amount in euros. */
  static Amount euros(long cents) {
    return Amount.of(BigDecimal.valueOf(cents, 2), AssetCode.EUR);
  }

  Authority pointOfContact(Party party) {
    return pointsOfContact.get(party);
  }

  Authority centralAuthority(Party party) {
    return centralAuthorities.get(party);
  }

  /** The expedited preservation request of the case, sent through the 24/7 network (BC 29, 35). */
  PreservationRequest preservation(Subject s, LocalDate day) {
    return PreservationRequest.builder()
        .header(
            RequestHeader.builder()
                .id(RequestId.of(s.reference("BC29")))
                .requestingParty(s.requesting())
                .requestedParty(s.requested())
                .requestingAuthority(pointOfContact(s.requesting()))
                .requestedAuthority(pointOfContact(s.requested()))
                .channel(Channel.NETWORK_24_7)
                .dateOfRequest(day)
                .urgency(Urgency.URGENT)
                .language(Language.ENGLISH)
                .addLegalBasis(BASIS_BC29)
                .build())
        .addAllOffences(s.scenario().offences())
        .facts(s.scenario().facts)
        .addDataToPreserve(TRAFFIC_DATA)
        .custodianOrLocation("Hosting provider in the requested Party")
        .necessity("The provider deletes its access logs after 30 days.")
        .intendsMutualAssistanceFollowUp(true)
        .build();
  }

  /** The follow-up request to search and disclose the preserved data (BC 31; BC 29(7)). */
  StoredDataAccessRequest storedDataAccess(Subject s, LocalDate day, RequestId preservation) {
    return StoredDataAccessRequest.builder()
        .header(centralHeader(s, "BC31", day, BASIS_BC31))
        .addAllOffences(s.scenario().offences())
        .facts(s.scenario().facts)
        .addDataItems(TRAFFIC_DATA)
        .addMeasures(StoredDataAccessMeasure.SEARCH_OR_SIMILAR_ACCESS, StoredDataAccessMeasure.DISCLOSURE)
        .precedingPreservation(preservation)
        .build();
  }

  /** The request for information on the suspect's bank accounts (WC 17). */
  BankAccountInformationRequest bankAccountInformation(Subject s, LocalDate day) {
    return BankAccountInformationRequest.builder()
        .header(centralHeader(s, "WC17", day, BASIS_WC17))
        .addAllOffences(s.scenario().offences())
        .content(content(s, false, "Identify the accounts into which the proceeds were paid."))
        .substantialValueReason("The accounts received the victims' payments.")
        .presumptionReason("Payment records name banks in the requested Party.")
        .build();
  }

  /** The request to freeze the account the proceeds were traced to (WC 21). */
  ProvisionalMeasureRequest freezing(Subject s, LocalDate day, Asset account) {
    return ProvisionalMeasureRequest.builder()
        .header(centralHeader(s, "WC21", day, BASIS_WC21))
        .addAllOffences(s.scenario().offences())
        .content(content(s, true, "Freeze the account holding the proceeds."))
        .measure(ProvisionalMeasure.FREEZING)
        .addAssets(account)
        .proceedingsInstituted(true)
        .build();
  }

  /** The request to enforce the value confiscation order for the proceeds (WC 23(1)(a), 23(3)). */
  ConfiscationRequest confiscation(Subject s, LocalDate day, Asset account) {
    return ConfiscationRequest.builder()
        .header(centralHeader(s, "WC23", day, BASIS_WC23))
        .addAllOffences(s.scenario().offences())
        .content(content(s, true, "Enforce the confiscation order for the value of the proceeds."))
        .mode(ConfiscationMode.ENFORCE_FOREIGN_ORDER)
        .kind(ConfiscationKind.VALUE)
        .addAssets(account)
        .orderAmount(s.proceeds())
        .certifiedCopyOfOrderAttached(true)
        .statementOfGroundsAttached(true)
        .enforceabilityAttested(true)
        .extentOfEnforcement("Up to the amount of the order.")
        .provisionalMeasuresNeeded(false)
        .build();
  }

  /**
   * The request that the confiscated amount be returned for the victims (WC 25(2)) or, when {@code
   * share} is present, shared with that share for the requesting Party (WC 25(3)).
   */
  DisposalRequest disposal(
      Subject s, LocalDate day, RequestId confiscation, Amount confiscated, Optional<BigDecimal> share) {
    DisposalRequest.Builder request =
        DisposalRequest.builder()
            .header(centralHeader(s, "WC25", day, BASIS_WC25))
            .addAllOffences(s.scenario().offences())
            .content(content(s, false, "Return or share the confiscated proceeds."))
            .confiscationRequestId(confiscation)
            .amount(confiscated);
    if (share.isPresent()) {
      request.disposition(Disposition.SHARING).proposedShare(share.get());
    } else {
      request
          .disposition(Disposition.RETURN_FOR_VICTIM_COMPENSATION)
          .addBeneficiaries(
              VICTIMS.get(s.number() % VICTIMS.size()));
    }
    return request.build();
  }

  private RequestHeader centralHeader(
      Subject s, String family, LocalDate day, ArticleCitation basis) {
    return RequestHeader.builder()
        .id(RequestId.of(s.reference(family)))
        .requestingParty(s.requesting())
        .requestedParty(s.requested())
        .requestingAuthority(centralAuthority(s.requesting()))
        .requestedAuthority(centralAuthority(s.requested()))
        .channel(Channel.CENTRAL_AUTHORITY)
        .dateOfRequest(day)
        .language(Language.ENGLISH)
        .addLegalBasis(basis)
        .build();
  }

  private WarsawRequestContent content(Subject s, boolean coercive, String object) {
    int suspect = s.number() % SUSPECTS.size();
    return contents.computeIfAbsent(
        new ContentKey(s.scenario(), suspect, coercive, object),
        key -> {
          WarsawRequestContent.Builder content =
              WarsawRequestContent.builder()
                  .objectAndReason(object)
                  .facts(key.scenario().facts)
                  .addPersons(SUSPECTS.get(key.suspect()));
          if (coercive) {
            content
                .coercive(true)
                .statutoryProvisions("Criminal Code, provisions on confiscation of proceeds.")
                .measureAvailableAtHome(true);
          }
          return content.build();
        });
  }

  private static List<Person> persons(PersonRole role, String... names) {
    List<Person> persons = new ArrayList<>();
    for (String name : names) {
      persons.add(Person.builder().role(role).kind(Person.Kind.NATURAL).name(name).build());
    }
    return List.copyOf(persons);
  }

  /**
   * The account in the requested Party into which the proceeds were traced: a bank account where
   * its country uses IBANs, funds with a payment institution otherwise.
   */
  static Asset account(Subject s) {
    String country = s.requested().code();
    Optional<Integer> length = Iban.lengthFor(country);
    if (length.isPresent()) {
      String bban = padded(s.number(), length.get() - 4);
      return BankAccount.builder()
          .iban(Iban.of(country + Iban.checkDigits(country, bban) + bban))
          .location(s.requested())
          .build();
    }
    return OtherAsset.builder()
        .description("Funds held with a payment institution")
        .location(s.requested())
        .build();
  }

  private static Offence offence(String description, AppendixCategory category, BudapestOffence... budapest) {
    return Offence.builder()
        .domesticDescription(description)
        .addBudapestOffences(budapest)
        .addAppendixCategories(category)
        .build();
  }
}
