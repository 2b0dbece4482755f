package org.treatyflow.workflow.disclosure;

/**
 * The steps of a request for expedited disclosure in an emergency between 24/7 points of contact
 * (2AP 9, unverified in detail). Adding a constant is a breaking change.
 */
public enum EmergencyDisclosureAction {
  /** The requesting 24/7 point of contact sends the request to its counterpart. */
  SEND,
  /** The requesting Party confirms an oral request in electronic form. */
  CONFIRM_ELECTRONICALLY,
  /** The requested Party determines, on a rapidly expedited basis, that it will act (2AP 9(6)). */
  DETERMINE,
  /** The requested Party proposes conditions for providing the data (2AP 9(6)). */
  PROPOSE_CONDITIONS,
  /** The requesting Party accepts the conditions, which then bind it (2AP 9(7)). */
  ACCEPT_CONDITIONS,
  /** The requested Party passes the data obtained from the provider. */
  PROVIDE_DATA,
  /** The requested Party declines to execute the request (2AP 9(6)). */
  DECLINE,
  /** The requested Party requires the request to be submitted again after execution (2AP 9(5)). */
  REQUIRE_SUBMISSION,
  /** The requesting Party submits the request again as required, naming that submission (2AP 9(5)). */
  SUBMIT_AFTER_EXECUTION,
  /** The case is closed. */
  CLOSE,
  /** The requesting Party withdraws the request. */
  WITHDRAW
}
