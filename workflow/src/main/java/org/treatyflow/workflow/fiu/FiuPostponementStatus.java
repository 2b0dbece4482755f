package org.treatyflow.workflow.fiu;

/**
 * Where a request to postpone a suspicious transaction stands (WC 47). Adding a constant is a
 * breaking change.
 */
public enum FiuPostponementStatus {
  /** Being written by the requesting FIU. */
  DRAFT,
  /** Received by the requested FIU, which is to take urgent action (WC 47(1)). */
  RECEIVED,
  /**
   * The transaction is suspended, or consent to it withheld, for the period of the requested
   * Party's domestic law (WC 47(1)); the treaty sets no period.
   */
  POSTPONED,
  /**
   * The requested FIU declined: it was not satisfied that the transaction relates to money
   * laundering and would have been suspended, or consent to it withheld, had it been the subject of
   * a domestic suspicious transaction report (WC 47(2)); or its Party reserved on Article 47 and
   * need not act (WC 53(2)). Terminal.
   */
  JUSTIFICATION_INSUFFICIENT,
  /** The domestic period of postponement ran out. Terminal. */
  EXPIRED,
  /** The requested FIU let the transaction go ahead before the period ran out. Terminal. */
  RELEASED,
  /**
   * The postponement was followed by a request for provisional measures (WC 21) that now holds the
   * funds: a modelling suggestion, not set by the treaty. Terminal.
   */
  CONVERTED_TO_PROVISIONAL_MEASURE
}
