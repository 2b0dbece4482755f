package org.treatyflow.model.reply;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.reply.ReplyRules.BUDAPEST_FAMILIES;
import static org.treatyflow.model.reply.ReplyRules.WARSAW_CHAPTER_IV;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.reply.ReplyRules.Basis;

/**
 * Reports how execution ended, or that it is impossible or likely to be significantly delayed.
 *
 * <p>Legal basis: BC 27(7); WC 41(1)(b) (final result), 41(1)(d) (impossibility or delay).
 */
@Value.Immutable
public interface ExecutionReport extends Reply {
  /** What an execution report must contain. */
  CompletenessRules<ExecutionReport> REQUIRED_CONTENT = requiredContent();

  private static CompletenessRules<ExecutionReport> requiredContent() {
    CompletenessRules.Builder<ExecutionReport> rules = CompletenessRules.builder();
    ReplyRules.addPerTreaty(
        rules,
        "RESULT_STATED",
        "details",
        r -> r.outcome() != Outcome.FINAL_RESULT || ReplyRules.hasText(r.details()),
        "The report must state the final result of the action.",
        "Le rapport doit indiquer le résultat définitif de la mesure.",
        new Basis(BUDAPEST.cite(27, 7), Verification.CONFIRMED, BUDAPEST_FAMILIES),
        new Basis(WARSAW.cite(41, 1, "b"), Verification.CONFIRMED, WARSAW_CHAPTER_IV));
    ReplyRules.addPerTreaty(
        rules,
        "OBSTACLE_STATED",
        "details",
        r -> r.outcome() == Outcome.FINAL_RESULT || ReplyRules.hasText(r.details()),
        "The report must state the circumstances that make the action impossible or delay it.",
        "Le rapport doit indiquer les circonstances qui rendent la mesure impossible ou la"
            + " retardent.",
        new Basis(BUDAPEST.cite(27, 7), Verification.CONFIRMED, BUDAPEST_FAMILIES),
        new Basis(WARSAW.cite(41, 1, "d"), Verification.CONFIRMED, WARSAW_CHAPTER_IV));
    return rules.build();
  }

  /** How execution stands. */
  enum Outcome {
    /** Execution is complete (WC 41(1)(b)). */
    FINAL_RESULT(WARSAW.cite(41, 1, "b")),
    /** Execution will be significantly delayed (WC 41(1)(d); BC 27(7)). */
    DELAYED(WARSAW.cite(41, 1, "d")),
    /** Execution is impossible (WC 41(1)(d); BC 27(7)). */
    IMPOSSIBLE(WARSAW.cite(41, 1, "d"));

    private final ArticleCitation citation;

    Outcome(ArticleCitation citation) {
      this.citation = citation;
    }

    /** The Warsaw provision requiring the report; BC 27(7) is the Budapest counterpart. */
    public ArticleCitation citation() {
      return citation;
    }
  }

  /** How execution stands. */
  Outcome outcome();

  /** The result, or the circumstances of the delay or impossibility; personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> details();

  /** When execution is expected to be complete, for a delay. */
  Optional<LocalDate> expectedCompletion();

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an execution report. */
  final class Builder extends ImmutableExecutionReport.Builder {}
}
