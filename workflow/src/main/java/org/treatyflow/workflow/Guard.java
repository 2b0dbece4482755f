package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * A small named rule that must hold for a transition, with the article that imposes it. When it
 * does not hold it yields its {@link Violation}; a guard never throws for a legal failure.
 *
 * @param <C> what the guard reads: the request, the case, the command, the environment
 */
public abstract class Guard<C> {
  private final String code;
  private final ArticleCitation citation;

  protected Guard(String code, ArticleCitation citation) {
    this.code = checkNotNull(code, "code");
    this.citation = checkNotNull(citation, "citation");
  }

  /** The stable code of the guard and of its violation. */
  public final String code() {
    return code;
  }

  /** The article that imposes the rule. */
  public final ArticleCitation citation() {
    return citation;
  }

  /** The violations of this rule in {@code context}; empty when it holds. */
  public abstract List<Violation> check(C context);

  /**
   * A guard that holds when {@code holds} is true, and otherwise reports one violation with the
   * given sentences.
   */
  public static <C> Guard<C> require(
      String code,
      ArticleCitation citation,
      Verification verification,
      Predicate<? super C> holds,
      String english,
      String french) {
    Violation violation =
        Violation.builder()
            .code(code)
            .citation(citation)
            .field("")
            .verification(verification)
            .message(new BilingualText(english, french))
            .build();
    return new Guard<>(code, citation) {
      @Override
      public List<Violation> check(C context) {
        return holds.test(context) ? List.of() : List.of(violation);
      }
    };
  }

  /** A guard whose violations are computed, e.g. from a completeness check of the request. */
  public static <C> Guard<C> computed(
      String code,
      ArticleCitation citation,
      Function<? super C, ? extends List<Violation>> violations) {
    checkNotNull(violations, "violations");
    return new Guard<>(code, citation) {
      @Override
      public List<Violation> check(C context) {
        return List.copyOf(violations.apply(context));
      }
    };
  }

  @Override
  public String toString() {
    return code + " (" + citation + ")";
  }
}
