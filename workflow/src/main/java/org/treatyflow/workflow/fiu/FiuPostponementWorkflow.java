package org.treatyflow.workflow.fiu;

import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.CONVERT_TO_PROVISIONAL_MEASURE;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.DECLINE;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.EXPIRE;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.POSTPONE;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.RELEASE;
import static org.treatyflow.workflow.fiu.FiuPostponementAction.SEND;
import static org.treatyflow.workflow.fiu.FiuPostponementStatus.CONVERTED_TO_PROVISIONAL_MEASURE;
import static org.treatyflow.workflow.fiu.FiuPostponementStatus.DRAFT;
import static org.treatyflow.workflow.fiu.FiuPostponementStatus.EXPIRED;
import static org.treatyflow.workflow.fiu.FiuPostponementStatus.JUSTIFICATION_INSUFFICIENT;
import static org.treatyflow.workflow.fiu.FiuPostponementStatus.POSTPONED;
import static org.treatyflow.workflow.fiu.FiuPostponementStatus.RECEIVED;
import static org.treatyflow.workflow.fiu.FiuPostponementStatus.RELEASED;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of a request from one Financial Intelligence Unit to another to postpone a
 * suspicious transaction, line by line as WC 47 reads, with the reservation of WC 53(2).
 *
 * <p>The treaty sets no period: the postponement lasts what the requested Party's domestic law
 * provides ({@link FiuDeadlines}). The conversion into a request for provisional measures (WC 21)
 * is a modelling suggestion of the legal reference and is marked unverified.
 *
 * <p>A Party that reserved on Article 47 under WC 53(2) still receives requests: it need not act on
 * them, and may decline without a ground; it cannot itself claim the article from others (WC
 * 53(7)).
 *
 * <p>Legal basis: WC 47(1)-(2); WC 53(2) and 53(7) (reservation on Article 47); WC 21 (unverified).
 */
public final class FiuPostponementWorkflow {
  private FiuPostponementWorkflow() {}

  /**
   * The request identifies the transaction, gives both justifications of WC 47(2)(a) and (b) and
   * travels FIU to FIU; each missing item is reported with its own article.
   */
  public static final Guard<StepContext<FiuPostponementRequest>> REQUEST_COMPLETE =
      Guards.complete("WC_47_REQUEST_COMPLETE", WARSAW.cite(47, 2));

  /** The Warsaw Convention binds both Parties on the day of the send. */
  public static final Guard<StepContext<FiuPostponementRequest>> CONVENTION_IN_FORCE =
      FiuGuards.warsawInForce("WC_47_1_CONVENTION_IN_FORCE", WARSAW.cite(47, 1));

  /**
   * A Party that reserved on Article 47 cannot claim its application by others (WC 53(7)).
   *
   * <p>WC 53(2) allows the reservation in whole or in part, and WC 53(7) lets a Party claim a
   * reserved provision as far as it accepted it. The registry records only that the reservation
   * was made, not its extent: a partial reservation is not modelled and is treated as a whole one.
   */
  public static final Guard<StepContext<FiuPostponementRequest>> REQUESTING_PARTY_APPLIES_ART_47 =
      Guard.require(
          "WC_53_7_REQUESTING_PARTY_RESERVED_ART_47",
          WARSAW.cite(53, 7),
          Verification.CONFIRMED,
          c -> !c.environment().registry().hasMade(FiuGuards.requesting(c), ReservationCode.WC_53_2_ART_47),
          "The requesting Party has made a reservation on Article 47: it cannot claim its"
              + " application by another Party.",
          "La Partie requérante a formulé une réserve à l'article 47 : elle ne peut pas en"
              + " revendiquer l'application par une autre Partie.");

  /**
   * A decline rests on F2 (WC 47(2)) or, where the requested Party made the reservation on Article
   * 47, on WC 53(2): such a Party need not act at all, so its decline needs no ground. See {@link
   * #declineWaivers}.
   */
  public static final Guard<StepContext<FiuPostponementRequest>> DECLINE_ADMISSIBLE =
      Guards.refusalAdmissible(
          "WC_47_2_DECLINE_ADMISSIBLE",
          WARSAW.cite(47, 2),
          FiuGuards::answers,
          FiuGuards.violation(
              "WC_47_2_DECLINE_DOCUMENT",
              WARSAW.cite(47, 2),
              "reply",
              Verification.CONFIRMED,
              "A decision not to postpone must be recorded with a refusal of this request.",
              "Une décision de ne pas suspendre doit être consignée avec un refus de cette"
                  + " demande."),
          FiuPostponementWorkflow::declineWaivers,
          (c, refusal) ->
              RefusalGrounds.check(
                  RequestFamily.FIU_POSTPONEMENT, false, FiuGuards.MONEY_LAUNDERING, false, refusal.grounds()));

  /**
   * The requested Party's domestic period is known: without it no end of the postponement can be
   * computed (WC 47(1) sets none).
   */
  public static final Guard<StepContext<FiuPostponementRequest>> DOMESTIC_PERIOD_KNOWN =
      Guard.require(
          "WC_47_1_NO_DOMESTIC_PERIOD",
          WARSAW.cite(47, 1),
          Verification.CONFIRMED,
          c ->
              FiuDeadlines.postponementPeriod(FiuGuards.requested(c), c.environment().policy())
                  .isPresent(),
          "No end of the postponement can be computed: the Convention sets no period and the"
              + " requested Party's domestic period is not configured. Release the transaction when"
              + " domestic law requires it.",
          "Aucune fin de la suspension ne peut être calculée : la Convention ne fixe aucun délai et"
              + " le délai du droit interne de la Partie requise n'est pas configuré. Levez la"
              + " suspension lorsque le droit interne l'exige.");

  /** The postponement ends only when the domestic period is over (WC 47(1)). */
  public static final Guard<StepContext<FiuPostponementRequest>> PERIOD_OVER =
      Guard.require(
          "WC_47_1_PERIOD_NOT_OVER",
          WARSAW.cite(47, 1),
          Verification.CONFIRMED,
          FiuPostponementWorkflow::periodOverOrUnknown,
          "The period of postponement under the requested Party's domestic law has not ended.",
          "Le délai de suspension prévu par le droit interne de la Partie requise n'est pas"
              + " écoulé.");

  /** The request for provisional measures that takes over is named (a modelling suggestion). */
  public static final Guard<StepContext<FiuPostponementRequest>> PROVISIONAL_MEASURE_NAMED =
      Guard.require(
          "WC_21_PROVISIONAL_MEASURE_NAMED",
          WARSAW.cite(21),
          Verification.UNVERIFIED,
          c -> c.command().map(cmd -> cmd.followUp().isPresent()).orElse(true),
          "Name the request for provisional measures that takes over from the postponement.",
          "Indiquez la demande de mesures provisoires qui prend le relais de la suspension.");

  private static final Guard<StepContext<FiuPostponementRequest>> BY_REQUESTING_FIU =
      FiuGuards.byFiuOf("REQUESTING", WARSAW.cite(47, 1), FiuGuards::requesting, "requesting", "requérante");

  private static final Guard<StepContext<FiuPostponementRequest>> BY_REQUESTED_FIU =
      FiuGuards.byFiuOf("REQUESTED", WARSAW.cite(47, 1), FiuGuards::requested, "requested", "requise");

  /** The request for provisional measures reaches the requested Party, whichever authority records it. */
  private static final Guard<StepContext<FiuPostponementRequest>> BY_REQUESTED_PARTY =
      Guards.actorOf(
          "ACTOR_OF_REQUESTED_PARTY",
          WARSAW.cite(21),
          Verification.UNVERIFIED,
          FiuGuards::requested,
          "Only an authority of the requested Party may take this step.",
          "Seule une autorité de la Partie requise peut accomplir cette étape.");

  /** The lifecycle, top-down like WC 47. */
  public static final TransitionTable<FiuPostponementStatus, FiuPostponementAction, StepContext<FiuPostponementRequest>>
      TABLE =
          TransitionTable.of(FiuPostponementStatus.class, FiuPostponementAction.class, FiuGuards.<FiuPostponementRequest>context())
              .initial(DRAFT)
              .terminal(EnumSet.of(JUSTIFICATION_INSUFFICIENT, EXPIRED, RELEASED, CONVERTED_TO_PROVISIONAL_MEASURE))
              .from(DRAFT).on(SEND).to(RECEIVED).per(WARSAW.cite(47, 1))
                  .when(List.of(
                      BY_REQUESTING_FIU,
                      REQUEST_COMPLETE,
                      CONVENTION_IN_FORCE,
                      REQUESTING_PARTY_APPLIES_ART_47))
              .from(RECEIVED).on(POSTPONE).to(POSTPONED).per(WARSAW.cite(47, 2))
                  .when(BY_REQUESTED_FIU)
                  // WC 47(2)(a) and (b) need both justifications in the request: SEND's
                  // completeness rules (WC_47_2_A/B) already require them and a request never
                  // changes, so POSTPONE re-checks nothing; the FIU's judgement is DECLINE.
              .from(RECEIVED).on(DECLINE).to(JUSTIFICATION_INSUFFICIENT).per(WARSAW.cite(47, 2))
                  .when(BY_REQUESTED_FIU, DECLINE_ADMISSIBLE)
              .from(POSTPONED).on(EXPIRE).to(EXPIRED).per(WARSAW.cite(47, 1))
                  .when(DOMESTIC_PERIOD_KNOWN, PERIOD_OVER)
              .from(POSTPONED).on(RELEASE).to(RELEASED).per(WARSAW.cite(47, 1))
                  .when(BY_REQUESTED_FIU)
              .from(POSTPONED).on(CONVERT_TO_PROVISIONAL_MEASURE).to(CONVERTED_TO_PROVISIONAL_MEASURE)
                  .perUnverified(WARSAW.cite(21))
                  .when(BY_REQUESTED_PARTY, PROVISIONAL_MEASURE_NAMED)
              .build();

  /** The engine for requests to postpone a transaction. */
  public static final Workflow<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> WORKFLOW =
      new Workflow<>(RequestFamily.FIU_POSTPONEMENT, TABLE);

  private static boolean periodOverOrUnknown(StepContext<FiuPostponementRequest> c) {
    @SuppressWarnings("unchecked")
    var caseFile =
        (CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction>) c.caseFile();
    // An unknown period is reported once, by DOMESTIC_PERIOD_KNOWN.
    return FiuDeadlines.postponementEnds(caseFile, c.environment())
        .map(end -> !c.now().isBefore(end))
        .orElse(true);
  }

  /**
   * The decline must be a refusal of this request; no provision requires it to be explained.
   *
   * <p>A Party that made the reservation of WC 53(2) on Article 47 need not act on a foreign request
   * to postpone a transaction: its decline rests on WC 53(2) and needs no ground, so a refusal that
   * states none is accepted from it (a ground it does state must still be F2). Every other Party
   * declines only on F2, the one ground WC 47(2) gives. The reservation does not stop the request
   * being sent: the law says only that the reserving Party need not act on it.
   *
   * <p>The engine records one article per line, so an applied decline cites WC 47(2) even when it
   * rests on the reservation; the refusal recorded with it, stating no ground, and the registry show
   * that it does.
   */
  private static Predicate<Violation> declineWaivers(
      StepContext<FiuPostponementRequest> c, Refusal refusal) {
    boolean underReservation =
        refusal.grounds().isEmpty()
            && c.environment().registry().hasMade(FiuGuards.requested(c), ReservationCode.WC_53_2_ART_47);
    if (underReservation) {
      return v -> v.code().endsWith("_GROUND_FOR_REFUSAL_STATED");
    }
    return v -> false;
  }
}
