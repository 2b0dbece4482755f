package org.treatyflow.workflow.assistance;

import net.jqwik.api.Arbitrary;
import org.treatyflow.model.common.Request;
import org.treatyflow.testkit.ModelArbitraries;
import org.treatyflow.workflow.Workflow;

/**
 * A family on the mutual assistance skeleton, with its profile and the testkit's requests of it,
 * for the properties every such family must keep.
 *
 * @param <R> the request
 */
record SkeletonFamily<R extends Request>(
    AssistanceProfile<R> profile, Workflow<R, AssistanceStatus, AssistanceAction> workflow) {

  /** Complete requests of the family, between Parties the test registry binds. */
  Arbitrary<R> requests() {
    return ModelArbitraries.actsOf(profile.family()).map(profile.requestType()::cast);
  }

  @Override
  public String toString() {
    return profile.family().name();
  }
}
