package org.treatyflow.workflow.assistance;

/**
 * The steps of a request to hear a witness or expert by video conference (2AP 11, unverified in
 * detail). Adding a constant is a breaking change.
 */
public enum VideoConferenceAction {
  /** The requesting Party sends the request. */
  TRANSMIT,
  /** The requested Party records that the request arrived. */
  RECEIVE,
  /** The requested Party permits the hearing on the arrangements stated in the request. */
  AGREE,
  /** The requested Party does not permit the hearing, with a recorded refusal. */
  REFUSE,
  /** The requested Party records that the hearing took place, and its record is transferred. */
  HOLD_HEARING,
  /** The requesting Party closes the case once it has the record of the hearing. */
  CLOSE,
  /** The requesting Party withdraws the request before the hearing. */
  WITHDRAW
}
