package org.treatyflow.workflow.direct;

/**
 * The steps of a request for domain name registration information sent directly to a registrar
 * (2AP 6). Adding a constant is a breaking change.
 */
public enum DomainRegistrationAction {
  /** The requesting authority sends the request to the registrar or registry. */
  SEND,
  /** The registrar discloses the registration information. */
  DISCLOSE,
  /** The registrar declines to disclose. */
  DECLINE,
  /** The requesting authority records that the registrar has not answered. */
  RECORD_NO_RESPONSE,
  /** The requesting Party turns to another channel of cooperation (2AP 6, unverified). */
  USE_OTHER_CHANNELS,
  /** The requesting Party withdraws the request. */
  WITHDRAW
}
