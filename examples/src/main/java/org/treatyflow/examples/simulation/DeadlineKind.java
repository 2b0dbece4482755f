package org.treatyflow.examples.simulation;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

import org.treatyflow.model.common.ArticleCitation;

/**
 * The deadlines of the library's workflows that a simulated case can miss. A breach is counted when
 * the workflow records the step that follows the deadline: {@code EXPIRE} of a preservation, {@code
 * CLOSE_INCOMPLETE} of a request whose amendments came too late.
 */
public enum DeadlineKind {
  /**
   * The preservation period (at least 60 days) ran out before the follow-up request arrived, so the
   * data was no longer preserved (BC 29(7)).
   */
  PRESERVATION_PERIOD(
      BUDAPEST.cite(29, 7),
      "Preservation period ended before the follow-up request arrived"),
  /**
   * The time limit the requested Party set for amendments passed without them, and the request was
   * closed (WC 38(2); closing is the library's reading, unverified).
   */
  AMENDMENT_TIME_LIMIT(
      WARSAW.cite(38, 2),
      "Time limit for amendments passed; request closed incomplete");

  private final ArticleCitation citation;
  private final String description;

  DeadlineKind(ArticleCitation citation, String description) {
    this.citation = citation;
    this.description = description;
  }

  /** The article that sets the deadline. */
  public ArticleCitation citation() {
    return citation;
  }

  /** What a breach means, in a phrase for a trainer. */
  public String description() {
    return description;
  }
}
