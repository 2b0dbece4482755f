package org.treatyflow.testkit;

import static java.util.Objects.requireNonNull;

import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CooperationAct;

/**
 * A generated act that lacks exactly one item of required content, with the completeness rule that
 * requires the item, so that a test knows which single violation the act must report.
 *
 * <p>Built by {@link IncompleteArbitraries} from a complete generated act rebuilt without the item:
 * {@code act.completenessViolations()} is then exactly one violation whose code, citation and field
 * are {@link #code()}, {@link #citation()} and {@link #field()}.
 *
 * <p>Legal basis: the provision each rule cites, e.g. BC 29(2)(b) for {@code BC_29_2_B_FACTS}.
 *
 * @param act the act without the item; never null
 * @param code the code of the rule that requires the item, e.g. {@code BC_29_2_B_FACTS}
 * @param citation the provision the rule cites
 * @param field the dotted path of the field the rule reports, e.g. {@code facts.summary}; {@code ""}
 *     for the whole act
 * @param <R> the type of act
 */
public record Incomplete<R extends CooperationAct>(
    R act, String code, ArticleCitation citation, String field) {

  /** Rejects null components. */
  public Incomplete {
    requireNonNull(act, "Incomplete.act");
    requireNonNull(code, "Incomplete.code");
    requireNonNull(citation, "Incomplete.citation");
    requireNonNull(field, "Incomplete.field");
  }

  /**
   * The act's family, for messages and reports.
   *
   * @return {@code act().family()}
   */
  public org.treatyflow.model.common.RequestFamily family() {
    return act.family();
  }

  /**
   * Names the family and the missing rule only: the act itself may carry personal data, and its
   * own {@code toString} masks it, but a short label reads better in a failing property's report.
   */
  @Override
  public String toString() {
    return "Incomplete[" + act.family() + " without " + code + " (" + citation + ", " + field + "): "
        + act + "]";
  }
}
