package org.treatyflow.workflow.direct;

/**
 * Where an order for subscriber information sent directly to a provider stands (2AP 7). Adding a
 * constant is a breaking change.
 */
public enum DirectOrderStatus {
  /** Being written by the issuing authority. */
  DRAFT,
  /** Served on the provider, which has 30 days, or the order's longer time frame, to disclose (2AP 7(7), unverified). */
  SERVED_ON_PROVIDER,
  /** The provider consults the requested Party's authority before disclosing (2AP 7(5)(b), unverified). */
  PROVIDER_CONSULTING_AUTHORITY,
  /** The provider disclosed the subscriber information. Terminal. */
  DISCLOSED,
  /**
   * The provider declined, or did not disclose in time; the issuing Party may enforce only through
   * 2AP 8 or mutual assistance (2AP 7(7), unverified).
   */
  NOT_DISCLOSED,
  /**
   * The requested Party's notified or consulted authority instructed the provider not to disclose,
   * with reasons (2AP 7(5)(c), unverified).
   */
  BLOCKED,
  /** The issuing Party pursues the data by a 2AP 8 request or mutual assistance. Terminal. */
  ESCALATED,
  /** The issuing Party withdrew the order. Terminal. */
  WITHDRAWN
}
