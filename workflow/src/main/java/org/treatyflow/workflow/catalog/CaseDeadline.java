package org.treatyflow.workflow.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Verification;

/**
 * A deadline running in a case: what ends, when, under which article, and whether the period rests
 * on text the legal reference could confirm. Found by {@link CaseDeadlines#open}; never stored, as
 * the family's deadline class derives it from the case history.
 *
 * @param name what ends, in a few words for a case officer (one of the names {@link CaseDeadlines}
 *     lists, such as {@value CaseDeadlines#PRESERVATION_ENDS}); never blank
 * @param due the instant the period is over
 * @param citation the article that sets the period
 * @param verification {@link Verification#UNVERIFIED} where the legal reference marks the period
 *     unverified
 */
public record CaseDeadline(String name, Instant due, ArticleCitation citation, Verification verification) {
  public CaseDeadline {
    checkNotNull(name, "CaseDeadline.name");
    checkArgument(!name.isBlank(), "CaseDeadline.name must not be blank");
    checkNotNull(due, "CaseDeadline.due");
    checkNotNull(citation, "CaseDeadline.citation");
    checkNotNull(verification, "CaseDeadline.verification");
  }

  /** Whether the period rests on text the legal reference marks unverified. */
  public boolean isUnverified() {
    return verification == Verification.UNVERIFIED;
  }
}
