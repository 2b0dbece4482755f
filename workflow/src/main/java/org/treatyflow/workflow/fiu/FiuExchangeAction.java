package org.treatyflow.workflow.fiu;

/** The steps of an exchange between Financial Intelligence Units (WC 46). Adding a constant is a breaking change. */
public enum FiuExchangeAction {
  /** The requesting FIU sends its request (WC 46(2), 46(4)). */
  SEND,
  /** An FIU sends information without a request (WC 46(2)). */
  SEND_SPONTANEOUSLY,
  /**
   * The requested FIU provides the information, with any conditions on its use (WC 46(5), 46(8));
   * for a Party that reserved on WC 46(5) under WC 53(2), the exchange on request of WC 46(2).
   */
  PROVIDE,
  /**
   * The requested FIU refuses to divulge the information, explaining why (WC 46(6)), or, where its
   * Party reserved on WC 46(5), because a formal letter of request is required (WC 53(2)).
   */
  REFUSE,
  /**
   * The receiving FIU asks the supplying FIU's prior consent to use the information in criminal
   * investigations or prosecutions (WC 46(7)); a denial is then limited by WC 46(9).
   */
  REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS,
  /**
   * The receiving FIU asks the supplying FIU's prior consent to any other use beyond analysis, or to
   * passing the information on to a third party (WC 46(7)); WC 46(9) does not limit a denial.
   */
  REQUEST_CONSENT_FOR_OTHER_USE,
  /** The supplying FIU consents (WC 46(7)). */
  GRANT_CONSENT,
  /**
   * The supplying FIU refuses consent: for criminal investigations or prosecutions only on the
   * grounds WC 46(9) allows, explaining why; for another use, as WC 46(7) leaves it free to.
   */
  DENY_CONSENT
}
