package org.treatyflow.workflow.fiu;

/**
 * Where an exchange of information between Financial Intelligence Units stands (WC 46). Adding a
 * constant is a breaking change.
 */
public enum FiuExchangeStatus {
  /** Being written by the requesting FIU, or by the FIU that will send information spontaneously. */
  DRAFT,
  /** Requested: the requested FIU is to provide all relevant information (WC 46(4)-(5)). */
  REQUESTED,
  /**
   * Provided, on request or spontaneously (WC 46(2), 46(5)), under the conditions of use the
   * supplying FIU attached (WC 46(8)); used only for analysis unless it consents (WC 46(7)).
   */
  PROVIDED,
  /**
   * The requested FIU refused to divulge the information, with an explanation (WC 46(6)), or its
   * Party, having reserved on WC 46(5), required a formal letter of request (WC 53(2)). Terminal.
   */
  REFUSED,
  /**
   * The receiving FIU asked the supplying FIU's prior consent to use the information in criminal
   * investigations or prosecutions (WC 46(7)); consent may be refused only as WC 46(9) allows.
   */
  CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS,
  /**
   * The receiving FIU asked the supplying FIU's prior consent to another use, or to passing the
   * information on to a third party (WC 46(7)).
   */
  CONSENT_REQUESTED_FOR_OTHER_USE,
  /** The supplying FIU consented to the onward use asked for (WC 46(7)). */
  CONSENT_GRANTED,
  /**
   * The supplying FIU refused its consent: for criminal investigations or prosecutions on a
   * restriction of its national law or a WC 46(6) condition, with an explanation (WC 46(9)); for
   * another use, with a refusal recorded (WC 46(7)).
   */
  CONSENT_DENIED
}
