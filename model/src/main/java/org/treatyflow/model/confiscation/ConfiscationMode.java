package org.treatyflow.model.confiscation;

import static org.treatyflow.model.common.Instrument.WARSAW;

import org.treatyflow.model.common.ArticleCitation;

/**
 * How the requested Party is asked to confiscate property on its territory.
 *
 * <p>Legal basis: WC 23(1)(a) and (b). Adding a constant is a breaking change: callers switch over
 * modes.
 */
public enum ConfiscationMode {
  /** Enforce the confiscation order made by a court of the requesting Party (WC 23(1)(a)). */
  ENFORCE_FOREIGN_ORDER(WARSAW.cite(23, 1, "a")),
  /**
   * Submit the request to the requested Party's competent authorities to obtain a domestic
   * confiscation order and, if granted, enforce it (WC 23(1)(b)).
   */
  DOMESTIC_ORDER(WARSAW.cite(23, 1, "b"));

  private final ArticleCitation legalBasis;

  ConfiscationMode(ArticleCitation legalBasis) {
    this.legalBasis = legalBasis;
  }

  /** The provision that opens this mode. */
  public ArticleCitation legalBasis() {
    return legalBasis;
  }
}
