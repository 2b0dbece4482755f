package org.treatyflow.workflow.fiu;

/** The steps of an exchange between Financial Intelligence Units (WC 46). Adding a constant is a breaking change. */
public enum FiuExchangeAction {
  /** The requesting FIU sends its request (WC 46(2), 46(4)). */
  SEND,
  /** An FIU sends information without a request (WC 46(2)). */
  SEND_SPONTANEOUSLY,
  /** The requested FIU provides the information, with any conditions on its use (WC 46(5), 46(8)). */
  PROVIDE,
  /** The requested FIU refuses to divulge the information, explaining why (WC 46(6)). */
  REFUSE,
  /** The receiving FIU asks the supplying FIU's prior consent to an onward use (WC 46(7)). */
  REQUEST_CONSENT,
  /** The supplying FIU consents (WC 46(7)). */
  GRANT_CONSENT,
  /** The supplying FIU refuses consent on the grounds WC 46(9) allows, explaining why. */
  DENY_CONSENT
}
