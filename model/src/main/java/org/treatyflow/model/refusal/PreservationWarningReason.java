package org.treatyflow.model.refusal;

import static org.treatyflow.model.common.Instrument.BUDAPEST;

import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.Verification;

/**
 * Why the requested Party warns that preservation may not serve its purpose (P2). This is not a
 * refusal: the requested Party informs the requesting Party promptly, and the requesting Party
 * decides whether the request is executed anyway.
 *
 * <p>Legal basis: BC 29(6).
 */
public enum PreservationWarningReason {
  /** Preservation will not ensure the future availability of the data. */
  WOULD_NOT_ENSURE_AVAILABILITY(
      "Preservation will not ensure the future availability of the data.",
      "La conservation ne garantira pas la disponibilité future des données."),
  /** Preservation will threaten the confidentiality of the requesting Party's investigation. */
  WOULD_THREATEN_CONFIDENTIALITY(
      "Preservation will threaten the confidentiality of the investigation.",
      "La conservation compromettra la confidentialité de l'enquête."),
  /** Preservation will otherwise prejudice the requesting Party's investigation. */
  WOULD_OTHERWISE_PREJUDICE_INVESTIGATION(
      "Preservation will otherwise prejudice the investigation.",
      "La conservation nuira d'une autre manière à l'enquête.");

  private final BilingualText title;

  PreservationWarningReason(String english, String french) {
    this.title = new BilingualText(english, french);
  }

  /** The provision that requires the warning: {@code BC 29(6)}. */
  public ArticleCitation citation() {
    return BUDAPEST.cite(29, 6);
  }

  /** The reason in English and French. */
  public BilingualText title() {
    return title;
  }

  /** BC 29(6) was read in the treaty text. */
  public Verification verification() {
    return Verification.CONFIRMED;
  }
}
