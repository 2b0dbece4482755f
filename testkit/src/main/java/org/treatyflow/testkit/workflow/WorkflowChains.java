package org.treatyflow.testkit.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Transition;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * Model-based testing of a family: jqwik {@link ActionChain}s whose actions come from the family's
 * transition table itself, not from a hand-written copy. Each chain opens a case for a generated
 * act and then, step after step, takes a line the table offers from the current status (mostly),
 * tries any action of the family (sometimes: the table must refuse what it has no line for), sends
 * a command decided on a version the case has left (it must be a conflict), or lets time pass (for
 * deadlines). Lines no earlier step has taken are favoured, so the coverage a
 * run reaches depends on the runs before it; the invariants hold for every run regardless. Every step is checked against {@link WorkflowInvariants} and
 * recorded in the given {@link TransitionCoverage}.
 *
 * <p>Give the property {@code edgeCases = EdgeCasesMode.NONE}: the acts are built from many small
 * generators, whose combined edge cases jqwik would otherwise compute and mix in, at a cost of
 * several times the run time and no gain for a chain.
 *
 * <pre>{@code
 * @Property(edgeCases = EdgeCasesMode.NONE)
 * void preservationKeepsItsInvariants(@ForAll("runs") ActionChain<WorkflowRun<...>> chain) {
 *   chain.withInvariant(WorkflowRun::checkJournal).run();
 * }
 *
 * @Provide
 * Arbitrary<ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>>> runs() {
 *   return WorkflowChains.chains(PreservationWorkflow.WORKFLOW, requests, START,
 *       clock -> new Environment(registry, clock, policy), StepMakers.parties(), COVERAGE, 20);
 * }
 * }</pre>
 */
public final class WorkflowChains {
  /** The pauses a chain lets pass between steps: an hour, a day, ten days, a month, two months. */
  public static final List<Duration> PAUSES =
      List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(10), Duration.ofDays(31), Duration.ofDays(61));

  private WorkflowChains() {}

  /**
   * Chains of at most {@code maxSteps} steps over cases of {@code workflow}, one for each generated
   * act, each case starting at {@code start} in the environment {@code environments} builds around
   * the run's clock, with the inputs {@code maker} proposes.
   */
  public static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>
      Arbitrary<ActionChain<WorkflowRun<R, S, A>>> chains(
          Workflow<R, S, A> workflow,
          Arbitrary<? extends R> acts,
          Instant start,
          Function<Clock, Environment> environments,
          StepMaker<R, S, A> maker,
          TransitionCoverage coverage,
          int maxSteps) {
    checkNotNull(environments, "environments");
    return chains(workflow, acts, start, (act, clock) -> environments.apply(clock), maker, coverage, maxSteps);
  }

  /**
   * As {@link #chains(Workflow, Arbitrary, Instant, Function, StepMaker, TransitionCoverage, int)},
   * with an environment built for each act around the run's clock: where a rule needs a case linked
   * to the act (between the same Parties, say).
   */
  public static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>
      Arbitrary<ActionChain<WorkflowRun<R, S, A>>> chains(
          Workflow<R, S, A> workflow,
          Arbitrary<? extends R> acts,
          Instant start,
          BiFunction<? super R, SimulatedClock, Environment> environments,
          StepMaker<R, S, A> maker,
          TransitionCoverage coverage,
          int maxSteps) {
    checkNotNull(workflow, "workflow");
    checkNotNull(acts, "acts");
    checkNotNull(environments, "environments");
    checkNotNull(maker, "maker");
    checkArgument(maxSteps > 0, "WorkflowChains.chains: maxSteps must be positive, was %s", maxSteps);
    TransitionTable<S, A, ?> table = workflow.table();
    return acts.flatMap(
        act ->
            ActionChain.<WorkflowRun<R, S, A>>startWith(
                    () -> new WorkflowRun<>(workflow, act, start, environments, coverage))
                .withAction(8, lineOfTheTable(table, maker, coverage))
                .withAction(1, anyAction(table, maker))
                .withAction(1, staleCommand(table, maker))
                .withAction(3, pause())
                .withMaxTransformations(maxSteps));
  }

  /**
   * A line the table offers from the current status, favouring the lines no earlier step has taken
   * and those that lead on rather than end the case, so that the runs of a property go deep and
   * cover the table quickly: weight 12 for a line leading on not yet taken, 4 once taken; 6 for a
   * line into a terminal status not yet taken, 1 once taken.
   */
  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>
      Action.Dependent<WorkflowRun<R, S, A>> lineOfTheTable(
          TransitionTable<S, A, ?> table, StepMaker<R, S, A> maker, TransitionCoverage coverage) {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(WorkflowRun<R, S, A> run) {
        return !table.from(run.caseFile().status()).isEmpty();
      }

      @Override
      public Arbitrary<Transformer<WorkflowRun<R, S, A>>> transformer(WorkflowRun<R, S, A> run) {
        List<A> weighted = new ArrayList<>();
        for (Transition<S, A, ?> line : table.from(run.caseFile().status())) {
          boolean ends = table.isTerminal(line.to());
          int weight = coverage.isTaken(line) ? (ends ? 1 : 4) : (ends ? 6 : 12);
          for (int i = weight; i > 0; i--) {
            weighted.add(line.action());
          }
        }
        return Arbitraries.of(weighted).flatMap(action -> step(run, action, maker));
      }
    };
  }

  /** Any action of the family, whether or not the table offers it now. */
  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>
      Action.Dependent<WorkflowRun<R, S, A>> anyAction(TransitionTable<S, A, ?> table, StepMaker<R, S, A> maker) {
    return run -> Arbitraries.of(table.actions()).flatMap(action -> step(run, action, maker));
  }

  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>
      Arbitrary<Transformer<WorkflowRun<R, S, A>>> step(WorkflowRun<R, S, A> run, A action, StepMaker<R, S, A> maker) {
    return maker
        .inputs(run.caseFile(), action, run.environment())
        .map(input -> Transformer.mutate(action + " by " + input.actor().party(), r -> r.attempt(action, input)));
  }

  /** A command decided on a version the case has left: a conflict that changes nothing. */
  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>
      Action.Dependent<WorkflowRun<R, S, A>> staleCommand(TransitionTable<S, A, ?> table, StepMaker<R, S, A> maker) {
    return run ->
        Arbitraries.of(table.actions())
            .flatMap(
                action ->
                    maker
                        .inputs(run.caseFile(), action, run.environment())
                        .map(input -> Transformer.mutate("stale " + action, r -> r.attemptStale(action, input))));
  }

  /** Time passes. */
  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>
      Action.Independent<WorkflowRun<R, S, A>> pause() {
    return () -> Arbitraries.of(PAUSES).map(d -> Transformer.mutate("wait " + d, r -> r.passTime(d)));
  }
}
