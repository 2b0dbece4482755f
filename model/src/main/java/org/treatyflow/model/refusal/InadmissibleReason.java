package org.treatyflow.model.refusal;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;

/**
 * A reason the treaties forbid as a ground for refusal, so that the workflow can reject a refusal
 * that rests on it with a violation citing the provision.
 *
 * <p>These are deliberately not constants of {@link GroundForRefusal}: a refusal cannot be built on
 * them. {@link RefusalGrounds#checkReasons} rejects them where given as reasons; {@link
 * RefusalGrounds#check} reports B4 invoked alone for an offence of BC Articles 2-11. The WC 28(8)
 * facts are no obstacle without prejudice to WC 28(1)(a) (W1): a refusal may still rest on the
 * fundamental principles of the requested Party's legal system.
 *
 * <p>Legal basis: WC 28(7), 28(8)(a)-(c); BC 25(4).
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
  /** X2(a): the person concerned is a legal person; subject to W1 (WC 28(1)(a)). */
  LEGAL_PERSON(
      "X2a",
      WARSAW.cite(28, 8, "a"),
      "Without prejudice to WC 28(1)(a), that the person concerned is a legal person is no obstacle"
          + " to cooperation.",
      "Sans préjudice de l'article 28(1)(a) de la Convention de Varsovie, le fait que la personne"
          + " visée soit une personne morale ne fait pas obstacle à la coopération."),
  /**
   * X2(b): the natural person has died or the legal person has been dissolved after the
   * confiscation order; subject to W1 (WC 28(1)(a)).
   */
  DEATH_OR_DISSOLUTION(
      "X2b",
      WARSAW.cite(28, 8, "b"),
      "Without prejudice to WC 28(1)(a), the death of the natural person or the dissolution of the"
          + " legal person after the confiscation order is no obstacle to cooperation.",
      "Sans préjudice de l'article 28(1)(a) de la Convention de Varsovie, le décès de la personne"
          + " physique ou la dissolution de la personne morale après la décision de confiscation ne"
          + " fait pas obstacle à la coopération."),
  /**
   * X2(c): the person is named both as author of the predicate offence and as launderer; subject to
   * W1 (WC 28(1)(a)).
   */
  SELF_LAUNDERING(
      "X2c",
      WARSAW.cite(28, 8, "c"),
      "Without prejudice to WC 28(1)(a), that the person is named both as author of the predicate"
          + " offence and of the laundering is no obstacle to cooperation.",
      "Sans préjudice de l'article 28(1)(a) de la Convention de Varsovie, le fait que la personne"
          + " soit visée à la fois comme auteur de l'infraction principale et du blanchiment ne fait"
          + " pas obstacle à la coopération."),
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

  /**
   * Whether the provision that forbids the reason governs a reply to a request of {@code family}:
   * WC 28(7)-(8) govern cooperation under Chapter IV of the Warsaw Convention; BC 25(4) governs the
   * families against which the fiscal ground B4 may be raised.
   */
  public boolean governs(RequestFamily family) {
    return this == FISCAL_ONLY_FOR_BUDAPEST_OFFENCE
        ? GroundForRefusal.BC_FISCAL_OFFENCE.families().contains(family)
        : family.warsawSection().isPresent();
  }

  /** All of these provisions were read in the treaty text. */
  public Verification verification() {
    return Verification.CONFIRMED;
  }
}
