package org.treatyflow.model.reply;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.reply.ReplyRules.BUDAPEST_FAMILIES;
import static org.treatyflow.model.reply.ReplyRules.WARSAW_CHAPTER_IV;
import static org.treatyflow.model.reply.ReplyRules.only;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.refusal.GroundForPostponement;
import org.treatyflow.model.reply.ReplyRules.Basis;

/**
 * Postpones action on a request because it would prejudice the requested Party's own investigations
 * or proceedings.
 *
 * <p>The rule {@code *_GROUND_FOR_POSTPONEMENT_APPLIES} is a family check: it reports a ground that
 * does not cover the request's family ({@link GroundForPostponement#families()}).
 *
 * <p>Legal basis: BC 27(5)-(7); 2AP 8(8), 10 (unverified); WC 29, 30, 40, 41(1)(c).
 */
@Value.Immutable
public interface Postponement extends Reply {
  /**
   * What a postponement must contain, in the order of the articles, each rule once per treaty
   * basis: the ground stated and applying to the family (BC 27(5); 2AP 8(8) for a foreign production
   * order only, unverified; BC 27(5) through 2AP 10 for emergency mutual assistance, unverified; WC
   * 29), partial grant considered (BC 27(6); BC 27(6) through 2AP 10, unverified; WC 30), reasons
   * (BC 27(7); 2AP 8(8) for a foreign production order, unverified; BC 27(7) through 2AP 10,
   * unverified; WC 40). The other Second Protocol families have no postponement basis.
   */
  CompletenessRules<Postponement> REQUIRED_CONTENT = requiredContent();

  private static CompletenessRules<Postponement> requiredContent() {
    CompletenessRules.Builder<Postponement> rules = CompletenessRules.builder();
    Basis[] groundBases = {
      new Basis(BUDAPEST.cite(27, 5), Verification.CONFIRMED, BUDAPEST_FAMILIES),
      new Basis(
          SECOND_PROTOCOL.cite(8, 8),
          Verification.UNVERIFIED,
          only(RequestFamily.FOREIGN_PRODUCTION_ORDER)),
      new Basis(
          BUDAPEST.cite(27, 5),
          Verification.UNVERIFIED,
          only(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE),
          ReplyRules.viaEmergencyMutualAssistance(BUDAPEST.cite(27, 5))),
      new Basis(WARSAW.cite(29), Verification.CONFIRMED, WARSAW_CHAPTER_IV)
    };
    ReplyRules.addPerTreaty(
        rules,
        "GROUND_FOR_POSTPONEMENT_STATED",
        "ground",
        p -> p.ground().isPresent(),
        "The postponement must state its ground.",
        "Le report doit indiquer son motif.",
        groundBases);
    ReplyRules.addPerTreaty(
        rules,
        "GROUND_FOR_POSTPONEMENT_APPLIES",
        "ground",
        p -> p.ground().map(g -> g.families().contains(p.family())).orElse(true),
        "The ground stated does not allow postponing this kind of request.",
        "Le motif indiqué ne permet pas de reporter ce type de demande.",
        groundBases);
    ReplyRules.addPerTreaty(
        rules,
        "PARTIAL_GRANT_CONSIDERED",
        "partialGrantConsidered",
        Postponement::partialGrantConsidered,
        "Before postponing, the requested Party must consider granting the request in part or"
            + " under conditions.",
        "Avant de reporter, la Partie requise doit envisager d'accorder la demande en partie ou"
            + " sous conditions.",
        new Basis(BUDAPEST.cite(27, 6), Verification.CONFIRMED, BUDAPEST_FAMILIES),
        new Basis(
            BUDAPEST.cite(27, 6),
            Verification.UNVERIFIED,
            only(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE),
            ReplyRules.viaEmergencyMutualAssistance(BUDAPEST.cite(27, 6))),
        new Basis(WARSAW.cite(30), Verification.CONFIRMED, WARSAW_CHAPTER_IV));
    ReplyRules.addPerTreaty(
        rules,
        "REASONS_FOR_POSTPONEMENT",
        "reasons",
        p -> ReplyRules.hasText(p.reasons()),
        "The postponement must give reasons.",
        "Le report doit être motivé.",
        new Basis(BUDAPEST.cite(27, 7), Verification.CONFIRMED, BUDAPEST_FAMILIES),
        new Basis(
            SECOND_PROTOCOL.cite(8, 8),
            Verification.UNVERIFIED,
            only(RequestFamily.FOREIGN_PRODUCTION_ORDER)),
        new Basis(
            BUDAPEST.cite(27, 7),
            Verification.UNVERIFIED,
            only(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE),
            ReplyRules.viaEmergencyMutualAssistance(BUDAPEST.cite(27, 7))),
        new Basis(WARSAW.cite(40), Verification.CONFIRMED, WARSAW_CHAPTER_IV));
    return rules.build();
  }

  /** The ground for postponement; empty while drafting. */
  Optional<GroundForPostponement> ground();

  /** The reasons for postponing; may name persons and proceedings, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> reasons();

  /** The date until which action is postponed, if known; not before the reply's date. */
  Optional<LocalDate> until();

  /** Whether a partial or conditional grant was considered first (BC 27(6); WC 30). */
  @Value.Default
  default boolean partialGrantConsidered() {
    return false;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    ReplyRules.checkNotBeforeReply("Postponement.until", until(), header());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a postponement. */
  final class Builder extends ImmutablePostponement.Builder {}
}
