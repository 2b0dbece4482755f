package org.treatyflow.workflow.direct;

/**
 * Where a request for domain name registration information sent directly to a registrar stands
 * (2AP 6). Adding a constant is a breaking change.
 */
public enum DomainRegistrationStatus {
  /** Being written by the requesting authority. */
  DRAFT,
  /** Sent to the registrar or registry, which may disclose (2AP 6). */
  SENT,
  /** The registrar disclosed the registration information. Terminal. */
  DISCLOSED,
  /** The registrar declined to disclose (2AP 6, unverified). */
  DECLINED,
  /** The registrar did not answer (2AP 6, unverified). */
  NO_RESPONSE,
  /** The requesting Party seeks the information through another channel of cooperation. Terminal. */
  REFERRED,
  /** The requesting Party withdrew the request. Terminal. */
  WITHDRAWN
}
