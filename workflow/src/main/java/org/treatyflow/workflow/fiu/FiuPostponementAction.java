package org.treatyflow.workflow.fiu;

/** The steps of a request to postpone a suspicious transaction (WC 47). Adding a constant is a breaking change. */
public enum FiuPostponementAction {
  /** The requesting FIU sends the request (WC 47(1)). */
  SEND,
  /** The requested FIU suspends the transaction or withholds consent to it (WC 47(1)-(2)). */
  POSTPONE,
  /**
   * The requested FIU declines, not being satisfied on WC 47(2)(a) and (b), or because its Party
   * reserved on Article 47 and need not act (WC 53(2)).
   */
  DECLINE,
  /** The domestic period of postponement ran out (WC 47(1)). */
  EXPIRE,
  /** The requested FIU lets the transaction go ahead before the period ran out (WC 47(1)). */
  RELEASE,
  /** A request for provisional measures (WC 21) takes over (a modelling suggestion, unverified). */
  CONVERT_TO_PROVISIONAL_MEASURE
}
