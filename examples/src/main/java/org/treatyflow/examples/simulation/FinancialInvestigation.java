package org.treatyflow.examples.simulation;

/**
 * When the financial investigation of a case starts, relative to its cyber investigation: the
 * policy knob of the simulation.
 *
 * <p>The iPROCEEDS project (the legal reference's §8.4) found that financial investigations run in
 * parallel with cyber investigations remain rare. Starting the Warsaw track (WC 17, then WC 21, then
 * WC 23) only once the Budapest track (BC 29, then BC 31) is over leaves the proceeds longer within
 * reach of the suspects, so more of them are moved before the freezing takes effect.
 */
public enum FinancialInvestigation {
  /** The bank account information request (WC 17) is prepared as soon as the case opens. */
  PARALLEL("parallel"),
  /** The bank account information request is prepared only once the cyber track has ended. */
  AFTER_CYBER("after-cyber");

  private final String option;

  FinancialInvestigation(String option) {
    this.option = option;
  }

  /** The spelling on the command line: {@code parallel} or {@code after-cyber}. */
  public String option() {
    return option;
  }

  /**
   * The policy spelt {@code text} on the command line, ignoring case.
   *
   * @throws IllegalArgumentException if {@code text} is neither {@code parallel} nor {@code
   *     after-cyber}; the message lists both
   */
  public static FinancialInvestigation fromOption(String text) {
    for (FinancialInvestigation policy : values()) {
      if (policy.option.equalsIgnoreCase(text.trim())) {
        return policy;
      }
    }
    throw new IllegalArgumentException(
        "expected 'parallel' or 'after-cyber', was '" + text + "'");
  }
}
