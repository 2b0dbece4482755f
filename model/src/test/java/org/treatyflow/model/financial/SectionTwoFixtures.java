package org.treatyflow.model.financial;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;

/**
 * Hand-built parts of Section 2 examples. Each takes the name of one item to leave out or get wrong,
 * or "" for a complete part: "legalBasis", "channel", "urgency", "direct" (coercive action on the
 * direct competent-authority route); "nonCoerciveDirect" and "urgentDirectJudicial" give complete
 * variants on the direct routes, "objectAndReason", "facts", "statutory", "confirmation",
 * "suspect" (only a victim), "offences", "accounts", "period" (no period), "periodEnd" (no end), "oneDayPeriod" and
 * "reversedPeriod" (an end the day before the start).
 */
final class SectionTwoFixtures {
  static final Party AT = Party.of("AT");
  static final Party RO = Party.of("RO");

  private SectionTwoFixtures() {}

  static RequestHeader header(String omit, ArticleCitation legalBasis) {
    Channel channel =
        switch (omit) {
          case "channel" -> Channel.FIU_TO_FIU;
          case "urgency" -> Channel.DIRECT_JUDICIAL;
          case "direct", "nonCoerciveDirect" -> Channel.DIRECT_COMPETENT_AUTHORITIES;
          case "urgentDirectJudicial" -> Channel.DIRECT_JUDICIAL;
          default -> Channel.CENTRAL_AUTHORITY;
        };
    RequestHeader.Builder header =
        RequestHeader.builder()
            .id(RequestId.of("AT-2026-00042"))
            .requestingParty(AT)
            .requestedParty(RO)
            .requestingAuthority(
                Authority.of(AT, AuthorityRole.CENTRAL_AUTHORITY, "Federal Ministry of Justice"))
            .requestedAuthority(
                Authority.of(RO, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice"))
            .channel(channel)
            .urgency(omit.equals("urgentDirectJudicial") ? Urgency.URGENT : Urgency.ROUTINE)
            .language(Language.ENGLISH);
    if (!omit.equals("legalBasis")) {
      header.addLegalBasis(legalBasis);
    }
    return header.build();
  }

  /** Coercive content, complete unless {@code omit} names one of its items. */
  static WarsawRequestContent content(String omit) {
    WarsawRequestContent.Builder content =
        WarsawRequestContent.builder()
            .coercive(!omit.equals("nonCoerciveDirect"))
            .addPersons(omit.equals("suspect") ? victim() : suspect());
    if (!omit.equals("objectAndReason")) {
      content.objectAndReason("To trace the proceeds of a computer fraud.");
    }
    if (!omit.equals("facts")) {
      content.facts(Facts.summary("Payments obtained through a fraudulent online shop."));
    }
    if (!omit.equals("statutory") && !omit.equals("nonCoerciveDirect")) {
      content.statutoryProvisions("Section 148a of the Criminal Code.");
    }
    if (!omit.equals("confirmation") && !omit.equals("nonCoerciveDirect")) {
      content.measureAvailableAtHome(true);
    }
    return content.build();
  }

  static Person suspect() {
    return Person.builder().role(PersonRole.SUSPECT).kind(Person.Kind.NATURAL).name("Ana Example").build();
  }

  /** A victim, the only person concerned when {@code omit} is "suspect". */
  static Person victim() {
    return Person.builder().role(PersonRole.VICTIM).kind(Person.Kind.LEGAL).name("Shop Ltd").build();
  }

  static Offence offence() {
    return Offence.builder()
        .domesticDescription("Computer fraud")
        .domesticProvision("Section 148a of the Criminal Code")
        .build();
  }

  static BankAccount account() {
    return BankAccount.builder().iban(Iban.of("AT611904300234573201")).bankName("Example Bank").build();
  }

  /** {@code value}, or nothing if {@code omit} names {@code item}. */
  static Optional<String> unless(String omit, String item, String value) {
    return omit.equals(item) ? Optional.empty() : Optional.of(value);
  }

  /** The offences of a complete example, none if {@code omit} is "offences". */
  static List<Offence> offences(String omit) {
    return omit.equals("offences") ? List.of() : List.of(offence());
  }

  /** The accounts of a complete example, none if {@code omit} is "accounts". */
  static List<BankAccount> accounts(String omit) {
    return omit.equals("accounts") ? List.of() : List.of(account());
  }

  /** The first day of the period of an Article 18 or 19 example. */
  static Optional<LocalDate> periodStart(String omit) {
    return switch (omit) {
      case "period" -> Optional.empty();
      case "reversedPeriod" -> Optional.of(LocalDate.of(2026, 1, 2));
      default -> Optional.of(LocalDate.of(2026, 1, 1));
    };
  }

  /** The last day of the period of an Article 18 or 19 example. */
  static Optional<LocalDate> periodEnd(String omit) {
    return switch (omit) {
      case "period", "periodEnd" -> Optional.empty();
      case "oneDayPeriod", "reversedPeriod" -> Optional.of(LocalDate.of(2026, 1, 1));
      default -> Optional.of(LocalDate.of(2026, 3, 31));
    };
  }
}
