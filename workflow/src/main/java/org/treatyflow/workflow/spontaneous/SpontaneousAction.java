package org.treatyflow.workflow.spontaneous;

/**
 * The steps of spontaneous information (BC 26; WC 20 with WC 43(3)); both families use these
 * actions. Adding a constant is a breaking change.
 */
public enum SpontaneousAction {
  /** The providing Party sends the information, with any confidentiality or conditions attached. */
  SEND,
  /** The receiving Party accepts the information and, with it, what is attached. */
  ACCEPT,
  /** The receiving Party informs the providing Party that it cannot comply with what is attached. */
  CANNOT_COMPLY,
  /** The providing Party, so informed, provides the information anyway. */
  PROVIDE_NEVERTHELESS,
  /** The providing Party, so informed, withholds the information. */
  WITHHOLD
}
