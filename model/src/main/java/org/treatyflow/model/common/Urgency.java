package org.treatyflow.model.common;

/**
 * How fast a request must be dealt with.
 *
 * <p>Adding a constant is a breaking change: callers switch over urgencies.
 */
public enum Urgency {
  /** The ordinary course. */
  ROUTINE,
  /**
   * Urgent circumstances: expedited means of communication (BC 25(3)) and the direct judicial
   * channel (BC 27(9); WC 34(2)) are open.
   */
  URGENT,
  /**
   * A significant and imminent risk to the life or safety of a natural person: the emergency paths
   * of 2AP 9 and 2AP 10 (definition in 2AP 3, unverified).
   */
  EMERGENCY
}
