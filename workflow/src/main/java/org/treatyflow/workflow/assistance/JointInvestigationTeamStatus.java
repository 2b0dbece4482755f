package org.treatyflow.workflow.assistance;

/**
 * Where an agreement on a joint investigation team stands (2AP 12, unverified in detail). Adding a
 * constant is a breaking change.
 */
public enum JointInvestigationTeamStatus {
  /** The agreement is proposed; the competent authorities of the Parties sign it one by one. */
  PROPOSED,
  /** Every Party's competent authority signed and the agreement is concluded; the team has not started. */
  AGREED,
  /** The team works, on the terms of the agreement, including those on the use of information. */
  OPERATING,
  /** The team ended, by decision or because its end date passed. Terminal. */
  CONCLUDED,
  /** A Party's competent authority declined to enter into the agreement. Terminal. */
  DECLINED,
  /**
   * The team continues under another agreement, which sets a new end date and is a case of its own.
   * Terminal.
   */
  EXTENDED
}
