package org.treatyflow.workflow.assistance;

import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import org.treatyflow.model.common.Request;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.ModelArbitraries;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Workflow;

/**
 * A family on the mutual assistance skeleton, with its profile, the requests to run, and the cases
 * its rules need to find linked (a disposal needs its confiscation), for the properties every such
 * family must keep.
 *
 * @param <R> the request
 */
record SkeletonFamily<R extends Request>(
    AssistanceProfile<R> profile,
    Workflow<R, AssistanceStatus, AssistanceAction> workflow,
    Arbitrary<R> requests,
    UnaryOperator<Environment> links) {

  /**
   * The family with the testkit's requests of it, complete nine times in ten and otherwise missing
   * one required item (where the testkit can remove one), and no linked case.
   */
  SkeletonFamily(AssistanceProfile<R> profile, Workflow<R, AssistanceStatus, AssistanceAction> workflow) {
    this(profile, workflow, requestsOf(profile), UnaryOperator.identity());
  }

  private static <R extends Request> Arbitrary<R> requestsOf(AssistanceProfile<R> profile) {
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
