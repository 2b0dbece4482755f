package org.treatyflow.workflow.preservation;

/** Where a preservation request stands (BC 29). Adding a constant is a breaking change. */
public enum PreservationStatus {
  /** Being written by the requesting Party. */
  DRAFT,
  /** Sent, not yet received. */
  TRANSMITTED,
  /** Received by the requested Party, which must act expeditiously (BC 29(3)). */
  RECEIVED,
  /**
   * The requested Party warned that preservation will not secure the data or will harm the
   * investigation; the requesting Party decides (BC 29(6)).
   */
  AWAITING_REQUESTER_DECISION,
  /** The data is preserved, for at least 60 days (BC 29(7)). */
  PRESERVED,
  /** A follow-up request was received: the data stays preserved until it is decided (BC 29(7)). */
  PRESERVED_PENDING_DECISION,
  /** Refused on a ground of BC 29(4)-(5). Terminal. */
  REFUSED,
  /** The preservation period ran out without a follow-up request. Terminal. */
  EXPIRED,
  /** The data is no longer held under this request. Terminal. */
  RELEASED,
  /** The requesting Party withdrew the request. Terminal. */
  WITHDRAWN
}
