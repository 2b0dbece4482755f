package org.treatyflow.model.confiscation;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.Optional;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.person.PersonRole;

/**
 * What the requesting Party asks the requested Party to do with confiscated property.
 *
 * <p>Legal basis: WC 25(2) (return to the requesting Party so that it can compensate victims or
 * return the property to its legitimate owners), WC 25(3) (sharing). Adding a constant is a
 * breaking change: callers switch over dispositions.
 */
public enum Disposition {
  /** Return to the requesting Party so that it can compensate the victims (WC 25(2)). */
  RETURN_FOR_VICTIM_COMPENSATION(WARSAW.cite(25, 2), PersonRole.VICTIM),
  /** Return to the requesting Party so that it can return the property to its legitimate owners (WC 25(2)). */
  RETURN_TO_LEGITIMATE_OWNER(WARSAW.cite(25, 2), PersonRole.LEGITIMATE_OWNER),
  /** Sharing under an agreement or arrangement, regular or case by case (WC 25(3)). */
  SHARING(WARSAW.cite(25, 3), null);

  private final ArticleCitation legalBasis;
  private final PersonRole beneficiaryRole;

  Disposition(ArticleCitation legalBasis, PersonRole beneficiaryRole) {
    this.legalBasis = legalBasis;
    this.beneficiaryRole = beneficiaryRole;
  }

  /** The provision that provides for this disposition. */
  public ArticleCitation legalBasis() {
    return legalBasis;
  }

  /** Whether the property is to be returned to the requesting Party (WC 25(2)). */
  public boolean isReturn() {
    return beneficiaryRole != null;
  }

  /** The role every beneficiary of a return has; empty for sharing. */
  public Optional<PersonRole> beneficiaryRole() {
    return Optional.ofNullable(beneficiaryRole);
  }
}
