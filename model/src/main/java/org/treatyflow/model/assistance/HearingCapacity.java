package org.treatyflow.model.assistance;

/**
 * The capacity in which a person is heard by video conference.
 *
 * <p>Legal basis: 2AP 11 (testimony and statements of witnesses or experts; unverified in detail).
 * Whether other persons, such as suspects, may be heard under 2AP 11 is not settled in the
 * library's legal reference, so no such constant is offered. Adding a constant is a breaking change.
 */
public enum HearingCapacity {
  /** A witness giving testimony or a statement. */
  WITNESS,
  /** An expert giving testimony or a statement. */
  EXPERT
}
