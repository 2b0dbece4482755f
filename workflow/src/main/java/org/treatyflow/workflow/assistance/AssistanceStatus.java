package org.treatyflow.workflow.assistance;

/**
 * Where a request answered by mutual assistance stands: the statuses of the common skeleton that
 * the mutual assistance families share (BC 27, 31, 33, 34; 2AP 8, 10; WC Chapter IV), and those a
 * family adds to it. A family's table uses only the statuses its procedure knows; {@code
 * TransitionTable.statuses()} lists those.
 */
public enum AssistanceStatus {
  /** Being written by the requesting Party. */
  DRAFT,
  /** A draft sent to the requested Party's judicial authority to check it before the formal request (WC 34(6)). */
  DRAFT_CONSULTATION,
  /** Sent by the requesting Party. */
  TRANSMITTED,
  /** Registered by the requested Party. */
  RECEIVED,
  /** Being examined by the requested Party. */
  UNDER_REVIEW,
  /** The requested Party asked for amendments or more information (WC 38; 2AP 10). */
  AWAITING_AMENDMENT,
  /** The confidentiality asked for cannot be kept; the requesting Party decides (BC 27(8); WC 43(1)). */
  AWAITING_CONFIDENTIALITY_DECISION,
  /** Granted in part or under conditions; the requesting Party answers (BC 28(2)-(3); WC 30). */
  CONDITIONALLY_GRANTED,
  /** Action postponed (BC 27(5); WC 29). */
  POSTPONED,
  /** Accepted for execution. */
  ACCEPTED,
  /** Being executed. */
  EXECUTING,
  /** The results were sent to the requesting Party. */
  RESULT_TRANSMITTED,
  /** A provisional measure (freezing, seizure) is in force (WC 21-22). */
  MEASURE_IN_FORCE,
  /** The requested Party intends to lift the measure and hears the requesting Party first (WC 22(2)). */
  PENDING_LIFT_CONSULTATION,
  /** Property confiscated; it awaits disposal (WC 23-25). */
  CONFISCATED,
  /** Terminal: done. */
  CLOSED,
  /** Terminal: refused. */
  REFUSED,
  /** Terminal: withdrawn by the requesting Party. */
  WITHDRAWN,
  /** Terminal: the amendments asked for did not arrive within the time limit set (WC 38(2)). */
  CLOSED_INCOMPLETE,
  /** Terminal: the provisional measure was lifted. */
  LIFTED,
  /** Terminal: the requested Party disposed of the property under its own law (WC 25(1)). */
  DISPOSED,
  /** Terminal: the property was returned to the requesting Party, for victims or owners (WC 25(2)). */
  RETURNED,
  /** Terminal: the property was shared under an agreement or arrangement (WC 25(3)). */
  SHARED
}
