package org.treatyflow.model.person;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.Optional;
import org.treatyflow.model.common.ArticleCitation;

/** The capacity in which a person is concerned by a request. */
public enum PersonRole {
  /** A person under investigation or prosecuted (WC 37(1)(e)(i); WC 17(1)). */
  SUSPECT(WARSAW.cite(17, 1)),
  /** A victim, to be compensated from returned property (WC 25(2)). */
  VICTIM(WARSAW.cite(25, 2)),
  /** A bona fide third party with rights in property frozen or confiscated (WC 31, 32). */
  BONA_FIDE_THIRD_PARTY(WARSAW.cite(32)),
  /** A legitimate owner to whom property may be returned (WC 25(2)). */
  LEGITIMATE_OWNER(WARSAW.cite(25, 2)),
  /** A witness or expert, e.g. heard by video conference (2AP 11). */
  WITNESS_OR_EXPERT(null);

  private final ArticleCitation legalBasis;

  PersonRole(ArticleCitation legalBasis) {
    this.legalBasis = legalBasis;
  }

  /** The provision that gives the role its significance, where there is one. */
  public Optional<ArticleCitation> legalBasis() {
    return Optional.ofNullable(legalBasis);
  }
}
