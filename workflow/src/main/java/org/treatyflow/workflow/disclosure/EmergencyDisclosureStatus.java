package org.treatyflow.workflow.disclosure;

/**
 * Where a request for expedited disclosure in an emergency between 24/7 points of contact stands
 * (2AP 9, unverified in detail). Adding a constant is a breaking change.
 */
public enum EmergencyDisclosureStatus {
  /** Being written by the requesting Party's 24/7 point of contact. */
  DRAFT,
  /** Received by the requested Party's 24/7 point of contact, electronically or orally. */
  RECEIVED,
  /** The requested Party determined, on a rapidly expedited basis, that it will act (2AP 9(6)). */
  DETERMINED,
  /** The requested Party proposed conditions; the requesting Party answers (2AP 9(6)-(7)). */
  CONDITIONS_PROPOSED,
  /** The requesting Party accepted the conditions, which bind it (2AP 9(7)). */
  CONDITIONS_ACCEPTED,
  /** The data obtained from the provider was passed to the requesting Party. */
  DATA_PROVIDED,
  /**
   * The requested Party, by its 2AP 9(5) declaration, requires the request to be submitted again
   * after execution, in the format or through the channel it specified (possibly mutual assistance).
   */
  POST_EXECUTION_SUBMISSION_REQUIRED,
  /** Terminal: done. */
  CLOSED,
  /** Terminal: the requested Party declined to execute the request. */
  DECLINED,
  /** Terminal: withdrawn by the requesting Party. */
  WITHDRAWN
}
