package org.treatyflow.testkit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
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
import org.treatyflow.model.common.MaximumPenalty;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.UseCondition;

/**
 * Arbitraries of the building blocks shared by every request family. Every value passes the
 * model's checks by construction.
 */
public final class CommonArbitraries {
  /** Parties to the Budapest or Warsaw Convention that scenarios commonly involve. */
  public static final List<String> PARTY_CODES =
      List.of(
          "AL", "AM", "AT", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
          "FR", "GB", "GE", "GR", "HR", "HU", "IT", "JP", "LT", "LU", "LV", "MD", "ME", "MK",
          "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "TR", "UA", "US");

  private CommonArbitraries() {}

  /** A Party among {@link #PARTY_CODES}. */
  public static Arbitrary<Party> parties() {
    return Arbitraries.of(PARTY_CODES).map(Party::of);
  }

  /** Two different Parties: requesting first, requested second. */
  public static Arbitrary<List<Party>> partyPairs() {
    return parties().list().ofSize(2).uniqueElements();
  }

  /** Any citation that {@code ArticleCitation.parse} accepts, of any instrument. */
  public static Arbitrary<ArticleCitation> citations() {
    Arbitrary<Instrument> instruments = Arbitraries.of(Instrument.class);
    Arbitrary<Integer> articles = Arbitraries.integers().between(1, 999);
    Arbitrary<Integer> paragraphs = Arbitraries.integers().between(1, 99);
    Arbitrary<String> points = Arbitraries.chars().range('a', 'z').map(String::valueOf);
    Arbitrary<String> subpoints =
        Arbitraries.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
    return Arbitraries.oneOf(
        Combinators.combine(instruments, articles).as(Instrument::cite),
        Combinators.combine(instruments, articles, paragraphs).as(Instrument::cite),
        Combinators.combine(instruments, articles, paragraphs, points).as(Instrument::cite),
        Combinators.combine(instruments, articles, paragraphs, points, subpoints)
            .as(Instrument::cite),
        Combinators.combine(instruments, articles, points).as(Instrument::citePoint));
  }

  /** A request reference such as {@code AT-2026-00042}. */
  public static Arbitrary<RequestId> requestIds() {
    return Combinators.combine(
            Arbitraries.of(PARTY_CODES),
            Arbitraries.integers().between(2020, 2030),
            Arbitraries.integers().between(1, 99_999))
        .as((party, year, number) -> RequestId.of(String.format("%s-%d-%05d", party, year, number)));
  }

  /** Institution names by role, as a central authority or police unit might be called. */
  private static String institutionName(AuthorityRole role) {
    return switch (role) {
      case CENTRAL_AUTHORITY -> "Ministry of Justice, International Cooperation Department";
      case POINT_OF_CONTACT_24_7 -> "National Cybercrime Unit, 24/7 Point of Contact";
      case JUDICIAL_AUTHORITY -> "Investigating Judge, District Court";
      case PROSECUTOR -> "Public Prosecutor's Office for Cybercrime";
      case POLICE -> "Criminal Police, Financial Investigations Unit";
      case COMPETENT_AUTHORITY -> "Prosecutor General's Office";
      case FINANCIAL_INTELLIGENCE_UNIT -> "Financial Intelligence Unit";
      case SERVICE_PROVIDER -> "Example Hosting Ltd";
      case DOMAIN_REGISTRATION_ENTITY -> "Example Registrar Ltd";
    };
  }

  /** An authority of {@code party} in {@code role}, with or without contact details. */
  public static Arbitrary<Authority> authorities(Party party, AuthorityRole role) {
    return contactDetails().optional(0.5).map(contact -> authority(party, role, contact));
  }

  /** An authority of {@code party} in {@code role}, always with contact details. */
  public static Arbitrary<Authority> authoritiesWithContactDetails(Party party, AuthorityRole role) {
    return contactDetails().map(contact -> authority(party, role, Optional.of(contact)));
  }

  /** Contact details naming a duty officer, so that they carry the marker. */
  private static Arbitrary<String> contactDetails() {
    return PersonArbitraries.names().map(n -> n + ", duty officer, +00 1234 5678");
  }

  private static Authority authority(Party party, AuthorityRole role, Optional<String> contact) {
    return Authority.builder()
        .party(party)
        .role(role)
        .name(institutionName(role))
        .contactDetails(contact)
        .build();
  }

  /** An authority of {@code party} in any public role. */
  public static Arbitrary<Authority> publicAuthorities(Party party) {
    return Arbitraries.of(
            AuthorityRole.CENTRAL_AUTHORITY,
            AuthorityRole.POINT_OF_CONTACT_24_7,
            AuthorityRole.JUDICIAL_AUTHORITY,
            AuthorityRole.PROSECUTOR,
            AuthorityRole.POLICE)
        .flatMap(role -> authorities(party, role));
  }

  /** A maximum penalty: a term of 6 months to 15 years, or life. */
  public static Arbitrary<MaximumPenalty> maximumPenalties() {
    return Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(6, 180).map(MaximumPenalty::imprisonmentMonths)),
        Tuple.of(1, Arbitraries.just(MaximumPenalty.life())));
  }

  /** An offence with a domestic description and a statutory provision. */
  public static Arbitrary<Offence> offences() {
    return offences(Arbitraries.subsetOf(BudapestOffence.values()).ofMaxSize(2));
  }

  /** An offence of at least one of BC Articles 2 to 11 (e.g. computer fraud), for cyber requests. */
  public static Arbitrary<Offence> budapestOffences() {
    return offences(Arbitraries.subsetOf(BudapestOffence.values()).ofMinSize(1).ofMaxSize(2));
  }

  /** An offence that is none of BC Articles 2 to 11 (e.g. laundering only). */
  public static Arbitrary<Offence> nonBudapestOffences() {
    return offences(Arbitraries.just(java.util.Set.of()));
  }

  private static Arbitrary<Offence> offences(Arbitrary<java.util.Set<BudapestOffence>> cyberOffences) {
    return Combinators.combine(
            cyberOffences,
            Arbitraries.subsetOf(LaunderingOffence.values()).ofMaxSize(2),
            Arbitraries.subsetOf(AppendixCategory.values()).ofMaxSize(2),
            Arbitraries.of(true, false, false, false, false, false, false),
            Arbitraries.of(true, false, false, false, false, false),
            maximumPenalties().optional(0.8),
            Arbitraries.integers().between(1, 400))
        .as(
            (cyber, laundering, appendix, terrorism, fiscal, penalty, section) ->
                Offence.builder()
                    .domesticDescription(describe(cyber, laundering, terrorism))
                    .domesticProvision("Criminal Code, section " + section)
                    .addAllBudapestOffences(cyber)
                    .addAllLaunderingOffences(laundering)
                    .addAllAppendixCategories(appendix)
                    .financingOfTerrorism(terrorism)
                    .fiscal(fiscal)
                    .maximumPenalty(penalty)
                    .build());
  }

  private static String describe(
      java.util.Set<BudapestOffence> cyber,
      java.util.Set<LaunderingOffence> laundering,
      boolean terrorism) {
    if (terrorism) {
      return "Financing of terrorism";
    }
    if (!cyber.isEmpty()) {
      return cyber.iterator().next().title();
    }
    if (!laundering.isEmpty()) {
      return "Money laundering";
    }
    return "Fraud";
  }

  /** A data item of {@code category}. */
  public static Arbitrary<DataItem> dataItems(DataCategory category) {
    Arbitrary<String> descriptions =
        switch (category) {
          case SUBSCRIBER_INFORMATION -> Arbitraries.of(
              "Name, postal address and payment details of the account holder",
              "Registration data and period of service of the account");
          case TRAFFIC_DATA -> Arbitraries.of(
              "Login IP addresses with timestamps and time zone",
              "Source and destination IP addresses and ports of the connections");
          case CONTENT_DATA -> Arbitraries.of(
              "Stored e-mails of the account", "Files stored in the hosting account");
          case DOMAIN_REGISTRATION_INFORMATION -> Arbitraries.of(
              "Registrant name, organisation and contact details of the domain");
        };
    LocalDate base = LocalDate.of(2025, 1, 1);
    return Combinators.combine(
            descriptions,
            Arbitraries.of("user4711@mail.example", "198.51.100.23", "+00 555 0100", "shop.example")
                .map(selector -> PersonArbitraries.MARKER + ":" + selector)
                .optional(0.8),
            Arbitraries.integers().between(0, 365),
            Arbitraries.integers().between(0, 90),
            Arbitraries.of(
                    "Account used by " + PersonArbitraries.MARKER + " to log in to the victim's online banking",
                    "Server hosting the phishing page run by " + PersonArbitraries.MARKER)
                .optional(0.8))
        .as(
            (description, selector, startOffset, length, relation) ->
                DataItem.builder()
                    .category(category)
                    .description(description)
                    .selector(selector)
                    .periodStart(base.plusDays(startOffset))
                    .periodEnd(base.plusDays(startOffset + length))
                    .relationToOffence(relation)
                    .build());
  }

  /** A data item of any category. */
  public static Arbitrary<DataItem> dataItems() {
    return Arbitraries.of(DataCategory.class).flatMap(CommonArbitraries::dataItems);
  }

  /** Facts with a summary, a date and a place. */
  public static Arbitrary<Facts> facts() {
    return Combinators.combine(
            PersonArbitraries.names(),
            Arbitraries.integers().between(0, 700),
            Arbitraries.of("Vienna", "Bucharest", "Tirana", "Belgrade", "Skopje", "Sarajevo")
                .map(city -> city + ", " + PersonArbitraries.MARKER + " Street"))
        .as(
            (name, days, place) ->
                Facts.builder()
                    .summary(
                        "Between January and March the suspect "
                            + name
                            + " obtained payments from victims through a fraudulent online shop.")
                    .offenceDate(LocalDate.of(2024, 1, 1).plusDays(days))
                    .offencePlace(place)
                    .build());
  }

  /** A language a request may be written in. */
  public static Arbitrary<Language> languages() {
    return Arbitraries.of("en", "fr", "de", "it", "es", "ro", "sq", "sr", "mk", "tr", "nl", "pl")
        .map(Language::of);
  }

  /**
   * A header of a request from one Party to another, sent by {@code requestingRole} through {@code
   * channel}, invoking {@code legalBasis}.
   */
  public static Arbitrary<RequestHeader> headers(
      AuthorityRole requestingRole,
      AuthorityRole requestedRole,
      Channel channel,
      ArticleCitation legalBasis) {
    return headers(
        requestingRole,
        requestedRole,
        channel,
        Arbitraries.of(Urgency.class),
        EnumSet.allOf(UseCondition.class),
        legalBasis);
  }

  /**
   * As {@link #headers(AuthorityRole, AuthorityRole, Channel, ArticleCitation)}, with urgency from
   * {@code urgencies} (e.g. {@code Arbitraries.just(Urgency.EMERGENCY)}) and at most two conditions
   * on use from {@code useConditions} (none when it is empty); authorities may lack contact
   * details.
   */
  public static Arbitrary<RequestHeader> headers(
      AuthorityRole requestingRole,
      AuthorityRole requestedRole,
      Channel channel,
      Arbitrary<Urgency> urgencies,
      Set<UseCondition> useConditions,
      ArticleCitation legalBasis) {
    return headers(
        requestingRole,
        requestedRole,
        channel,
        urgencies,
        useConditions,
        legalBasis,
        contactDetails().optional(0.5));
  }

  /**
   * As {@link #headers(AuthorityRole, AuthorityRole, Channel, Arbitrary, Set, ArticleCitation)},
   * with contact details for both authorities always present.
   */
  public static Arbitrary<RequestHeader> headersWithContactDetails(
      AuthorityRole requestingRole,
      AuthorityRole requestedRole,
      Channel channel,
      Arbitrary<Urgency> urgencies,
      Set<UseCondition> useConditions,
      ArticleCitation legalBasis) {
    return headers(
        requestingRole,
        requestedRole,
        channel,
        urgencies,
        useConditions,
        legalBasis,
        contactDetails().map(Optional::of));
  }

  // One combine, no flatMap: jqwik builds a new generator for every value a flatMap maps.
  private static Arbitrary<RequestHeader> headers(
      AuthorityRole requestingRole,
      AuthorityRole requestedRole,
      Channel channel,
      Arbitrary<Urgency> urgencies,
      Set<UseCondition> useConditions,
      ArticleCitation legalBasis,
      Arbitrary<Optional<String>> contacts) {
    Arbitrary<Set<UseCondition>> conditions =
        useConditions.isEmpty()
            ? Arbitraries.just(Set.of())
            : Arbitraries.subsetOf(useConditions).ofMaxSize(2);
    Arbitrary<Tuple.Tuple2<Boolean, Set<UseCondition>>> confidentiality =
        Combinators.combine(Arbitraries.of(true, false), conditions).as(Tuple::of);
    return Combinators.combine(
            partyPairs(),
            requestIds(),
            contacts,
            contacts,
            Arbitraries.integers().between(0, 700),
            urgencies,
            languages(),
            confidentiality)
        .as(
            (pair, id, requestingContact, requestedContact, day, urgency, language, conf) ->
                RequestHeader.builder()
                    .id(id)
                    .requestingParty(pair.get(0))
                    .requestedParty(pair.get(1))
                    .requestingAuthority(authority(pair.get(0), requestingRole, requestingContact))
                    .requestedAuthority(authority(pair.get(1), requestedRole, requestedContact))
                    .channel(channel)
                    .dateOfRequest(LocalDate.of(2025, 1, 1).plusDays(day))
                    .urgency(urgency)
                    .language(language)
                    .addLegalBasis(legalBasis)
                    .confidentialityRequested(conf.get1())
                    .addAllUseConditions(conf.get2())
                    .build());
  }
}
