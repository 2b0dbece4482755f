package org.treatyflow.model.reply;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.reply.ReplyRules.BUDAPEST_FAMILIES;
import static org.treatyflow.model.reply.ReplyRules.FIU_FAMILIES;
import static org.treatyflow.model.reply.ReplyRules.PROTOCOL_FAMILIES;
import static org.treatyflow.model.reply.ReplyRules.WARSAW_CHAPTER_IV;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.ReplyRules.Basis;

/**
 * Refuses a request, wholly, on one or more grounds, with reasons.
 *
 * <p>Whether a ground may be raised against the request is decided by {@link
 * org.treatyflow.model.refusal.RefusalGrounds#available}; this type only records the decision and
 * reports the content the treaties require of it.
 *
 * <p>Legal basis: BC 25(4), 27(4), 27(6)-(7), 29(5), 30(2); 2AP 8(8) (unverified); WC 28, 30, 40,
 * 41(1)(c), 46(6).
 */
@Value.Immutable
public interface Refusal extends Reply {
  /** What a refusal must contain, in the order of the articles. */
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
        new Basis(WARSAW.cite(30), Verification.CONFIRMED, WARSAW_CHAPTER_IV));
    Basis[] reasonBases = {
      new Basis(BUDAPEST.cite(27, 7), Verification.CONFIRMED, BUDAPEST_FAMILIES),
      new Basis(SECOND_PROTOCOL.cite(8, 8), Verification.UNVERIFIED, PROTOCOL_FAMILIES),
      new Basis(WARSAW.cite(40), Verification.CONFIRMED, WARSAW_CHAPTER_IV),
      new Basis(WARSAW.cite(46, 6), Verification.CONFIRMED, FIU_FAMILIES)
    };
    ReplyRules.addPerTreaty(
        rules,
        "GROUND_FOR_REFUSAL_STATED",
        "grounds",
        r -> !r.grounds().isEmpty(),
        "The refusal must state at least one ground for refusal.",
        "Le refus doit indiquer au moins un motif de refus.",
        reasonBases);
    ReplyRules.addPerTreaty(
        rules,
        "GROUND_FOR_REFUSAL_APPLIES",
        "grounds",
        r -> r.grounds().stream().allMatch(g -> g.families().contains(r.family())),
        "A ground stated cannot be raised against this kind of request.",
        "Un motif indiqué ne peut pas être opposé à ce type de demande.",
        reasonBases);
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

  /** Whether a partial or conditional grant was considered first (BC 27(6); WC 30). */
  @Value.Default
  default boolean partialGrantConsidered() {
    return false;
  }

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
