package org.treatyflow.workflow.fiu;

import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.DENY_CONSENT;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.GRANT_CONSENT;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.PROVIDE;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.REFUSE;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.REQUEST_CONSENT_FOR_OTHER_USE;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.SEND;
import static org.treatyflow.workflow.fiu.FiuExchangeAction.SEND_SPONTANEOUSLY;
import static org.treatyflow.workflow.fiu.FiuExchangeStatus.CONSENT_DENIED;
import static org.treatyflow.workflow.fiu.FiuExchangeStatus.CONSENT_GRANTED;
import static org.treatyflow.workflow.fiu.FiuExchangeStatus.CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS;
import static org.treatyflow.workflow.fiu.FiuExchangeStatus.CONSENT_REQUESTED_FOR_OTHER_USE;
import static org.treatyflow.workflow.fiu.FiuExchangeStatus.DRAFT;
import static org.treatyflow.workflow.fiu.FiuExchangeStatus.PROVIDED;
import static org.treatyflow.workflow.fiu.FiuExchangeStatus.REFUSED;
import static org.treatyflow.workflow.fiu.FiuExchangeStatus.REQUESTED;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.Optional;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of an exchange of information between Financial Intelligence Units, line by line
 * as WC 46 reads: a request and its answer (information provided under conditions of use, or an
 * explained refusal), or a spontaneous send, then the consent the receiving FIU needs for any use
 * beyond analysis.
 *
 * <p>Consent is asked for one of two purposes, which the action names: use in criminal
 * investigations or prosecutions, where the supplying FIU may refuse only on a restriction of its
 * national law or a WC 46(6) condition and must explain the refusal (WC 46(9)); or any other use
 * (including passing the information to a third party), where WC 46(7) leaves the supplying FIU
 * free and a denial needs only a refusal recorded.
 *
 * <p>A requested Party that made the reservation of WC 53(2) on WC 46(5) requires a formal letter of
 * request: it may refuse an FIU-to-FIU request on that basis, with a refusal that states no ground,
 * and when it provides the information it does so under the exchange on request of WC 46(2) rather
 * than under WC 46(5). The engine records one article per line, so the PROVIDE and REFUSE lines
 * keep citing WC 46(5) and 46(6); for such a Party they are to be read as WC 46(2) and WC 53(2).
 *
 * <p>The FIU that supplies the information is the requested FIU of a request and the requesting
 * (sending) FIU of a spontaneous send; the other one receives it and asks consent. Consent may be
 * asked again, for another use, after it was granted or denied; the only terminal status is {@link
 * FiuExchangeStatus#REFUSED}, since the conditions on use bind for as long as the information is
 * held (WC 46(7)-(8)).
 *
 * <p>Legal basis: WC 46(2), 46(4)-(9); WC 53(2) (reservation on WC 46(5)).
 */
public final class FiuExchangeWorkflow {
  private FiuExchangeWorkflow() {}

  /**
   * The request (or spontaneous send) carries what WC 46(4) requires and travels FIU to FIU; each
   * missing item is reported with its own article.
   */
  public static final Guard<StepContext<FiuInformationRequest>> REQUEST_COMPLETE =
      Guards.complete("WC_46_REQUEST_COMPLETE", WARSAW.cite(46, 4));

  /** The Warsaw Convention binds both Parties on the day of the send. */
  public static final Guard<StepContext<FiuInformationRequest>> CONVENTION_IN_FORCE =
      FiuGuards.warsawInForce("WC_46_2_CONVENTION_IN_FORCE", WARSAW.cite(46, 2));

  /** A request is sent as a request: one marked spontaneous is sent spontaneously. */
  public static final Guard<StepContext<FiuInformationRequest>> ON_REQUEST =
      Guard.require(
          "WC_46_2_ON_REQUEST",
          WARSAW.cite(46, 2),
          Verification.CONFIRMED,
          c -> !c.request().spontaneous(),
          "This information is marked as sent spontaneously: send it spontaneously, not as a"
              + " request.",
          "Ces informations sont marquées comme transmises spontanément : transmettez-les"
              + " spontanément et non comme une demande.");

  /** A spontaneous send is one marked spontaneous. */
  public static final Guard<StepContext<FiuInformationRequest>> SPONTANEOUS =
      Guard.require(
          "WC_46_2_SPONTANEOUS",
          WARSAW.cite(46, 2),
          Verification.CONFIRMED,
          c -> c.request().spontaneous(),
          "This is a request for information: send it as a request, with the facts and the"
              + " intended use.",
          "Il s'agit d'une demande d'informations : transmettez-la comme demande, avec les faits et"
              + " l'usage envisagé.");

  /**
   * The information provided is recorded with its transmission, which carries the conditions on
   * use the supplying FIU attaches (WC 46(8)). Recording it is the library's reading: unverified.
   */
  public static final Guard<StepContext<FiuInformationRequest>> TRANSMISSION_RECORDED =
      Guard.require(
          "WC_46_8_TRANSMISSION_RECORDED",
          WARSAW.cite(46, 8),
          Verification.UNVERIFIED,
          c ->
              FiuGuards.explaining(c)
                  || FiuGuards.replyAnswering(c, ResultTransmission.class)
                      .filter(t -> t.header().fromParty().equals(supplier(c)))
                      .isPresent(),
          "Record the information provided with its transmission to the requesting Financial"
              + " Intelligence Unit, and any conditions on its use.",
          "Consignez les informations fournies avec leur transmission à la cellule de"
              + " renseignement financier requérante, et les éventuelles conditions d'utilisation.");

  /**
   * A refusal rests on F1 (WC 46(6)) and is explained or, where the requested Party reserved on WC
   * 46(5), may state no ground: a formal letter of request is required (WC 53(2)).
   */
  public static final Guard<StepContext<FiuInformationRequest>> REFUSAL_ADMISSIBLE =
      Guards.refusalAdmissible(
          "WC_46_6_REFUSAL_ADMISSIBLE",
          WARSAW.cite(46, 6),
          FiuGuards::answers,
          FiuGuards.violation(
              "WC_46_6_REFUSAL_DOCUMENT",
              WARSAW.cite(46, 6),
              "reply",
              Verification.CONFIRMED,
              "A refusal to divulge must be recorded with the refusal of this request, its ground and"
                  + " its explanation.",
              "Un refus de communiquer doit être consigné avec le refus de cette demande, son motif"
                  + " et son explication."),
          FiuExchangeWorkflow::waivedUnderReservation,
          (c, refusal) ->
              RefusalGrounds.check(
                  RequestFamily.FIU_INFORMATION_EXCHANGE,
                  false,
                  FiuGuards.MONEY_LAUNDERING,
                  false,
                  refusal.grounds()));

  /**
   * Consent to use in criminal investigations or prosecutions may be refused only on a restriction
   * of national law or a WC 46(6) condition, and the refusal must be explained (WC 46(9)).
   */
  public static final Guard<StepContext<FiuInformationRequest>> CONSENT_DENIAL_ADMISSIBLE =
      Guard.computed(
          "WC_46_9_CONSENT_DENIAL_ADMISSIBLE",
          WARSAW.cite(46, 9),
          FiuExchangeWorkflow::consentDenialViolations);

  /**
   * Consent to another use may be refused freely (WC 46(7)); the denial is recorded with a refusal
   * answering this exchange.
   */
  public static final Guard<StepContext<FiuInformationRequest>> CONSENT_DENIAL_RECORDED =
      Guard.require(
          "WC_46_7_CONSENT_DENIAL_DOCUMENT",
          WARSAW.cite(46, 7),
          Verification.CONFIRMED,
          c -> FiuGuards.explaining(c) || FiuGuards.refusal(c).isPresent(),
          "A refusal of consent must be recorded with a refusal answering this exchange.",
          "Un refus de consentement doit être consigné avec un refus se rapportant à cet échange.");

  private static final Guard<StepContext<FiuInformationRequest>> BY_REQUESTING_FIU =
      FiuGuards.byFiuOf("REQUESTING", WARSAW.cite(46, 2), FiuGuards::requesting, "requesting", "requérante");

  private static final Guard<StepContext<FiuInformationRequest>> BY_REQUESTED_FIU =
      FiuGuards.byFiuOf("REQUESTED", WARSAW.cite(46, 5), FiuGuards::requested, "requested", "requise");

  private static final Guard<StepContext<FiuInformationRequest>> BY_RECEIVING_FIU =
      FiuGuards.byFiuOf(
          "RECEIVING", WARSAW.cite(46, 7), FiuExchangeWorkflow::recipient, "receiving", "destinataire");

  private static final Guard<StepContext<FiuInformationRequest>> BY_SUPPLYING_FIU =
      FiuGuards.byFiuOf(
          "SUPPLYING", WARSAW.cite(46, 7), FiuExchangeWorkflow::supplier, "supplying", "qui a fourni les informations");

  /** The lifecycle, top-down like WC 46. */
  public static final TransitionTable<FiuExchangeStatus, FiuExchangeAction, StepContext<FiuInformationRequest>>
      TABLE =
          TransitionTable.of(FiuExchangeStatus.class, FiuExchangeAction.class, FiuGuards.<FiuInformationRequest>context())
              .initial(DRAFT)
              .terminal(EnumSet.of(REFUSED))
              .from(DRAFT).on(SEND).to(REQUESTED).per(WARSAW.cite(46, 2))
                  .when(List.of(BY_REQUESTING_FIU, ON_REQUEST, REQUEST_COMPLETE, CONVENTION_IN_FORCE))
              .from(DRAFT).on(SEND_SPONTANEOUSLY).to(PROVIDED).per(WARSAW.cite(46, 2))
                  .when(List.of(BY_REQUESTING_FIU, SPONTANEOUS, REQUEST_COMPLETE, CONVENTION_IN_FORCE))
              .from(REQUESTED).on(PROVIDE).to(PROVIDED).per(WARSAW.cite(46, 5))
                  .when(BY_REQUESTED_FIU, TRANSMISSION_RECORDED)
              .from(REQUESTED).on(REFUSE).to(REFUSED).per(WARSAW.cite(46, 6))
                  .when(BY_REQUESTED_FIU, REFUSAL_ADMISSIBLE)
              .from(PROVIDED).on(REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS)
                  .to(CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS).per(WARSAW.cite(46, 7))
                  .when(BY_RECEIVING_FIU)
              .from(PROVIDED).on(REQUEST_CONSENT_FOR_OTHER_USE)
                  .to(CONSENT_REQUESTED_FOR_OTHER_USE).per(WARSAW.cite(46, 7))
                  .when(BY_RECEIVING_FIU)
              .from(CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS).on(GRANT_CONSENT).to(CONSENT_GRANTED)
                  .per(WARSAW.cite(46, 7))
                  .when(BY_SUPPLYING_FIU)
              .from(CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS).on(DENY_CONSENT).to(CONSENT_DENIED)
                  .per(WARSAW.cite(46, 9))
                  .when(BY_SUPPLYING_FIU, CONSENT_DENIAL_ADMISSIBLE)
              .from(CONSENT_REQUESTED_FOR_OTHER_USE).on(GRANT_CONSENT).to(CONSENT_GRANTED)
                  .per(WARSAW.cite(46, 7))
                  .when(BY_SUPPLYING_FIU)
              .from(CONSENT_REQUESTED_FOR_OTHER_USE).on(DENY_CONSENT).to(CONSENT_DENIED)
                  .per(WARSAW.cite(46, 7))
                  .when(BY_SUPPLYING_FIU, CONSENT_DENIAL_RECORDED)
              .from(CONSENT_GRANTED).on(REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS)
                  .to(CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS).per(WARSAW.cite(46, 7))
                  .when(BY_RECEIVING_FIU)
              .from(CONSENT_GRANTED).on(REQUEST_CONSENT_FOR_OTHER_USE)
                  .to(CONSENT_REQUESTED_FOR_OTHER_USE).per(WARSAW.cite(46, 7))
                  .when(BY_RECEIVING_FIU)
              .from(CONSENT_DENIED).on(REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS)
                  .to(CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS).per(WARSAW.cite(46, 7))
                  .when(BY_RECEIVING_FIU)
              .from(CONSENT_DENIED).on(REQUEST_CONSENT_FOR_OTHER_USE)
                  .to(CONSENT_REQUESTED_FOR_OTHER_USE).per(WARSAW.cite(46, 7))
                  .when(BY_RECEIVING_FIU)
              .build();

  /** The engine for exchanges between Financial Intelligence Units. */
  public static final Workflow<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> WORKFLOW =
      new Workflow<>(RequestFamily.FIU_INFORMATION_EXCHANGE, TABLE);

  /** The Party whose FIU supplies the information: the sender of a spontaneous send, else the requested Party. */
  static Party supplier(StepContext<FiuInformationRequest> c) {
    return c.request().spontaneous() ? FiuGuards.requesting(c) : FiuGuards.requested(c);
  }

  /** The Party whose FIU receives the information and needs consent for other uses. */
  static Party recipient(StepContext<FiuInformationRequest> c) {
    return c.request().spontaneous() ? FiuGuards.requested(c) : FiuGuards.requesting(c);
  }

  /**
   * The refusal must be a refusal of this request, complete as WC 46(6) requires (a ground stated,
   * one that may be raised against FIU exchanges, and reasons) and on F1 only.
   *
   * <p>A requested Party that made the reservation of WC 53(2) on WC 46(5) does not provide
   * information without a formal letter of request: a refusal from it that states no ground rests
   * on that reservation, not on WC 46(6), and is accepted without the F1 ground and without the
   * explanation WC 46(6) requires of a refusal to divulge. A ground it does state must still be F1,
   * and is then explained.
   */
  private static Predicate<Violation> waivedUnderReservation(
      StepContext<FiuInformationRequest> c, Refusal refusal) {
    if (refusal.grounds().isEmpty()
        && c.environment().registry().hasMade(FiuGuards.requested(c), ReservationCode.WC_53_2_ART_46_5)) {
      return v -> v.code().endsWith("_GROUND_FOR_REFUSAL_STATED") || v.code().endsWith("_REASONS_FOR_REFUSAL");
    }
    return v -> false;
  }

  /**
   * The denial of consent to use in criminal investigations or prosecutions must be recorded with a
   * refusal answering this request, explained, and resting only on F1 (the WC 46(6) conditions) or,
   * with no ground stated, on a restriction of national law, which the refusal grounds have no
   * constant for (WC 46(9)). A denial of consent to another use is checked by {@link
   * #CONSENT_DENIAL_RECORDED} only.
   */
  private static List<Violation> consentDenialViolations(StepContext<FiuInformationRequest> c) {
    if (FiuGuards.explaining(c)) {
      return FiuGuards.none();
    }
    ArticleCitation citation = WARSAW.cite(46, 9);
    Optional<Refusal> denial = FiuGuards.refusal(c);
    if (denial.isEmpty()) {
      return List.of(
          FiuGuards.violation(
              "WC_46_9_CONSENT_DENIAL_DOCUMENT",
              citation,
              "reply",
              Verification.CONFIRMED,
              "A refusal of consent must be recorded with a refusal answering this exchange and its"
                  + " explanation.",
              "Un refus de consentement doit être consigné avec un refus se rapportant à cet échange"
                  + " et son explication."));
    }
    List<Violation> violations = new ArrayList<>();
    if (denial.get().reasons().filter(s -> !s.isBlank()).isEmpty()) {
      violations.add(
          FiuGuards.violation(
              "WC_46_9_CONSENT_DENIAL_EXPLAINED",
              citation,
              "reasons",
              Verification.CONFIRMED,
              "A refusal of consent must be explained.",
              "Un refus de consentement doit être expliqué."));
    }
    if (denial.get().grounds().stream().anyMatch(g -> g != GroundForRefusal.FIU_REFUSAL_TO_DIVULGE)) {
      violations.add(
          FiuGuards.violation(
              "WC_46_9_CONSENT_DENIAL_GROUND",
              citation,
              "grounds",
              Verification.CONFIRMED,
              "Consent to use in criminal investigations or prosecutions may be refused only on a"
                  + " restriction of national law or on the conditions of WC 46(6).",
              "Le consentement à l'utilisation dans des enquêtes ou poursuites pénales ne peut être"
                  + " refusé que sur le fondement d'une restriction du droit national ou des"
                  + " conditions de l'article 46(6)."));
    }
    return violations;
  }
}
