package org.treatyflow.workflow.assistance;

/**
 * Where a request to hear a witness or expert by video conference stands (2AP 11, unverified in
 * detail). Adding a constant is a breaking change.
 */
public enum VideoConferenceStatus {
  /** Being written by the requesting Party. */
  DRAFT,
  /** Sent to the requested Party. */
  TRANSMITTED,
  /** Received by the requested Party, which decides whether to permit the hearing. */
  RECEIVED,
  /**
   * The requested Party permits the hearing on the arrangements the request states: the date
   * proposed and, where stated, the language of the hearing.
   */
  AGREED,
  /** The requested Party does not permit the hearing. Terminal. */
  REFUSED,
  /** The hearing took place; its record goes to the requesting Party. */
  HEARING_HELD,
  /** The requesting Party closed the case after the hearing. Terminal. */
  CLOSED,
  /** The requesting Party withdrew the request before the hearing. Terminal. */
  WITHDRAWN
}
