package org.treatyflow.workflow.transborder;

/**
 * The steps of the accessing Party's record of a trans-border access (BC 32), one per case of the
 * article. Adding a constant is a breaking change.
 */
public enum TransBorderAccessAction {
  /** The access to publicly available (open source) stored data is recorded (BC 32(a)). */
  RECORD_PUBLICLY_AVAILABLE,
  /** The access with lawful and voluntary consent is recorded (BC 32(b)). */
  RECORD_WITH_CONSENT
}
