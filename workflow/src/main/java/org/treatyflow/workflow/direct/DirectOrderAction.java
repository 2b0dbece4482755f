package org.treatyflow.workflow.direct;

/**
 * The steps of an order for subscriber information sent directly to a provider (2AP 7). Adding a
 * constant is a breaking change.
 */
public enum DirectOrderAction {
  /** The issuing authority issues the order and serves it on the provider. */
  ISSUE,
  /** The provider consults the requested Party's authority (2AP 7(5)(b)). */
  CONSULT,
  /** The requested Party's authority instructs the provider not to disclose (2AP 7(5)(c)). */
  BLOCK,
  /** The provider discloses the subscriber information. */
  DISCLOSE,
  /** The provider says it will not disclose (2AP 7(7)). */
  DECLINE,
  /** The provider's time to disclose ran out (2AP 7(7)). */
  TIME_OUT,
  /** The issuing Party turns to a 2AP 8 request or mutual assistance (2AP 7(7)). */
  ESCALATE,
  /** The issuing Party withdraws the order. */
  WITHDRAW
}
