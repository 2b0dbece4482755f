package org.treatyflow.workflow.assistance;

import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.treatyflow.model.common.Request;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.ModelArbitraries;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Workflow;

/**
 * A family on the mutual assistance skeleton, with its profile, the requests to run, and the
 * environment each request runs in, built from the request and the run's clock ({@link
 * SkeletonScenarios}): the cases its rules need to find linked (a disposal needs its confiscation),
 * in the state the request's scenario gives them, for the properties every such family must keep.
 *
 * @param <R> the request
 */
record SkeletonFamily<R extends Request>(
    AssistanceProfile<R> profile,
    Workflow<R, AssistanceStatus, AssistanceAction> workflow,
    Arbitrary<R> requests,
    BiFunction<R, SimulatedClock, Environment> environments) {

  /**
   * The family with the testkit's requests of it, complete nine times in ten and otherwise missing
   * one required item (where the testkit can remove one), and no linked case.
   */
  SkeletonFamily(AssistanceProfile<R> profile, Workflow<R, AssistanceStatus, AssistanceAction> workflow) {
    this(profile, workflow, requestsOf(profile));
  }

  /** The family with {@code requests}, and no linked case. */
  SkeletonFamily(
      AssistanceProfile<R> profile, Workflow<R, AssistanceStatus, AssistanceAction> workflow, Arbitrary<R> requests) {
    this(profile, workflow, requests, (act, clock) -> SkeletonScenarios.environment(clock));
  }

  /**
   * The testkit's requests of the family, complete nine times in ten and otherwise missing one
   * required item (where the testkit can remove one).
   */
  static <R extends Request> Arbitrary<R> requestsOf(AssistanceProfile<R> profile) {
    Arbitrary<R> complete = ModelArbitraries.actsOf(profile.family()).map(profile.requestType()::cast);
    if (IncompleteArbitraries.removableCodes(profile.family()).isEmpty()) {
      return complete;
    }
    Arbitrary<R> incomplete =
        IncompleteArbitraries.incompleteActsOf(profile.family()).map(i -> profile.requestType().cast(i.act()));
    return Arbitraries.frequencyOf(Tuple.of(9, complete), Tuple.of(1, incomplete));
  }

  @Override
  public String toString() {
    return profile.family().name();
  }
}
