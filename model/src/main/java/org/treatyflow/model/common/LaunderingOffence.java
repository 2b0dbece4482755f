package org.treatyflow.model.common;

import static org.treatyflow.model.common.Instrument.WARSAW;

/** The forms of money laundering each Party criminalises under WC 9(1)(a)-(d). */
public enum LaunderingOffence {
  /** Conversion or transfer of property known to be proceeds, to conceal its origin (WC 9(1)(a)). */
  CONVERSION_OR_TRANSFER("a"),
  /** Concealment or disguise of the nature, source, location or ownership of proceeds (WC 9(1)(b)). */
  CONCEALMENT_OR_DISGUISE("b"),
  /** Acquisition, possession or use of property known to be proceeds (WC 9(1)(c)). */
  ACQUISITION_POSSESSION_OR_USE("c"),
  /** Participation, association, conspiracy, attempt, aiding and abetting (WC 9(1)(d)). */
  PARTICIPATION("d");

  private final String point;

  LaunderingOffence(String point) {
    this.point = point;
  }

  /** The provision, e.g. {@code WC 9(1)(a)}. */
  public ArticleCitation legalBasis() {
    return WARSAW.cite(9, 1, point);
  }
}
