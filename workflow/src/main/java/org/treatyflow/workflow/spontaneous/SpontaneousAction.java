package org.treatyflow.workflow.spontaneous;

/**
 * The steps of spontaneous information (BC 26; WC 20 with WC 43(3)); both families use these
 * actions. Adding a constant is a breaking change.
 */
public enum SpontaneousAction {
  /** The providing Party sends the information, with any confidentiality or conditions attached. */
  SEND,
  /**
   * The receiving Party accepts the information and, with it, the confidentiality and conditions
   * attached (BC 26(2)); under WC 43(3), the confidentiality requirement only, subject to its
   * domestic law.
   */
  ACCEPT,
  /**
   * The receiving Party informs the providing Party that it cannot comply with what is attached
   * (BC 26(2)), or with the confidentiality requirement (WC 43(3)).
   */
  CANNOT_COMPLY,
  /** The providing Party, so informed, provides the information anyway. */
  PROVIDE_NEVERTHELESS,
  /** The providing Party, so informed, withholds the information. */
  WITHHOLD
}
