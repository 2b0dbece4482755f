package org.treatyflow.model.refusal;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;

/**
 * A reservation the requested Party must have made before it may raise a ground against one family.
 *
 * <p>This enum is local to the refusal grounds on purpose: the register of Parties keeps its own
 * codes, and maps them onto this requirement when it calls {@link RefusalGrounds#available}.
 *
 * <p>Legal basis: BC 29(4).
 */
public enum ReservationRequirement {
  /**
   * The BC 29(4) reservation: a Party that requires dual criminality for search, seizure or
   * disclosure of stored data may refuse preservation where it believes dual criminality cannot be
   * met at disclosure, never for offences established under BC Articles 2 to 11. Without the
   * reservation, dual criminality may not be required for preservation (BC 29(3)).
   */
  BC_29_4(BUDAPEST.cite(29, 4), RequestFamily.EXPEDITED_PRESERVATION, true);

  private final ArticleCitation citation;
  private final RequestFamily family;
  private final boolean excludesBudapestOffences;

  ReservationRequirement(
      ArticleCitation citation, RequestFamily family, boolean excludesBudapestOffences) {
    this.citation = citation;
    this.family = family;
    this.excludesBudapestOffences = excludesBudapestOffences;
  }

  /** The provision that allows the reservation. */
  public ArticleCitation citation() {
    return citation;
  }

  /** The only family for which the reservation is needed; other families do not consult it. */
  public RequestFamily family() {
    return family;
  }

  /** Whether the reservation can never be used for offences of BC Articles 2 to 11. */
  public boolean excludesBudapestOffences() {
    return excludesBudapestOffences;
  }

  /** Whether the reservation's text was read in the treaty. */
  public Verification verification() {
    return Verification.CONFIRMED;
  }
}
