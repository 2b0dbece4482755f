package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import org.treatyflow.model.common.ArticleCitation;

/**
 * What a request under BC 31 asks the requested Party to do with data stored on its territory.
 *
 * <p>Legal basis: BC 31(1): to search or similarly access, seize or similarly secure, and disclose
 * stored data, including data preserved under BC 29. Adding a constant is a breaking change.
 */
public enum StoredDataAccessMeasure {
  /** Search or similarly access the data. */
  SEARCH_OR_SIMILAR_ACCESS,
  /** Seize or similarly secure the data. */
  SEIZURE_OR_SIMILAR_SECURING,
  /** Disclose the data to the requesting Party. */
  DISCLOSURE;

  /** The provision that lists the measure: BC 31(1), for every constant. */
  public ArticleCitation legalBasis() {
    return BUDAPEST.cite(31, 1);
  }
}
