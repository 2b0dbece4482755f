package org.treatyflow.model.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.MaximumPenalty;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;

/** Hand-built parts of the examples of this package, and the assertion they share. */
final class DisclosureFixtures {
  static final Party AUSTRIA = Party.of("AT");
  static final Party ROMANIA = Party.of("RO");
  static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
  static final String MARKER = "Zq";

  private DisclosureFixtures() {}

  /** An authority of the requesting Party (Austria), with contact details unless told otherwise. */
  static Authority requesting(AuthorityRole role, boolean withContact) {
    Authority.Builder b =
        Authority.builder().party(AUSTRIA).role(role).name("Austrian " + role.name().toLowerCase());
    if (withContact) {
      b.contactDetails("Officer " + MARKER + "Huber, +43 1 000 000");
    }
    return b.build();
  }

  /** An authority or entity of the requested Party (Romania). */
  static Authority requested(AuthorityRole role) {
    return Authority.of(ROMANIA, role, "Romanian " + role.name().toLowerCase());
  }

  /** Describes the header of an example; every part is overridable. */
  static final class Header {
    Authority requestingAuthority;
    Optional<Authority> requestedAuthority;
    Channel channel;
    Urgency urgency = Urgency.URGENT;
    boolean dated = true;
    List<ArticleCitation> legalBasis;

    Header(Authority requesting, Authority requested, Channel channel, ArticleCitation basis) {
      this.requestingAuthority = requesting;
      this.requestedAuthority = Optional.of(requested);
      this.channel = channel;
      this.legalBasis = List.of(basis);
    }

    RequestHeader build() {
      RequestHeader.Builder b =
          RequestHeader.builder()
              .id(RequestId.of("AT-2026-00042"))
              .requestingParty(AUSTRIA)
              .requestedParty(ROMANIA)
              .requestingAuthority(requestingAuthority)
              .requestedAuthority(requestedAuthority)
              .channel(channel)
              .urgency(urgency)
              .language(Language.of("en"))
              .addAllLegalBasis(legalBasis);
      if (dated) {
        b.dateOfRequest(ISSUED);
      }
      return b.build();
    }
  }

  /** Computer fraud, with its provision and maximum penalty unless told otherwise. */
  static Offence computerFraud(boolean withProvisionAndPenalty) {
    Offence.Builder b =
        Offence.builder()
            .domesticDescription("Fraudulent misuse of data processing")
            .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD);
    if (withProvisionAndPenalty) {
      b.domesticProvision("s. 148a StGB").maximumPenalty(MaximumPenalty.imprisonmentMonths(60));
    }
    return b.build();
  }

  /** A data item of {@code category} with a selector. */
  static DataItem item(DataCategory category) {
    return DataItem.builder()
        .category(category)
        .description("Data of the account used in the fraud")
        .selector("user" + MARKER + "@mail.example")
        .build();
  }

  /** Asserts that {@code rules} are exactly the codes (first argument) of {@code tested}, in order. */
  static void assertRulesAreExactly(CompletenessRules<?> rules, Stream<Arguments> tested) {
    assertThat(rules.rules())
        .extracting(r -> r.violation().code())
        .containsExactlyElementsOf(tested.map(a -> (String) a.get()[0]).toList());
  }
}
