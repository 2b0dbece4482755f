package org.treatyflow.workflow.assistance;

import java.util.List;

/** Every family written on the mutual assistance skeleton. */
final class SkeletonFamilies {
  private SkeletonFamilies() {}

  static final List<SkeletonFamily<?>> ALL =
      List.of(
          new SkeletonFamily<>(MutualAssistanceWorkflow.PROFILE, MutualAssistanceWorkflow.WORKFLOW),
          new SkeletonFamily<>(StoredDataAccessWorkflow.PROFILE, StoredDataAccessWorkflow.WORKFLOW),
          new SkeletonFamily<>(RealTimeTrafficWorkflow.PROFILE, RealTimeTrafficWorkflow.WORKFLOW),
          new SkeletonFamily<>(InterceptionWorkflow.PROFILE, InterceptionWorkflow.WORKFLOW));
}
