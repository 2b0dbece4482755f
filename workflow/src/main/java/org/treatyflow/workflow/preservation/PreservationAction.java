package org.treatyflow.workflow.preservation;

/** The steps of a preservation request (BC 29). Adding a constant is a breaking change. */
public enum PreservationAction {
  /** The requesting Party sends the request. */
  SUBMIT,
  /** The requested Party receives it. */
  RECEIVE,
  /** The requested Party refuses it. */
  REFUSE,
  /** The requested Party warns that preservation would not help (BC 29(6)). */
  WARN_INEFFECTIVE,
  /** The requesting Party, warned, asks that preservation go ahead (BC 29(6)). */
  PROCEED,
  /** The requested Party preserves the data. */
  PRESERVE,
  /**
   * The requested Party renews the preservation for a further period, where its domestic law allows
   * (BC 16(2), unverified for BC 29).
   */
  RENEW,
  /** The requested Party receives the follow-up request for search, seizure or disclosure. */
  RECEIVE_FOLLOW_UP,
  /** The follow-up request was decided; the data is handled by that request from now on. */
  DECIDE_FOLLOW_UP,
  /** The preservation period ran out with no follow-up request. */
  EXPIRE,
  /** The requesting Party withdraws the request. */
  WITHDRAW
}
