package org.treatyflow.workflow.assistance;

import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import org.treatyflow.model.common.Request;
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

  /** The family with the testkit's complete requests of it, and no linked case. */
  SkeletonFamily(AssistanceProfile<R> profile, Workflow<R, AssistanceStatus, AssistanceAction> workflow) {
    this(
        profile,
        workflow,
        ModelArbitraries.actsOf(profile.family()).map(profile.requestType()::cast),
        UnaryOperator.identity());
  }

  @Override
  public String toString() {
    return profile.family().name();
  }
}
