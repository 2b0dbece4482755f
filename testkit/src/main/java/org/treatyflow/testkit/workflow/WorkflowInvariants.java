package org.treatyflow.testkit.workflow;

import java.util.Optional;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Transition;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The invariants every step of every family keeps, checked after each attempted step:
 *
 * <ul>
 *   <li>an applied step is a line of the table, lands on the line's status, records the line's
 *       article and verification, and raises the version by one;
 *   <li>the same command again changes nothing;
 *   <li>a terminal status never changes;
 *   <li>a step not applied leaves the case as it was, and a rejection gives at least one violation,
 *       each with an article.
 * </ul>
 *
 * <p>A broken invariant throws {@link AssertionError} naming the step.
 */
public final class WorkflowInvariants {
  private WorkflowInvariants() {}

  /** Checks the invariants of one attempted step from {@code before}. */
  public static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> void checkStep(
      Workflow<R, S, A> workflow,
      CaseFile<R, S, A> before,
      Command<A> command,
      Outcome<R, S, A> outcome,
      Environment environment) {
    TransitionTable<S, A, ?> table = workflow.table();
    CaseFile<R, S, A> next = outcome.caseFile();
    String step = command.action() + " from " + before.status();
    if (table.isTerminal(before.status()) && outcome.isApplied()) {
      fail(step + ": a terminal status changed");
    }
    if (outcome.isApplied()) {
      Optional<? extends Transition<S, A, ?>> line = table.find(before.status(), command.action());
      if (line.isEmpty()) {
        fail(step + ": applied, but the table has no such line");
      }
      HistoryEvent<S, A> event = next.lastEvent().orElseThrow(() -> new AssertionError(step + ": no event"));
      check(next.status() == line.get().to(), step + ": landed on " + next.status() + ", not " + line.get().to());
      check(event.citation().equals(line.get().citation()), step + ": the event cites another article");
      check(event.verification() == line.get().verification(), step + ": the event has another verification");
      check(next.version() == before.version() + 1, step + ": the version did not rise by one");
      check(
          workflow.apply(next, command, environment).equals(new Outcome.Applied<>(next, true)),
          step + ": the same command again changed something");
    } else {
      check(next == before, step + ": not applied, yet the case changed");
      if (outcome instanceof Outcome.Rejected<R, S, A> rejected) {
        check(!rejected.violations().isEmpty(), step + ": rejected without a violation");
        for (Violation v : rejected.violations()) {
          check(v.citation() != null, step + ": a violation without an article");
        }
      }
    }
  }

  private static void check(boolean holds, String message) {
    if (!holds) {
      fail(message);
    }
  }

  private static void fail(String message) {
    throw new AssertionError(message);
  }
}
