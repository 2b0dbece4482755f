package org.treatyflow.workflow;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;

/**
 * What applying a command gave: the new case, the rules that forbid the step, or a conflict with
 * another step taken meanwhile. Never an exception for a legal failure.
 *
 * @param <R> the request
 * @param <S> the statuses
 * @param <A> the actions
 */
public sealed interface Outcome<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>
    permits Outcome.Applied, Outcome.Rejected, Outcome.Conflict {

  /** The case after the command: the new case if applied, the unchanged case otherwise. */
  CaseFile<R, S, A> caseFile();

  /** Whether the step was taken (now, or earlier under the same command id). */
  default boolean isApplied() {
    return this instanceof Applied;
  }

  /** The rules the step violates; empty unless rejected. */
  default List<Violation> violations() {
    return List.of();
  }

  /**
   * The step was taken.
   *
   * @param caseFile the new case
   * @param replayed true when the command id had already been applied and nothing changed
   */
  record Applied<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>(
      CaseFile<R, S, A> caseFile, boolean replayed) implements Outcome<R, S, A> {}

  /**
   * The law forbids the step; the case is unchanged.
   *
   * @param caseFile the unchanged case
   * @param violations every rule that forbids it, never empty
   */
  record Rejected<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>(
      CaseFile<R, S, A> caseFile, List<Violation> violations) implements Outcome<R, S, A> {
    public Rejected {
      violations = ImmutableList.copyOf(violations);
    }
  }

  /**
   * The command expected another version of the case: someone else took a step meanwhile. Decide
   * again on the current case.
   *
   * @param caseFile the current case
   * @param expectedVersion the version the command expected
   */
  record Conflict<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>(
      CaseFile<R, S, A> caseFile, long expectedVersion) implements Outcome<R, S, A> {}
}
