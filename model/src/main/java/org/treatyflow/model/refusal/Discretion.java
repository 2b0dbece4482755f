package org.treatyflow.model.refusal;

/**
 * Whether a requested Party may, or must, refuse when a ground is made out.
 *
 * <p>Every ground of the three treaties is worded "may refuse" (BC 25(4), 27(4), 29(5), 30(2); WC
 * 28(1)-(4)); none obliges a Party to refuse. {@link #MANDATORY} exists so that a Party-specific
 * policy can record that its own law makes a ground compulsory.
 */
public enum Discretion {
  /** The requested Party may refuse, but need not. */
  OPTIONAL,
  /** The requested Party must refuse; used only by domestic policy, never by the treaties. */
  MANDATORY
}
