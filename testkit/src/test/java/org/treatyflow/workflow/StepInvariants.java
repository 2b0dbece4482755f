package org.treatyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.treatyflow.model.common.CooperationAct;

/**
 * The invariants every step of every family keeps, checked once for the random-sequence properties:
 * an applied step is a line of the table, lands on the line's status, records the line's citation
 * and verification, raises the version by one, and the same command again changes nothing; a
 * terminal status never changes; a step not applied leaves the case as it was, and a rejection
 * gives at least one cited violation.
 */
public final class StepInvariants {
  private StepInvariants() {}

  /** Checks the invariants of one attempted step from {@code before}. */
  public static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> void check(
      TransitionTable<S, A, ?> table,
      CaseFile<R, S, A> before,
      Command<A> command,
      Outcome<R, S, A> outcome,
      Workflow<R, S, A> workflow,
      Environment env) {
    CaseFile<R, S, A> next = outcome.caseFile();
    if (table.isTerminal(before.status())) {
      assertThat(outcome.isApplied()).as("a terminal status never changes").isFalse();
    }
    if (outcome.isApplied()) {
      HistoryEvent<S, A> event = next.lastEvent().orElseThrow();
      var line = table.find(before.status(), command.action());
      assertThat(line).as("%s from %s is a line of the table", command.action(), before.status()).isPresent();
      assertThat(next.status()).isEqualTo(line.get().to());
      assertThat(event.citation()).as("the step cites its line's article").isEqualTo(line.get().citation());
      assertThat(event.verification()).isEqualTo(line.get().verification());
      assertThat(next.version()).isEqualTo(before.version() + 1);
      assertThat(workflow.apply(next, command, env))
          .as("the same command again changes nothing")
          .isEqualTo(new Outcome.Applied<>(next, true));
    } else {
      assertThat(next).isSameAs(before);
      if (outcome instanceof Outcome.Rejected<?, ?, ?> rejected) {
        assertThat(rejected.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.citation()).isNotNull());
      }
    }
  }
}
