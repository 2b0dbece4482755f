package org.treatyflow.workflow.transborder;

/**
 * Where the accessing Party's record of a trans-border access stands (BC 32). Adding a constant is
 * a breaking change.
 */
public enum TransBorderAccessStatus {
  /** Being written by the accessing authority. */
  DRAFT,
  /** The access is recorded on the case of BC 32 it rests on. Terminal. */
  RECORDED
}
