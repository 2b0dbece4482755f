package org.treatyflow.model.refusal;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.WarsawSection;

/**
 * A ground on which the requested Party may refuse cooperation, with the articles that give it, the
 * request families it may be raised against and the conditions that limit it.
 *
 * <p>The constants follow the refusal table of the legal reference: {@code B1}-{@code B8} for the
 * Budapest Convention and its Second Protocol (B6, the closed lists of BC 29(5) and 30(2), is a rule
 * on the other grounds and is encoded in their families, not as a constant), {@code W1}-{@code W15}
 * for WC 28, {@code T1} for WC 32(2) and {@code F1}, {@code F2} for FIU cooperation. Every ground of
 * the treaties is discretionary ("may refuse"), so {@link #discretion()} is always {@link
 * Discretion#OPTIONAL}. Bank secrecy and the other reasons that are not grounds are in {@link
 * InadmissibleReason}.
 *
 * <p>For the Warsaw Convention, {@link RequestFamily#DISPOSAL} (WC 25) is treated as Section 4
 * cooperation for the general grounds of WC 28(1)(a)-(f), which apply to all cooperation under
 * Chapter IV. The confiscation-specific grounds (W10-W15) test the confiscation decision itself and
 * are raised against {@link RequestFamily#CONFISCATION} only. W7 (dual criminality) and T1
 * (recognition of a third-party-rights decision) are not confiscation-specific: W7 applies to
 * Section 2 requests involving coercive action, to provisional measures and to confiscation; T1 to
 * provisional measures and confiscation. Neither is raised against disposal.
 *
 * <p>Where a Budapest ground applies to a Second Protocol family only by reference (2AP 7(5)(c)(ii),
 * 8(8), and BC 27(4) through 2AP 10 where no mutual assistance treaty is in force), {@link
 * #verification()} stays the ground's own and {@link #verificationFor(RequestFamily)} reports that
 * application as unverified. Whether a ground may be raised in a given case is decided by {@link
 * RefusalGrounds#available} and checked by {@link RefusalGrounds#check}; B4 is available for every
 * offence but may not be the sole ground for an offence of BC Articles 2-11 (BC 25(4)), a rule on
 * the set of grounds that only {@link RefusalGrounds#check} applies.
 *
 * <p>Legal basis: BC 25(4), 27(4), 29(4)-(5), 30(2); 2AP 7(5)(c), 8(8), 10 (unverified); WC
 * 28(1)-(6), 32(2), 46(6), 47(2). Adding a constant is a breaking change: callers switch over
 * grounds.
 */
public enum GroundForRefusal {
  /**
   * B1: the offence is political or connected with a political offence. Against 2AP 7 and 8 by
   * reference (2AP 7(5)(c)(ii), 8(8)), and against 2AP 10 requests through BC 27(4) where no mutual
   * assistance treaty is in force; those applications are unverified (see {@link
   * #verificationFor(RequestFamily)}).
   */
  BC_POLITICAL_OFFENCE(
      "B1",
      Verification.CONFIRMED,
      text(
          "The offence is considered political or connected with a political offence.",
          "L'infraction est considérée comme politique ou connexe à une infraction politique."),
      Scope.union(
          Scope.PRESERVATION,
          Scope.TRAFFIC_DISCLOSURE,
          Scope.BUDAPEST_MLA,
          Scope.PRODUCTION_ORDER,
          Scope.DIRECT_ORDER,
          Scope.EMERGENCY_MLA),
      Scope.none(),
      null,
      BUDAPEST.cite(29, 5, "a"),
      BUDAPEST.cite(30, 2, "a"),
      BUDAPEST.cite(27, 4, "a"),
      SECOND_PROTOCOL.cite(10)),
  /**
   * B2: execution is likely to prejudice sovereignty, security, ordre public or other essential
   * interests. Applied to 2AP 7, 8 and 10 as B1 is, and as unverified.
   */
  BC_ESSENTIAL_INTERESTS(
      "B2",
      Verification.CONFIRMED,
      text(
          "Execution is likely to prejudice sovereignty, security, ordre public or other essential"
              + " interests.",
          "L'exécution risque de porter atteinte à la souveraineté, à la sécurité, à l'ordre public ou"
              + " à d'autres intérêts essentiels."),
      Scope.union(
          Scope.PRESERVATION,
          Scope.TRAFFIC_DISCLOSURE,
          Scope.BUDAPEST_MLA,
          Scope.PRODUCTION_ORDER,
          Scope.DIRECT_ORDER,
          Scope.EMERGENCY_MLA),
      Scope.none(),
      null,
      BUDAPEST.cite(29, 5, "b"),
      BUDAPEST.cite(30, 2, "b"),
      BUDAPEST.cite(27, 4, "b"),
      SECOND_PROTOCOL.cite(10)),
  /**
   * B3: dual criminality is not met. Against preservation only with the BC 29(4) reservation, only
   * where there is reason to believe dual criminality cannot be fulfilled at the time of disclosure,
   * and never for BC 2-11 offences; against other mutual assistance as the applicable treaty or law
   * provides. Compare conduct, not labels (BC 25(5)).
   */
  BC_DUAL_CRIMINALITY(
      "B3",
      Verification.CONFIRMED,
      text(
          "Dual criminality: the conduct is not an offence under the requested Party's law or,"
              + " against preservation (BC 29(4)), there is reason to believe that dual"
              + " criminality cannot be fulfilled at the time of disclosure.",
          "Double incrimination : les faits ne constituent pas une infraction dans le droit de la"
              + " Partie requise ou, s'agissant d'une conservation (art. 29, par. 4), il y a lieu de"
              + " croire que la condition de la double incrimination ne pourra pas être remplie au"
              + " moment de la divulgation."),
      Scope.union(Scope.PRESERVATION, Scope.BUDAPEST_MLA),
      Scope.none(),
      ReservationRequirement.BC_29_4,
      BUDAPEST.cite(29, 4),
      BUDAPEST.cite(25, 4),
      BUDAPEST.cite(25, 5)),
  /**
   * B4: fiscal offence. Available for every offence, but for offences of BC Articles 2-11 it may not
   * be the sole ground (BC 25(4)): {@link RefusalGrounds#check} reports a refusal resting on it
   * alone. For other offences it depends on the applicable treaty or law.
   */
  BC_FISCAL_OFFENCE(
      "B4",
      Verification.CONFIRMED,
      text(
          "The offence is considered a fiscal offence.",
          "L'infraction est considérée comme une infraction fiscale."),
      Scope.BUDAPEST_MLA,
      Scope.of(Condition.NOT_SOLE_GROUND_FOR_BUDAPEST_OFFENCES),
      null,
      BUDAPEST.cite(25, 4)),
  /**
   * B5: a ground provided by the applicable mutual assistance treaty or by domestic law; also against
   * 2AP 10 requests where a mutual assistance treaty is in force (unverified, see {@link
   * #verificationFor(RequestFamily)}).
   */
  BC_TREATY_OR_DOMESTIC_GROUND(
      "B5",
      Verification.CONFIRMED,
      text(
          "A ground for refusal provided by the applicable mutual assistance treaty or by the law of"
              + " the requested Party.",
          "Un motif de refus prévu par le traité d'entraide applicable ou par le droit de la Partie"
              + " requise."),
      Scope.union(Scope.BUDAPEST_MLA, Scope.EMERGENCY_MLA),
      Scope.none(),
      null,
      BUDAPEST.cite(25, 4),
      SECOND_PROTOCOL.cite(10)),
  /**
   * B7: disclosure may prejudice investigations or proceedings in the notified Party; raised by that
   * Party's designated authority as an instruction to the provider not to disclose (a block), not
   * by the provider.
   */
  AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS(
      "B7",
      Verification.UNVERIFIED,
      text(
          "Disclosure may prejudice criminal investigations or proceedings in the notified Party.",
          "La divulgation peut porter préjudice à des enquêtes ou procédures pénales dans la Partie"
              + " notifiée."),
      Scope.DIRECT_ORDER,
      Scope.of(Condition.BLOCK_INSTRUCTION_ONLY),
      null,
      SECOND_PROTOCOL.cite(7, 5, "c", "i")),
  /** B8: the grounds of BC 25(4) or 27(4) would apply had mutual assistance been used. */
  AP_MLA_GROUNDS_WOULD_APPLY(
      "B8",
      Verification.UNVERIFIED,
      text(
          "The grounds of BC 25(4) or 27(4) would apply had the data been sought by mutual"
              + " assistance.",
          "Les motifs des articles 25(4) ou 27(4) de la Convention s'appliqueraient si les données"
              + " avaient été demandées par l'entraide."),
      Scope.union(Scope.DIRECT_ORDER, Scope.PRODUCTION_ORDER),
      Scope.none(),
      null,
      SECOND_PROTOCOL.cite(7, 5, "c", "ii"),
      SECOND_PROTOCOL.cite(8, 8)),
  /** W1: contrary to fundamental principles of the requested Party's legal system. */
  WC_FUNDAMENTAL_PRINCIPLES(
      "W1",
      Verification.CONFIRMED,
      text(
          "The action would be contrary to the fundamental principles of the legal system of the"
              + " requested Party.",
          "La mesure serait contraire aux principes fondamentaux de l'ordre juridique de la Partie"
              + " requise."),
      Scope.WARSAW_ALL,
      Scope.none(),
      null,
      WARSAW.cite(28, 1, "a")),
  /** W2: likely prejudice to sovereignty, security, ordre public or other essential interests. */
  WC_ESSENTIAL_INTERESTS(
      "W2",
      Verification.CONFIRMED,
      text(
          "Execution is likely to prejudice sovereignty, security, ordre public or other essential"
              + " interests.",
          "L'exécution risque de porter atteinte à la souveraineté, à la sécurité, à l'ordre public ou"
              + " à d'autres intérêts essentiels."),
      Scope.WARSAW_ALL,
      Scope.none(),
      null,
      WARSAW.cite(28, 1, "b")),
  /** W3: the importance of the case does not justify the action. */
  WC_PROPORTIONALITY(
      "W3",
      Verification.CONFIRMED,
      text(
          "The importance of the case does not justify the action.",
          "L'importance de l'affaire ne justifie pas la mesure."),
      Scope.WARSAW_ALL,
      Scope.none(),
      null,
      WARSAW.cite(28, 1, "c")),
  /** W4: political offence; not available for financing of terrorism. */
  WC_POLITICAL_OFFENCE(
      "W4",
      Verification.CONFIRMED,
      text(
          "The offence is a political offence.",
          "L'infraction est une infraction politique."),
      Scope.WARSAW_ALL,
      Scope.of(Condition.NOT_FOR_FINANCING_OF_TERRORISM),
      null,
      WARSAW.cite(28, 1, "e")),
  /** W5: fiscal offence; not available for financing of terrorism. */
  WC_FISCAL_OFFENCE(
      "W5",
      Verification.CONFIRMED,
      text(
          "The offence is a fiscal offence.",
          "L'infraction est une infraction fiscale."),
      Scope.WARSAW_ALL,
      Scope.of(Condition.NOT_FOR_FINANCING_OF_TERRORISM),
      null,
      WARSAW.cite(28, 1, "d")),
  /** W6: ne bis in idem. */
  WC_NE_BIS_IN_IDEM(
      "W6",
      Verification.CONFIRMED,
      text(
          "Execution would be contrary to the principle of ne bis in idem.",
          "L'exécution serait contraire au principe ne bis in idem."),
      Scope.WARSAW_ALL,
      Scope.none(),
      null,
      WARSAW.cite(28, 1, "f")),
  /**
   * W7: no dual criminality, judged on the underlying conduct. Against Section 2 only where coercive
   * action is involved; never against non-coercive Section 2 requests.
   */
  WC_DUAL_CRIMINALITY(
      "W7",
      Verification.CONFIRMED,
      text(
          "The conduct would not be an offence under the law of the requested Party.",
          "Les faits ne constitueraient pas une infraction dans le droit de la Partie requise."),
      Scope.union(Scope.WARSAW_SECTION_2, Scope.WARSAW_SECTION_3, Scope.WARSAW_SECTION_4),
      Scope.of(Condition.ONLY_WHERE_COERCIVE),
      null,
      WARSAW.cite(28, 1, "g")),
  /** W8: the measure could not be taken under the requested Party's law in a similar domestic case. */
  WC_NOT_AVAILABLE_DOMESTICALLY(
      "W8",
      Verification.CONFIRMED,
      text(
          "The measure could not be taken under the requested Party's law in a similar domestic"
              + " case.",
          "La mesure ne pourrait pas être prise en vertu du droit de la Partie requise dans une"
              + " affaire interne analogue."),
      Scope.union(Scope.WARSAW_SECTION_2, Scope.WARSAW_SECTION_3),
      Scope.of(Condition.ONLY_WHERE_COERCIVE),
      null,
      WARSAW.cite(28, 2)),
  /**
   * W9: the measure is not permitted under the requesting Party's law, or the request was not
   * authorised by a judge or other judicial authority; only where the requested Party's law
   * requires it (a Party policy, checked by the workflow).
   */
  WC_NOT_PERMITTED_OR_NOT_JUDICIALLY_AUTHORISED(
      "W9",
      Verification.CONFIRMED,
      text(
          "The measure is not permitted under the requesting Party's law, or the request was not"
              + " authorised by a judge or another judicial authority.",
          "La mesure n'est pas admise par le droit de la Partie requérante, ou la demande n'a pas été"
              + " autorisée par un juge ou une autre autorité judiciaire."),
      Scope.union(Scope.WARSAW_SECTION_2, Scope.WARSAW_SECTION_3),
      Scope.of(Condition.ONLY_WHERE_COERCIVE),
      null,
      WARSAW.cite(28, 3)),
  /** W10: confiscation is not provided for this type of offence in the requested Party's law. */
  WC_CONFISCATION_NOT_PROVIDED(
      "W10",
      Verification.CONFIRMED,
      text(
          "The law of the requested Party does not provide for confiscation for this type of"
              + " offence.",
          "Le droit de la Partie requise ne prévoit pas la confiscation pour ce type d'infraction."),
      Scope.WARSAW_SECTION_4,
      Scope.none(),
      null,
      WARSAW.cite(28, 4, "a")),
  /** W11: contrary to domestic principles on the limits of confiscation. */
  WC_CONFISCATION_LIMITS(
      "W11",
      Verification.CONFIRMED,
      text(
          "Execution would be contrary to the requested Party's principles on the limits of"
              + " confiscation concerning the link between the offence and the proceeds or"
              + " instrumentalities.",
          "L'exécution serait contraire aux principes de la Partie requise sur les limites de la"
              + " confiscation quant au lien entre l'infraction et les produits ou instruments."),
      Scope.WARSAW_SECTION_4,
      Scope.none(),
      null,
      WARSAW.cite(28, 4, "b")),
  /** W12: confiscation can no longer be imposed or enforced because of lapse of time. */
  WC_LAPSE_OF_TIME(
      "W12",
      Verification.CONFIRMED,
      text(
          "Confiscation can no longer be imposed or enforced because of lapse of time.",
          "La confiscation ne peut plus être prononcée ou exécutée en raison de la prescription."),
      Scope.WARSAW_SECTION_4,
      Scope.none(),
      null,
      WARSAW.cite(28, 4, "c")),
  /** W13: the request does not relate to a previous conviction or an equivalent judicial decision. */
  WC_NO_CONVICTION_LINK(
      "W13",
      Verification.CONFIRMED,
      text(
          "The request does not relate to a previous conviction or to a judicial decision finding"
              + " that offences were committed.",
          "La demande ne se rapporte ni à une condamnation antérieure ni à une décision judiciaire"
              + " constatant la commission d'infractions."),
      Scope.WARSAW_SECTION_4,
      Scope.none(),
      null,
      WARSAW.cite(28, 4, "d")),
  /** W14: the confiscation order is not enforceable or is subject to ordinary means of appeal. */
  WC_ORDER_NOT_ENFORCEABLE(
      "W14",
      Verification.CONFIRMED,
      text(
          "The confiscation order is not enforceable in the requesting Party or is still subject to"
              + " ordinary means of appeal.",
          "La décision de confiscation n'est pas exécutoire dans la Partie requérante ou est encore"
              + " susceptible de recours ordinaires."),
      Scope.WARSAW_SECTION_4,
      Scope.none(),
      null,
      WARSAW.cite(28, 4, "e")),
  /** W15: decision in absentia without the minimum rights of defence. */
  WC_IN_ABSENTIA(
      "W15",
      Verification.CONFIRMED,
      text(
          "The decision was rendered in absentia without respect for the minimum rights of"
              + " defence.",
          "La décision a été rendue par défaut sans respect des droits minimaux de la défense."),
      Scope.WARSAW_SECTION_4,
      Scope.none(),
      null,
      WARSAW.cite(28, 4, "f"),
      WARSAW.cite(28, 5),
      WARSAW.cite(28, 6)),
  /** T1: refusal to recognise a decision on rights claimed by third parties. */
  WC_THIRD_PARTY_DECISION_NOT_RECOGNISED(
      "T1",
      Verification.CONFIRMED,
      text(
          "The judicial decision on rights claimed by third parties cannot be recognised.",
          "La décision judiciaire relative aux droits revendiqués par des tiers ne peut pas être"
              + " reconnue."),
      Scope.union(Scope.WARSAW_SECTION_3, Scope.WARSAW_SECTION_4),
      Scope.none(),
      null,
      WARSAW.cite(32, 2, "a"),
      WARSAW.cite(32, 2, "b"),
      WARSAW.cite(32, 2, "c"),
      WARSAW.cite(32, 2, "d")),
  /**
   * F1: the FIU declines to divulge information that could impair a criminal investigation, would be
   * clearly disproportionate or would not accord with fundamental principles; must be explained.
   */
  FIU_REFUSAL_TO_DIVULGE(
      "F1",
      Verification.CONFIRMED,
      text(
          "Divulging the information could impair a criminal investigation, would be clearly"
              + " disproportionate or would not accord with fundamental principles of national law.",
          "La communication des informations pourrait entraver une enquête pénale, serait"
              + " manifestement disproportionnée ou contraire aux principes fondamentaux du droit"
              + " national."),
      Scope.of(RequestFamily.FIU_INFORMATION_EXCHANGE),
      Scope.none(),
      null,
      WARSAW.cite(46, 6)),
  /** F2: the conditions for postponing a transaction at a foreign FIU's request are not met. */
  FIU_POSTPONEMENT_CONDITIONS_NOT_MET(
      "F2",
      Verification.CONFIRMED,
      text(
          "The justification does not show that the transaction relates to money laundering and"
              + " would have been suspended on a domestic suspicious transaction report.",
          "La justification ne montre pas que l'opération est liée au blanchiment et qu'elle aurait"
              + " été suspendue sur déclaration d'opération suspecte interne."),
      Scope.of(RequestFamily.FIU_POSTPONEMENT),
      Scope.none(),
      null,
      WARSAW.cite(47, 2, "a"),
      WARSAW.cite(47, 2, "b"));

  /** A condition that narrows when a ground may be raised. */
  enum Condition {
    ONLY_WHERE_COERCIVE,
    NOT_FOR_FINANCING_OF_TERRORISM,
    NOT_SOLE_GROUND_FOR_BUDAPEST_OFFENCES,
    BLOCK_INSTRUCTION_ONLY
  }

  private final String code;
  private final Verification verification;
  private final BilingualText title;
  private final Set<RequestFamily> families;
  private final Set<Condition> conditions;
  private final Optional<ReservationRequirement> requiresReservation;
  private final ImmutableList<ArticleCitation> citations;

  GroundForRefusal(
      String code,
      Verification verification,
      BilingualText title,
      Set<RequestFamily> families,
      Set<Condition> conditions,
      ReservationRequirement requiresReservation,
      ArticleCitation... citations) {
    this.code = code;
    this.verification = verification;
    this.title = title;
    this.families = Collections.unmodifiableSet(EnumSet.copyOf(families));
    this.conditions = conditions.isEmpty() ? Set.of() : EnumSet.copyOf(conditions);
    this.requiresReservation = Optional.ofNullable(requiresReservation);
    this.citations = ImmutableList.copyOf(citations);
  }

  private static BilingualText text(String english, String french) {
    return new BilingualText(english, french);
  }

  /** The number of the ground in the legal reference's table, e.g. {@code B1} or {@code W7}. */
  public String code() {
    return code;
  }

  /** The articles that give the ground, never empty; the first is the principal one. */
  public List<ArticleCitation> citations() {
    return citations;
  }

  /**
   * Whether the ground was read in the treaty text; B7 and B8 rest on the unverified 2AP text. This
   * is the ground's own verification; its application to a Second Protocol family by reference may
   * be less certain, see {@link #verificationFor(RequestFamily)}.
   */
  public Verification verification() {
    return verification;
  }

  /**
   * Whether the ground's application to {@code family}, or its not applying to it, was read in the
   * treaty text. A Budapest ground applies to Second Protocol families (2AP 7, 8 and 10) only by
   * reference, through provisions not read in the 2AP text, so that application is {@link
   * Verification#UNVERIFIED} even where the ground itself is confirmed. For every other family the
   * ground's own {@link #verification()} is returned.
   */
  public Verification verificationFor(RequestFamily family) {
    if (verification == Verification.UNVERIFIED) {
      return Verification.UNVERIFIED;
    }
    boolean budapestGround = citations.get(0).instrument() == Instrument.BUDAPEST;
    return budapestGround && family.instrument() == Instrument.SECOND_PROTOCOL
        ? Verification.UNVERIFIED
        : verification;
  }

  /** Always {@link Discretion#OPTIONAL}: every treaty ground is worded "may refuse". */
  public Discretion discretion() {
    return Discretion.OPTIONAL;
  }

  /** The ground in English and French, for a decision or a case officer. */
  public BilingualText title() {
    return title;
  }

  /** The families the ground may be raised against, never empty. */
  public Set<RequestFamily> families() {
    return families;
  }

  /**
   * Whether, against a Warsaw Section 2 request, the ground needs coercive action (W7 per WC
   * 28(1)(g); W8 and W9 per WC 28(2)-(3)). Sections 3 and 4 are coercive by nature.
   */
  public boolean onlyWhereCoercive() {
    return conditions.contains(Condition.ONLY_WHERE_COERCIVE);
  }

  /** Whether the ground is unavailable when the offence is financing of terrorism (WC 28(1)(d)-(e)). */
  public boolean notForFinancingOfTerrorism() {
    return conditions.contains(Condition.NOT_FOR_FINANCING_OF_TERRORISM);
  }

  /**
   * Whether the ground may not be the sole ground for an offence of BC Articles 2-11 (BC 25(4)). It
   * stays available for such offences; the rule is on the set of grounds invoked and is applied by
   * {@link RefusalGrounds#check}.
   */
  public boolean notSoleGroundForBudapestOffences() {
    return conditions.contains(Condition.NOT_SOLE_GROUND_FOR_BUDAPEST_OFFENCES);
  }

  /**
   * The reservation the requested Party needs to raise the ground against {@link
   * ReservationRequirement#family()}; empty if none is ever needed.
   */
  public Optional<ReservationRequirement> requiresReservation() {
    return requiresReservation;
  }

  /**
   * Whether the ground exists only as an instruction by the notified Party's authority to a
   * provider not to disclose (2AP 7(5)(c)), never as a refusal of a request.
   */
  public boolean blockInstructionOnly() {
    return conditions.contains(Condition.BLOCK_INSTRUCTION_ONLY);
  }

  /**
   * Whether the ground may be raised against {@code family} for {@code offence}, given whether the
   * request involves coercive action and whether the requested Party made the BC 29(4) reservation.
   * A rule on the set of grounds (B4 as sole ground) is not a matter of availability: see {@link
   * RefusalGrounds#check}.
   */
  public boolean isAvailable(
      RequestFamily family,
      boolean coercive,
      Offence offence,
      boolean requestedPartyHasBc29_4Reservation) {
    return unavailability(family, coercive, offence, requestedPartyHasBc29_4Reservation).isEmpty();
  }

  /** Why the ground may not be raised in this case; empty if it may. */
  Optional<Unavailability> unavailability(
      RequestFamily family,
      boolean coercive,
      Offence offence,
      boolean requestedPartyHasBc29_4Reservation) {
    if (!families.contains(family)) {
      return Optional.of(Unavailability.FAMILY);
    }
    if (onlyWhereCoercive()
        && !coercive
        && family.warsawSection().equals(Optional.of(WarsawSection.INVESTIGATIVE_ASSISTANCE))) {
      return Optional.of(Unavailability.NOT_COERCIVE);
    }
    if (notForFinancingOfTerrorism() && offence.financingOfTerrorism()) {
      return Optional.of(Unavailability.FINANCING_OF_TERRORISM);
    }
    Optional<ReservationRequirement> needed =
        requiresReservation.filter(reservation -> reservation.family() == family);
    if (needed.isPresent()) {
      if (!requestedPartyHasBc29_4Reservation) {
        return Optional.of(Unavailability.NO_RESERVATION);
      }
      if (needed.get().excludesBudapestOffences() && offence.isBudapestOffence()) {
        return Optional.of(Unavailability.BUDAPEST_OFFENCE);
      }
    }
    return Optional.empty();
  }

  /** Why a ground may not be raised in a case, with the sentence for a case officer. */
  enum Unavailability {
    FAMILY(
        "This ground cannot be raised against this kind of request.",
        "Ce motif ne peut pas être opposé à ce type de demande."),
    NOT_COERCIVE(
        "Against a request for investigative assistance under the Warsaw Convention, this ground"
            + " can be raised only where coercive action is involved.",
        "Contre une demande d'assistance aux fins d'investigation au titre de la Convention de"
            + " Varsovie, ce motif ne peut être opposé que si une mesure coercitive est requise."),
    FINANCING_OF_TERRORISM(
        "This ground cannot be raised where the offence is financing of terrorism.",
        "Ce motif ne peut pas être opposé lorsque l'infraction relève du financement du"
            + " terrorisme."),
    NO_RESERVATION(
        "This ground can be raised against this kind of request only by a Party that made the"
            + " reservation allowing it.",
        "Ce motif ne peut être opposé à ce type de demande que par une Partie ayant formulé la"
            + " réserve qui le permet."),
    BUDAPEST_OFFENCE(
        "This ground cannot be raised against this kind of request for an offence established"
            + " under Articles 2 to 11 of the Budapest Convention.",
        "Ce motif ne peut pas être opposé à ce type de demande pour une infraction établie"
            + " conformément aux articles 2 à 11 de la Convention de Budapest.");

    private final BilingualText message;

    Unavailability(String english, String french) {
      this.message = new BilingualText(english, french);
    }

    BilingualText message() {
      return message;
    }
  }

  /** Families grouped as in the "applies to" column of the legal reference. */
  private static final class Scope {
    static final Set<RequestFamily> PRESERVATION = of(RequestFamily.EXPEDITED_PRESERVATION);
    static final Set<RequestFamily> TRAFFIC_DISCLOSURE =
        of(RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE);
    static final Set<RequestFamily> BUDAPEST_MLA =
        of(
            RequestFamily.MUTUAL_ASSISTANCE,
            RequestFamily.STORED_DATA_ACCESS,
            RequestFamily.REAL_TIME_TRAFFIC_COLLECTION,
            RequestFamily.CONTENT_INTERCEPTION);
    static final Set<RequestFamily> PRODUCTION_ORDER = of(RequestFamily.FOREIGN_PRODUCTION_ORDER);
    static final Set<RequestFamily> DIRECT_ORDER = of(RequestFamily.SUBSCRIBER_INFORMATION_ORDER);
    static final Set<RequestFamily> EMERGENCY_MLA = of(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE);
    static final Set<RequestFamily> WARSAW_SECTION_2 =
        of(
            RequestFamily.INVESTIGATIVE_ASSISTANCE,
            RequestFamily.BANK_ACCOUNT_INFORMATION,
            RequestFamily.BANKING_TRANSACTION_INFORMATION,
            RequestFamily.BANKING_TRANSACTION_MONITORING);
    static final Set<RequestFamily> WARSAW_SECTION_3 = of(RequestFamily.PROVISIONAL_MEASURES);
    static final Set<RequestFamily> WARSAW_SECTION_4 = of(RequestFamily.CONFISCATION);
    static final Set<RequestFamily> WARSAW_ALL =
        union(WARSAW_SECTION_2, WARSAW_SECTION_3, WARSAW_SECTION_4, of(RequestFamily.DISPOSAL));

    static Set<RequestFamily> of(RequestFamily first, RequestFamily... rest) {
      return EnumSet.of(first, rest);
    }

    @SafeVarargs
    static Set<RequestFamily> union(Set<RequestFamily>... sets) {
      Set<RequestFamily> union = EnumSet.noneOf(RequestFamily.class);
      for (Set<RequestFamily> set : sets) {
        union.addAll(set);
      }
      return union;
    }

    static Set<Condition> of(Condition condition) {
      return EnumSet.of(condition);
    }

    static Set<Condition> none() {
      return EnumSet.noneOf(Condition.class);
    }

    private Scope() {}
  }
}
