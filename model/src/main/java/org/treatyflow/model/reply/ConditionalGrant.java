package org.treatyflow.model.reply;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.reply.ReplyRules.BUDAPEST_FAMILIES;
import static org.treatyflow.model.reply.ReplyRules.WARSAW_CHAPTER_IV;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.reply.ReplyRules.Basis;

/**
 * Grants a request in part or under conditions, which the requested Party must consider before it
 * refuses or postpones.
 *
 * <p>Legal basis: BC 27(6), 28(2) (conditions of confidentiality or purpose); WC 30 (partial or
 * conditional grant), WC 40 (reasons for making cooperation conditional), WC 42 (use restriction).
 */
@Value.Immutable
public interface ConditionalGrant extends Reply {
  /** What a conditional or partial grant must contain. */
  CompletenessRules<ConditionalGrant> REQUIRED_CONTENT = requiredContent();

  private static CompletenessRules<ConditionalGrant> requiredContent() {
    CompletenessRules.Builder<ConditionalGrant> rules = CompletenessRules.builder();
    ReplyRules.addPerTreaty(
        rules,
        "CONDITION_OR_PART_STATED",
        "useConditions",
        g -> g.partial() || !g.useConditions().isEmpty() || !g.otherConditions().isEmpty(),
        "The grant must state its conditions or that it is partial.",
        "L'octroi doit indiquer ses conditions ou qu'il est partiel.",
        new Basis(BUDAPEST.cite(27, 6), Verification.CONFIRMED, BUDAPEST_FAMILIES),
        new Basis(WARSAW.cite(30), Verification.CONFIRMED, WARSAW_CHAPTER_IV));
    ReplyRules.addPerTreaty(
        rules,
        "PARTIAL_SCOPE_STATED",
        "grantedScope",
        g -> !g.partial() || ReplyRules.hasText(g.grantedScope()),
        "A partial grant must say which part of the request is granted.",
        "Un octroi partiel doit indiquer la partie de la demande qui est accordée.",
        new Basis(BUDAPEST.cite(27, 6), Verification.CONFIRMED, BUDAPEST_FAMILIES),
        new Basis(WARSAW.cite(30), Verification.CONFIRMED, WARSAW_CHAPTER_IV));
    ReplyRules.addPerTreaty(
        rules,
        "REASONS_FOR_CONDITIONS",
        "reasons",
        g -> ReplyRules.hasText(g.reasons()),
        "The decision to make cooperation conditional must give reasons.",
        "La décision de subordonner la coopération à des conditions doit être motivée.",
        new Basis(WARSAW.cite(40), Verification.CONFIRMED, WARSAW_CHAPTER_IV));
    return rules.build();
  }

  /** Whether only part of the request is granted. */
  @Value.Default
  default boolean partial() {
    return false;
  }

  /** The part granted, where partial; may name persons or accounts, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> grantedScope();

  /** Conditions on the use of what is supplied (BC 28(2); WC 42). */
  Set<UseCondition> useConditions();

  /** Other conditions the requested Party thinks necessary (WC 30), in words; personal data. */
  @PersonalData
  @Value.Redacted
  List<String> otherConditions();

  /** Why the grant is conditional or partial (WC 40); personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> reasons();

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a conditional or partial grant. */
  final class Builder extends ImmutableConditionalGrant.Builder {}
}
