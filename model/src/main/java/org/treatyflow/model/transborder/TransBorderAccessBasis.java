package org.treatyflow.model.transborder;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import org.treatyflow.model.common.ArticleCitation;

/**
 * The two cases in which a Party may access stored computer data in another State without that
 * State's authorisation.
 *
 * <p>Legal basis: BC 32(a) and 32(b). The list is closed by the treaty; adding a constant is a
 * breaking change.
 */
public enum TransBorderAccessBasis {
  /** Publicly available (open source) stored data, wherever it is located (BC 32(a)). */
  PUBLICLY_AVAILABLE(BUDAPEST.citePoint(32, "a")),
  /**
   * Stored data in another Party, accessed or received through a computer system on the accessing
   * Party's territory with the lawful and voluntary consent of the person who has the lawful
   * authority to disclose it through that system (BC 32(b)).
   */
  LAWFUL_AND_VOLUNTARY_CONSENT(BUDAPEST.citePoint(32, "b"));

  private final ArticleCitation legalBasis;

  TransBorderAccessBasis(ArticleCitation legalBasis) {
    this.legalBasis = legalBasis;
  }

  /** The provision that allows access in this case. */
  public ArticleCitation legalBasis() {
    return legalBasis;
  }
}
