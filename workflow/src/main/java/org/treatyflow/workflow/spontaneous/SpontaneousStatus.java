package org.treatyflow.workflow.spontaneous;

/**
 * Where spontaneous information stands (BC 26; WC 20 with WC 43(3)); both families use these
 * statuses. Adding a constant is a breaking change.
 */
public enum SpontaneousStatus {
  /** Being written by the providing Party. */
  DRAFT,
  /**
   * Sent to the receiving Party, with the confidentiality or conditions the sender attaches, if any
   * (BC 26(2); WC 43(3)).
   */
  SENT,
  /**
   * The receiving Party accepted the information. Under BC 26(2) it is bound by the confidentiality
   * and conditions attached. Under WC 43(3) it is bound by the confidentiality requirement, subject
   * to its domestic law, and by nothing else: conditions on use attached to WC 20 information do
   * not bind it under that article. Terminal.
   */
  ACCEPTED_BOUND,
  /**
   * The receiving Party said it cannot comply with the confidentiality or conditions (BC 26(2)), or,
   * under WC 43(3), with the confidentiality requirement; the providing Party decides whether to
   * provide the information anyway (BC 26(2); for WC 20 by analogy, unverified).
   */
  CONDITIONS_REJECTED,
  /**
   * The providing Party decided to provide the information although the receiving Party cannot
   * comply with what was attached (BC 26(2): "nevertheless"). Terminal.
   */
  PROVIDED_NEVERTHELESS,
  /** The providing Party decided not to provide the information. Terminal. */
  WITHHELD
}
