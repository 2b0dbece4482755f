package org.treatyflow.model.provisional;

import static org.treatyflow.model.common.Instrument.WARSAW;

import org.treatyflow.model.common.ArticleCitation;

/**
 * The provisional measure a requesting Party asks for, to prevent any dealing in, transfer or
 * disposal of property that may later be confiscated.
 *
 * <p>Legal basis: WC 21(1). Adding a constant is a breaking change: callers switch over measures.
 */
public enum ProvisionalMeasure {
  /** Freezing: the property stays where it is but may not be dealt in, transferred or disposed of. */
  FREEZING,
  /** Seizure: the property is taken into the custody of the requested Party's authorities. */
  SEIZURE;

  /** The provision that names the measure: WC 21(1). */
  public ArticleCitation legalBasis() {
    return WARSAW.cite(21, 1);
  }
}
