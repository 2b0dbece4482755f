package org.treatyflow.model.refusal;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.Verification;

/**
 * A reason the treaties forbid as a ground for refusal, so that the workflow can reject a refusal
 * that rests on it with a violation citing the provision.
 *
 * <p>These are deliberately not constants of {@link GroundForRefusal}: a refusal cannot be built on
 * them. Legal basis: WC 28(7), 28(8)(a)-(c); BC 25(4).
 */
public enum InadmissibleReason {
  /** X1: bank secrecy is not a ground; a Party may only require judicial authorisation to lift it. */
  BANK_SECRECY(
      "X1",
      WARSAW.cite(28, 7),
      "Bank secrecy cannot be invoked to refuse cooperation; the requested Party may only require"
          + " that a request to lift it be authorised by a judge or another judicial authority,"
          + " including a public prosecutor.",
      "Le secret bancaire ne peut pas être invoqué pour refuser la coopération ; la Partie requise"
          + " peut seulement exiger que la demande de levée soit autorisée par un juge ou une autre"
          + " autorité judiciaire, y compris un procureur."),
  /** X2(a): the person concerned is a legal person. */
  LEGAL_PERSON(
      "X2a",
      WARSAW.cite(28, 8, "a"),
      "That the person concerned is a legal person is no obstacle to cooperation.",
      "Le fait que la personne visée soit une personne morale ne fait pas obstacle à la"
          + " coopération."),
  /**
   * X2(b): the natural person has died or the legal person has been dissolved after the
   * confiscation order.
   */
  DEATH_OR_DISSOLUTION(
      "X2b",
      WARSAW.cite(28, 8, "b"),
      "The death of the natural person or the dissolution of the legal person after the"
          + " confiscation order is no obstacle to cooperation.",
      "Le décès de la personne physique ou la dissolution de la personne morale après la décision"
          + " de confiscation ne fait pas obstacle à la coopération."),
  /** X2(c): the person is named both as author of the predicate offence and as launderer. */
  SELF_LAUNDERING(
      "X2c",
      WARSAW.cite(28, 8, "c"),
      "That the person is named both as author of the predicate offence and of the laundering is no"
          + " obstacle to cooperation.",
      "Le fait que la personne soit visée à la fois comme auteur de l'infraction principale et du"
          + " blanchiment ne fait pas obstacle à la coopération."),
  /** B4 as sole ground: fiscal character alone, for an offence of BC Articles 2-11. */
  FISCAL_ONLY_FOR_BUDAPEST_OFFENCE(
      "B4",
      BUDAPEST.cite(25, 4),
      "For offences established under BC Articles 2 to 11, a request may not be refused solely"
          + " because the offence is considered fiscal.",
      "Pour les infractions établies aux articles 2 à 11 de la Convention, une demande ne peut pas"
          + " être refusée au seul motif que l'infraction est considérée comme fiscale.");

  private final String code;
  private final ArticleCitation citation;
  private final BilingualText explanation;

  InadmissibleReason(String code, ArticleCitation citation, String english, String french) {
    this.code = code;
    this.citation = citation;
    this.explanation = new BilingualText(english, french);
  }

  /** The number in the legal reference's table, e.g. {@code X1}. */
  public String code() {
    return code;
  }

  /** The provision that forbids the reason. */
  public ArticleCitation citation() {
    return citation;
  }

  /** Why the reason cannot be used, for a case officer, in English and French. */
  public BilingualText explanation() {
    return explanation;
  }

  /** All of these provisions were read in the treaty text. */
  public Verification verification() {
    return Verification.CONFIRMED;
  }
}
