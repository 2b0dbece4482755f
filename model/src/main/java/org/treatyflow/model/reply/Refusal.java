package org.treatyflow.model.reply;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.reply.ReplyRules.BUDAPEST_FAMILIES;
import static org.treatyflow.model.reply.ReplyRules.WARSAW_CHAPTER_IV;
import static org.treatyflow.model.reply.ReplyRules.only;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.InadmissibleReason;
import org.treatyflow.model.reply.ReplyRules.Basis;

/**
 * Refuses a request, wholly, on one or more grounds, with reasons.
 *
 * <p>This type records the decision and reports the content the treaties require of it ({@link
 * #REQUIRED_CONTENT}). Its rule {@code *_GROUND_FOR_REFUSAL_APPLIES} is a family check only: it
 * reports a ground that can never be raised against the request's family. Whether a ground may be
 * raised in the case at hand (coercive action, the offence, financing of terrorism, the BC 29(4)
 * reservation, B4 as the sole ground for an offence of BC Articles 2-11) depends on facts this type
 * does not hold and is checked by {@link org.treatyflow.model.refusal.RefusalGrounds#check}; reasons
 * the treaties forbid, such as bank secrecy, by {@link
 * org.treatyflow.model.refusal.RefusalGrounds#checkReasons}.
 *
 * <p>Legal basis: BC 25(4), 27(4), 27(6)-(7), 29(5), 30(2); 2AP 7(5)(c), 8(8), 10 (unverified); WC
 * 28, 30, 40, 41(1)(c), 46(6), 47(2).
 */
@Value.Immutable
public interface Refusal extends Reply {
  /**
   * What a refusal must contain, in the order of the articles, each rule once per treaty basis:
   *
   * <ul>
   *   <li>{@code *_PARTIAL_GRANT_CONSIDERED}: BC 27(6); BC 27(6) through 2AP 10 for emergency
   *       mutual assistance (unverified); WC 30.
   *   <li>{@code *_GROUND_FOR_REFUSAL_STATED}: at least one ground.
   *   <li>{@code *_GROUND_FOR_REFUSAL_APPLIES}: family check, every ground stated may be raised
   *       against the request's family ({@link GroundForRefusal#families()}); the conditions of the
   *       case are checked by {@link org.treatyflow.model.refusal.RefusalGrounds#check}.
   *   <li>{@code *_REASONS_FOR_REFUSAL}: reasons given.
   * </ul>
   *
   * <p>The last three rest on: BC 27(7) for Budapest families; 2AP 8(8) for a foreign production
   * order only (unverified); 2AP 7(5)(c) for an order for subscriber information, whose notified
   * authority informs the issuing authority and gives reasons (unverified); BC 27(7) through 2AP 10
   * for emergency mutual assistance (unverified); WC 40 for Chapter IV of the Warsaw Convention; WC
   * 46(6) for FIU information exchange. A refusal to postpone a transaction at a foreign FIU's
   * request rests on WC 47(2) for the ground stated and the family check only: no provision requires
   * it to be explained. The other Second Protocol families have no refusal basis.
   */
  CompletenessRules<Refusal> REQUIRED_CONTENT = requiredContent();

  private static CompletenessRules<Refusal> requiredContent() {
    CompletenessRules.Builder<Refusal> rules = CompletenessRules.builder();
    ReplyRules.addPerTreaty(
        rules,
        "PARTIAL_GRANT_CONSIDERED",
        "partialGrantConsidered",
        Refusal::partialGrantConsidered,
        "Before refusing, the requested Party must consider granting the request in part or under"
            + " conditions.",
        "Avant de refuser, la Partie requise doit envisager d'accorder la demande en partie ou sous"
            + " conditions.",
        new Basis(BUDAPEST.cite(27, 6), Verification.CONFIRMED, BUDAPEST_FAMILIES),
        new Basis(
            BUDAPEST.cite(27, 6),
            Verification.UNVERIFIED,
            only(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE),
            ReplyRules.viaEmergencyMutualAssistance(BUDAPEST.cite(27, 6))),
        new Basis(WARSAW.cite(30), Verification.CONFIRMED, WARSAW_CHAPTER_IV));
    Basis[] reasonBases = {
      new Basis(BUDAPEST.cite(27, 7), Verification.CONFIRMED, BUDAPEST_FAMILIES),
      new Basis(
          SECOND_PROTOCOL.cite(7, 5, "c"),
          Verification.UNVERIFIED,
          only(RequestFamily.SUBSCRIBER_INFORMATION_ORDER)),
      new Basis(
          SECOND_PROTOCOL.cite(8, 8),
          Verification.UNVERIFIED,
          only(RequestFamily.FOREIGN_PRODUCTION_ORDER)),
      new Basis(
          BUDAPEST.cite(27, 7),
          Verification.UNVERIFIED,
          only(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE),
          ReplyRules.viaEmergencyMutualAssistance(BUDAPEST.cite(27, 7))),
      new Basis(WARSAW.cite(40), Verification.CONFIRMED, WARSAW_CHAPTER_IV),
      new Basis(
          WARSAW.cite(46, 6), Verification.CONFIRMED, only(RequestFamily.FIU_INFORMATION_EXCHANGE))
    };
    Basis fiuPostponement =
        new Basis(WARSAW.cite(47, 2), Verification.CONFIRMED, only(RequestFamily.FIU_POSTPONEMENT));
    Basis[] groundBases = Arrays.copyOf(reasonBases, reasonBases.length + 1);
    groundBases[reasonBases.length] = fiuPostponement;
    ReplyRules.addPerTreaty(
        rules,
        "GROUND_FOR_REFUSAL_STATED",
        "grounds",
        r -> !r.grounds().isEmpty(),
        "The refusal must state at least one ground for refusal.",
        "Le refus doit indiquer au moins un motif de refus.",
        groundBases);
    // A family check only; RefusalGrounds.check applies the conditions of the case.
    ReplyRules.addPerTreaty(
        rules,
        "GROUND_FOR_REFUSAL_APPLIES",
        "grounds",
        r -> r.grounds().stream().allMatch(g -> g.families().contains(r.family())),
        "A ground stated can never be raised against this kind of request, whatever the offence"
            + " or the circumstances.",
        "Un motif indiqué ne peut jamais être opposé à ce type de demande, quels que soient"
            + " l'infraction ou les circonstances.",
        groundBases);
    ReplyRules.addPerTreaty(
        rules,
        "REASONS_FOR_REFUSAL",
        "reasons",
        r -> ReplyRules.hasText(r.reasons()),
        "The refusal must give reasons.",
        "Le refus doit être motivé.",
        reasonBases);
    return rules.build();
  }

  /** The grounds relied on, in the order given; empty only while drafting. */
  List<GroundForRefusal> grounds();

  /** The reasons for refusing; may name persons and proceedings, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> reasons();

  /**
   * Obstacles the refusal relies on besides its grounds, as the requested Party states them, such
   * as bank secrecy. The treaties forbid each of them as a reason to refuse (WC 28(7), 28(8)), so a
   * refusal stating one is recorded as such and rejected by the workflow ({@link
   * org.treatyflow.model.refusal.RefusalGrounds#checkReasons}); empty in a refusal that respects
   * them.
   */
  Set<InadmissibleReason> obstaclesInvoked();

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

  static Builder builder() {
    return new Builder();
  }

  /** Builds a refusal. */
  final class Builder extends ImmutableRefusal.Builder {}
}
