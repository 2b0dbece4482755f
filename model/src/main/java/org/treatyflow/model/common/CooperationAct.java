package org.treatyflow.model.common;

import java.util.List;

/**
 * Anything of a {@link RequestFamily}: a request, spontaneous information, a disclosure, a record or
 * an arrangement.
 */
public interface CooperationAct {
  /** The family, fixed for each type. */
  RequestFamily family();

  /**
   * Every item of the content the treaty requires that is missing or inconsistent, each citing its
   * article; empty when the act is complete. Never null. The acts of the model are immutable, so
   * each computes this list once, on first use, and returns the same immutable list afterwards.
   */
  List<Violation> completenessViolations();

  /** Whether {@link #completenessViolations()} is empty. */
  default boolean isComplete() {
    return completenessViolations().isEmpty();
  }
}
