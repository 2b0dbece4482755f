package org.treatyflow.model.confiscation;

import static org.treatyflow.model.common.Instrument.WARSAW;

import org.treatyflow.model.common.ArticleCitation;

/**
 * Whether confiscation is of specific property or of a sum of money equal to the value of the
 * proceeds.
 *
 * <p>Legal basis: WC 23(1) (property), WC 23(3) (value confiscation). Adding a constant is a
 * breaking change: callers switch over kinds.
 */
public enum ConfiscationKind {
  /** Confiscation of specific property: proceeds or instrumentalities (WC 23(1)). */
  PROPERTY(WARSAW.cite(23, 1)),
  /**
   * An order to pay a sum of money equal to the value of the proceeds, enforced on property in the
   * requested Party (WC 23(3)).
   */
  VALUE(WARSAW.cite(23, 3));

  private final ArticleCitation legalBasis;

  ConfiscationKind(ArticleCitation legalBasis) {
    this.legalBasis = legalBasis;
  }

  /** The provision that describes this kind. */
  public ArticleCitation legalBasis() {
    return legalBasis;
  }
}
