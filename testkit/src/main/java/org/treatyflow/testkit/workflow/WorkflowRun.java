package org.treatyflow.testkit.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Workflow;

/**
 * One case driven step by step in a test, with its own {@link SimulatedClock}: the state of a
 * generated run ({@link WorkflowChains}). Every attempted step is checked against {@link
 * WorkflowInvariants} and recorded in a {@link TransitionCoverage}; every applied step is kept in a
 * journal that {@link #checkJournal()} replays.
 *
 * @param <R> the family's act
 * @param <S> its statuses
 * @param <A> its actions
 */
public final class WorkflowRun<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> {
  /** An applied command and the instant it was applied at. */
  private record Entry<A extends Enum<A>>(Command<A> command, Instant at) {}

  private final Workflow<R, S, A> workflow;
  private final SimulatedClock clock;
  private final BiFunction<? super R, SimulatedClock, Environment> environments;
  private final Environment environment;
  private final TransitionCoverage coverage;
  private final List<Entry<A>> journal = new ArrayList<>();
  private final Instant start;
  private CaseFile<R, S, A> caseFile;
  private int serial;

  /**
   * A new case for {@code act}, at {@code start}, in the environment {@code environments} builds
   * around the run's clock.
   */
  public WorkflowRun(
      Workflow<R, S, A> workflow,
      R act,
      Instant start,
      Function<Clock, Environment> environments,
      TransitionCoverage coverage) {
    this(workflow, act, start, (a, clock) -> environments.apply(clock), coverage);
  }

  /**
   * A new case for {@code act}, at {@code start}, in the environment {@code environments} builds
   * for the act around the run's clock: where the environment depends on the act (a linked case
   * between the same Parties, say).
   */
  public WorkflowRun(
      Workflow<R, S, A> workflow,
      R act,
      Instant start,
      BiFunction<? super R, SimulatedClock, Environment> environments,
      TransitionCoverage coverage) {
    this.workflow = checkNotNull(workflow, "workflow");
    this.start = checkNotNull(start, "start");
    this.clock = new SimulatedClock(start);
    this.environments = checkNotNull(environments, "environments");
    this.environment = environments.apply(act, clock);
    this.coverage = checkNotNull(coverage, "coverage");
    this.caseFile = workflow.open(checkNotNull(act, "act"));
  }

  /** The case as it stands. */
  public CaseFile<R, S, A> caseFile() {
    return caseFile;
  }

  /** The environment of the run, reading the run's clock. */
  public Environment environment() {
    return environment;
  }

  /** The run's clock. */
  public SimulatedClock clock() {
    return clock;
  }

  /** The workflow. */
  public Workflow<R, S, A> workflow() {
    return workflow;
  }

  /** Lets {@code duration} pass. */
  public void passTime(Duration duration) {
    clock.advance(duration);
  }

  /**
   * Attempts {@code action} with {@code input} on the current version, checks the invariants, and
   * records what the step exercised.
   */
  public Outcome<R, S, A> attempt(A action, StepInput input) {
    Command<A> command =
        Command.<A>builder()
            .id("step-" + serial++)
            .action(action)
            .expectedVersion(caseFile.version())
            .actor(input.actor())
            .reply(input.reply())
            .followUp(input.followUp())
            .build();
    for (Guard<?> guard : workflow.failingGuards(caseFile, command, environment)) {
      coverage.refusedBy(guard.code());
    }
    Outcome<R, S, A> outcome = workflow.apply(caseFile, command, environment);
    WorkflowInvariants.checkStep(workflow, caseFile, command, outcome, environment);
    if (outcome.isApplied()) {
      workflow.table().find(caseFile.status(), action).ifPresent(coverage::taken);
      journal.add(new Entry<>(command, clock.instant()));
    }
    caseFile = outcome.caseFile();
    return outcome;
  }

  /**
   * Attempts {@code action} with {@code input} on a version the case has already left, as a
   * command decided before another step was taken: it must be a conflict that changes nothing. Does
   * nothing on a new case, which has no earlier version.
   */
  public void attemptStale(A action, StepInput input) {
    if (caseFile.version() == 0) {
      return;
    }
    Command<A> command =
        Command.<A>builder()
            .id("stale-" + serial++)
            .action(action)
            .expectedVersion(caseFile.version() - 1)
            .actor(input.actor())
            .reply(input.reply())
            .followUp(input.followUp())
            .build();
    Outcome<R, S, A> outcome = workflow.apply(caseFile, command, environment);
    if (!(outcome instanceof Outcome.Conflict<R, S, A>) || outcome.caseFile() != caseFile) {
      throw new AssertionError("A command on a stale version was not a conflict: " + action);
    }
  }

  /**
   * Replays the journal of applied commands on a new case, each at the instant it was applied, and
   * checks that it gives this very case: status, version and history. A case restored from its
   * journal has the same deadlines, since they are derived from the history.
   */
  public void checkJournal() {
    SimulatedClock replayClock = new SimulatedClock(start);
    Environment replayEnvironment = environments.apply(caseFile.request(), replayClock);
    CaseFile<R, S, A> replayed = workflow.open(caseFile.request());
    for (Entry<A> entry : journal) {
      replayClock.set(entry.at());
      Outcome<R, S, A> outcome = workflow.apply(replayed, entry.command(), replayEnvironment);
      if (!outcome.isApplied()) {
        throw new AssertionError("The journal does not replay: " + entry.command().action() + " was refused");
      }
      replayed = outcome.caseFile();
    }
    if (!replayed.equals(caseFile)) {
      throw new AssertionError("The journal replays to another case: " + replayed.status() + " v" + replayed.version());
    }
  }

  @Override
  public String toString() {
    return workflow.family() + " " + caseFile.status() + " v" + caseFile.version() + " at " + clock.instant();
  }
}
