package org.treatyflow.workflow.assistance;

/**
 * The steps of an agreement on a joint investigation team (2AP 12, unverified in detail). Adding a
 * constant is a breaking change.
 */
public enum JointInvestigationTeamAction {
  /** A competent authority named in the agreement signs it for its Party. */
  SIGN,
  /** The agreement is concluded, once every Party's competent authority has signed. */
  AGREE,
  /** A competent authority named in the agreement declines to enter into it. */
  DECLINE,
  /** The team starts work, on or after the agreed start date. */
  START,
  /** A competent authority named in the agreement ends the team by decision. */
  CONCLUDE,
  /** The agreed end date has passed: the team's term is over. */
  EXPIRE,
  /** The team is continued under another agreement, named with the step, that sets a new end date. */
  EXTEND
}
