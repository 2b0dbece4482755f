package org.treatyflow.workflow.assistance;

import static com.google.common.base.Preconditions.checkNotNull;

import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Verification;

/**
 * The article that allows a step of the skeleton for one family, and whether the library's reading
 * of it is verified against the treaty text.
 *
 * @param citation the article
 * @param verification whether the step rests on verified treaty text
 */
public record Provision(ArticleCitation citation, Verification verification) {
  public Provision {
    checkNotNull(citation, "citation");
    checkNotNull(verification, "verification");
  }

  /** A step the cited text, as verified, allows. */
  public static Provision per(ArticleCitation citation) {
    return new Provision(citation, Verification.CONFIRMED);
  }

  /** A step resting on the library's reading, or on text the legal reference marks unverified. */
  public static Provision perUnverified(ArticleCitation citation) {
    return new Provision(citation, Verification.UNVERIFIED);
  }
}
