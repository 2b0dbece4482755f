package org.treatyflow.model.common;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

/**
 * A condition on the use of information or material supplied.
 *
 * <p>Legal basis: BC 28(2), WC 42. A Party that accepts a condition is bound by it (BC 28(3)).
 */
public enum UseCondition {
  /** Kept confidential, where the request could not be complied with otherwise (BC 28(2)(a)). */
  CONFIDENTIAL(BUDAPEST.cite(28, 2, "a")),
  /** Used only for the investigations or proceedings named in the request (BC 28(2)(b)). */
  PURPOSE_LIMITED(BUDAPEST.cite(28, 2, "b")),
  /**
   * Not used or passed on for other investigations or proceedings without the requested Party's
   * prior consent (WC 42(1)).
   */
  NO_OTHER_USE_WITHOUT_CONSENT(WARSAW.cite(42, 1));

  private final ArticleCitation legalBasis;

  UseCondition(ArticleCitation legalBasis) {
    this.legalBasis = legalBasis;
  }

  /** The provision that allows the condition. */
  public ArticleCitation legalBasis() {
    return legalBasis;
  }
}
