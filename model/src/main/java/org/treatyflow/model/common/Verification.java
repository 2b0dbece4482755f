package org.treatyflow.model.common;

/**
 * Whether a rule, deadline or article reference was checked against a treaty text or an official
 * status table.
 *
 * <p>The legal reference marks some statements "(unverified)": they reflect the drafters' best
 * understanding and are encoded as data that a user can override, never as hard invariants. Rules
 * and violations carry this marker so that a case officer can see how firm the ground is.
 */
public enum Verification {
  /** Checked against a treaty text (English or an official translation) or a status table. */
  CONFIRMED,
  /** Not confirmed against a treaty text; a configurable default. */
  UNVERIFIED
}
