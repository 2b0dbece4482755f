package org.treatyflow.workflow.provisional;

import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT;
import static org.treatyflow.workflow.assistance.AssistanceAction.GIVE_NOTICE_OF_LIFTING;
import static org.treatyflow.workflow.assistance.AssistanceAction.LIFT_MEASURE;
import static org.treatyflow.workflow.assistance.AssistanceAction.MAINTAIN_MEASURE;
import static org.treatyflow.workflow.assistance.AssistanceAction.TAKE_MEASURE;
import static org.treatyflow.workflow.assistance.AssistanceAction.UPDATE_MEASURE;
import static org.treatyflow.workflow.assistance.AssistanceAction.WITHDRAW;
import static org.treatyflow.workflow.assistance.AssistanceLifecycle.line;
import static org.treatyflow.workflow.assistance.AssistanceLifecycle.requestedWithOptionalDocument;
import static org.treatyflow.workflow.assistance.AssistanceLifecycle.requestingWithOptionalDocument;
import static org.treatyflow.workflow.assistance.AssistanceStatus.ACCEPTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.LIFTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.MEASURE_IN_FORCE;
import static org.treatyflow.workflow.assistance.AssistanceStatus.PENDING_LIFT_CONSULTATION;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceGuards;
import org.treatyflow.workflow.assistance.AssistanceLifecycle;
import org.treatyflow.workflow.assistance.AssistanceProfile;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.Provision;

/**
 * The lifecycle of a request for provisional measures (freezing, seizure) under Section 3 of
 * Chapter IV of the Warsaw Convention: the common skeleton on the Warsaw track up to {@code
 * ACCEPTED}, then the family's own execution.
 *
 * <pre>
 * ACCEPTED --TAKE_MEASURE--> MEASURE_IN_FORCE                       WC 21(1); any document given answers the request
 * MEASURE_IN_FORCE --UPDATE_MEASURE--> MEASURE_IN_FORCE              WC 22(1), the requesting Party
 * MEASURE_IN_FORCE --GIVE_NOTICE_OF_LIFTING--> PENDING_LIFT_CONSULTATION   WC 22(2)
 * PENDING_LIFT_CONSULTATION --UPDATE_MEASURE--> same                 WC 22(2), the requesting Party argues
 * PENDING_LIFT_CONSULTATION --MAINTAIN_MEASURE--> MEASURE_IN_FORCE   WC 22(2)
 * PENDING_LIFT_CONSULTATION --LIFT_MEASURE--> LIFTED                 WC 22(2)
 * MEASURE_IN_FORCE --LIFT_MEASURE--> LIFTED                          WC 41(1)(e), unverified: lapse by domestic law
 * MEASURE_IN_FORCE | PENDING_LIFT_CONSULTATION --WITHDRAW--> LIFTED  WC 41(2)(b)
 * </pre>
 *
 * <p>Before the requested Party lifts a measure it must, wherever possible, give the requesting
 * Party a chance to argue for keeping it (WC 22(2)): lifting is a line from {@code
 * PENDING_LIFT_CONSULTATION} only, after {@code GIVE_NOTICE_OF_LIFTING}. The one exception is a
 * measure that lapses automatically under the requested Party's domestic law, where hearing the
 * requesting Party is not possible; the requested Party must inform the requesting Party of such
 * provisions (WC 41(1)(e)), so the library allows lifting straight from {@code MEASURE_IN_FORCE}
 * only where a notice of automatic lifting ({@link NoticeKind#AUTOMATIC_LIFTING_OF_PROVISIONAL_MEASURE})
 * was recorded in the case before, typically with {@code TAKE_MEASURE} ({@link
 * #AUTOMATIC_LIFTING_NOTIFIED}). That reading, and therefore the line, is the library's and is
 * unverified. The treaty sets no duration for a measure, so there is no deadline here.
 *
 * <p>The request's content (WC 21(1) proceedings instituted, WC 37(1), WC 37(2) maximum amount
 * for a value-based measure) is checked by the request's completeness rules when it is submitted.
 * Freezing and seizure are coercive by nature: the refusal grounds are those of Section 3 (W1-W9,
 * T1; never W10-W15, never bank secrecy, WC 28(7)). A measure requested on a confiscation request
 * the requested Party has received (WC 21(2)) is accepted only if that confiscation case is
 * received and not ended ({@link #CONFISCATION_REQUEST_RECEIVED}, {@link
 * #CONFISCATION_REQUEST_NOT_ENDED}, {@link #SAME_PARTIES_AS_CONFISCATION}), and, while that
 * confiscation request awaits amendments, only if the requested Party said it may take interim
 * measures (WC 38(3), {@link #INTERIM_MEASURES_STATED}).
 *
 * <p>Legal basis: WC 21, 22; WC 28-30, 34, 37, 38, 41; the skeleton, {@link AssistanceLifecycle}.
 */
public final class ProvisionalMeasuresWorkflow {
  private ProvisionalMeasuresWorkflow() {}

  private static final Set<AssistanceStatus> ENDED =
      EnumSet.of(
          AssistanceStatus.REFUSED,
          AssistanceStatus.WITHDRAWN,
          AssistanceStatus.CLOSED_INCOMPLETE,
          AssistanceStatus.CLOSED);

  /**
   * A measure requested on a confiscation request (WC 21(2)) is taken by a Party that has received
   * that request: the linked case is a confiscation case that reached {@code RECEIVED}. Passes when
   * the request names no confiscation request (WC 21(1) alone).
   */
  public static final Guard<StepContext<ProvisionalMeasureRequest>> CONFISCATION_REQUEST_RECEIVED =
      Guards.linkedCase(
          "WC_21_2_CONFISCATION_REQUEST_RECEIVED",
          WARSAW.cite(21, 2),
          Verification.CONFIRMED,
          c -> c.request().linkedConfiscationRequest(),
          false,
          k -> k.request().family() == RequestFamily.CONFISCATION && AssistanceGuards.reached(k, AssistanceStatus.RECEIVED),
          "The confiscation request this measure is to back has not been received by the requested"
              + " Party.",
          "La demande de confiscation que cette mesure doit garantir n'a pas été reçue par la Partie"
              + " requise.");

  /**
   * The linked confiscation case has not ended by refusal, withdrawal, closure or lack of
   * amendments: a measure backing it would back nothing (the library's reading, unverified).
   */
  public static final Guard<StepContext<ProvisionalMeasureRequest>> CONFISCATION_REQUEST_NOT_ENDED =
      Guard.require(
          "WC_21_2_CONFISCATION_REQUEST_ENDED",
          WARSAW.cite(21, 2),
          Verification.UNVERIFIED,
          c -> linked(c).map(k -> !ENDED.contains(k.status())).orElse(true),
          "The confiscation request this measure is to back was refused, withdrawn or closed.",
          "La demande de confiscation que cette mesure doit garantir a été refusée, retirée ou"
              + " close.");

  /**
   * The linked confiscation request goes between the same requesting and requested Parties as this
   * request (the library's reading of WC 21(2), unverified).
   */
  public static final Guard<StepContext<ProvisionalMeasureRequest>> SAME_PARTIES_AS_CONFISCATION =
      Guard.require(
          "WC_21_2_SAME_PARTIES",
          WARSAW.cite(21, 2),
          Verification.UNVERIFIED,
          c -> linked(c).map(k -> AssistanceGuards.sameParties(k, c.request())).orElse(true),
          "The confiscation request this measure is to back was not sent by the same requesting"
              + " Party to the same requested Party.",
          "La demande de confiscation que cette mesure doit garantir n'a pas été adressée par la"
              + " même Partie requérante à la même Partie requise.");

  /**
   * While the linked confiscation request awaits amendments, the requested Party may take Section 3
   * measures (WC 38(3)); the library asks that its amendment request said so ({@link
   * AmendmentRequest#interimMeasuresMayBeTaken()}), so that the requesting Party knows (unverified).
   */
  public static final Guard<StepContext<ProvisionalMeasureRequest>> INTERIM_MEASURES_STATED =
      Guard.require(
          "WC_38_3_INTERIM_MEASURES_STATED",
          WARSAW.cite(38, 3),
          Verification.UNVERIFIED,
          c -> linked(c).map(ProvisionalMeasuresWorkflow::interimMeasuresAllowed).orElse(true),
          "The confiscation request this measure is to back awaits amendments, and the amendment"
              + " request did not say that interim measures may be taken meanwhile.",
          "La demande de confiscation que cette mesure doit garantir est en attente de compléments,"
              + " et la demande de compléments n'a pas indiqué que des mesures provisoires peuvent"
              + " être prises entre-temps.");

  /**
   * A measure lifted without hearing the requesting Party (lapse under domestic law) requires that
   * the requested Party informed it of the domestic provision that lifts it automatically, in a
   * notice recorded earlier in the case (WC 41(1)(e); the library's reading of WC 22(2) "wherever
   * possible", unverified).
   */
  public static final Guard<StepContext<ProvisionalMeasureRequest>> AUTOMATIC_LIFTING_NOTIFIED =
      Guard.require(
          "WC_41_1_E_AUTOMATIC_LIFTING_NOTIFIED",
          WARSAW.cite(41, 1, "e"),
          Verification.UNVERIFIED,
          c -> automaticLiftingNotified(c),
          "The measure can be lifted without hearing the requesting Party only where it lapses under"
              + " a domestic provision of which the requesting Party was informed; otherwise give"
              + " notice of the intended lifting first.",
          "La mesure ne peut être levée sans entendre la Partie requérante que si elle devient"
              + " caduque en vertu d'une disposition interne dont la Partie requérante a été"
              + " informée ; sinon, notifiez d'abord l'intention de lever la mesure.");

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<ProvisionalMeasureRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.PROVISIONAL_MEASURES, ProvisionalMeasureRequest.class)
          .track(AssistanceProfile.Track.WARSAW, AssistanceProfile.warsaw(WARSAW.cite(21, 1)))
          .without(AssistanceAction.START_EXECUTION)
          .without(AssistanceAction.REPORT_DELAY)
          .without(AssistanceAction.TRANSMIT_RESULT)
          .without(AssistanceAction.CLOSE)
          .provision(TAKE_MEASURE, Provision.per(WARSAW.cite(21, 1)))
          .provision(UPDATE_MEASURE, Provision.per(WARSAW.cite(22, 1)))
          .provision(GIVE_NOTICE_OF_LIFTING, Provision.per(WARSAW.cite(22, 2)))
          .provision(MAINTAIN_MEASURE, Provision.per(WARSAW.cite(22, 2)))
          .provision(LIFT_MEASURE, Provision.per(WARSAW.cite(22, 2)))
          .offences(ProvisionalMeasureRequest::offences)
          .coercive(r -> true)
          .guard(ACCEPT, CONFISCATION_REQUEST_RECEIVED)
          .guard(ACCEPT, CONFISCATION_REQUEST_NOT_ENDED)
          .guard(ACCEPT, SAME_PARTIES_AS_CONFISCATION)
          .guard(ACCEPT, INTERIM_MEASURES_STATED)
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<ProvisionalMeasureRequest>>
      TABLE = AssistanceLifecycle.table(PROFILE, ProvisionalMeasuresWorkflow::execution);

  /** The engine for requests for provisional measures. */
  public static final Workflow<ProvisionalMeasureRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.PROVISIONAL_MEASURES, TABLE);

  private static TransitionTable.LineStage<AssistanceStatus, AssistanceAction, StepContext<ProvisionalMeasureRequest>>
      execution(
          TransitionTable.LineStage<AssistanceStatus, AssistanceAction, StepContext<ProvisionalMeasureRequest>> lines) {
    AssistanceProfile<ProvisionalMeasureRequest> p = PROFILE;
    lines = line(lines, p, ACCEPTED, TAKE_MEASURE, MEASURE_IN_FORCE, requestedWithOptionalDocument(p, TAKE_MEASURE));
    lines = line(lines, p, MEASURE_IN_FORCE, UPDATE_MEASURE, MEASURE_IN_FORCE, requestingWithOptionalDocument(p, UPDATE_MEASURE));
    lines = line(lines, p, MEASURE_IN_FORCE, GIVE_NOTICE_OF_LIFTING, PENDING_LIFT_CONSULTATION,
        requestedWithOptionalDocument(p, GIVE_NOTICE_OF_LIFTING));
    ArticleCitation hearing = WARSAW.cite(22, 2);
    lines = lines
        .from(PENDING_LIFT_CONSULTATION)
        .on(UPDATE_MEASURE)
        .to(PENDING_LIFT_CONSULTATION)
        .per(hearing)
        .when(AssistanceGuards.byRequesting(Provision.per(hearing)), AssistanceGuards.documentIfAny(Provision.per(hearing)));
    lines = line(lines, p, PENDING_LIFT_CONSULTATION, MAINTAIN_MEASURE, MEASURE_IN_FORCE,
        requestedWithOptionalDocument(p, MAINTAIN_MEASURE));
    lines = line(lines, p, PENDING_LIFT_CONSULTATION, LIFT_MEASURE, LIFTED, requestedWithOptionalDocument(p, LIFT_MEASURE));
    ArticleCitation lapse = WARSAW.cite(41, 1, "e");
    lines = lines
        .from(MEASURE_IN_FORCE)
        .on(LIFT_MEASURE)
        .to(LIFTED)
        .perUnverified(lapse)
        .when(
            AssistanceGuards.byRequested(Provision.perUnverified(lapse)),
            AssistanceGuards.documentIfAny(Provision.perUnverified(lapse)),
            AUTOMATIC_LIFTING_NOTIFIED);
    // The requesting Party's notice that action is no longer justified lifts the measure (WC 41(2)(b)).
    lines = line(lines, p, MEASURE_IN_FORCE, WITHDRAW, LIFTED, requestingWithOptionalDocument(p, WITHDRAW));
    return line(lines, p, PENDING_LIFT_CONSULTATION, WITHDRAW, LIFTED, requestingWithOptionalDocument(p, WITHDRAW));
  }

  private static Optional<CaseFile<?, ?, ?>> linked(StepContext<ProvisionalMeasureRequest> c) {
    return c.request().linkedConfiscationRequest().flatMap(id -> c.environment().cases().find(id));
  }

  private static boolean interimMeasuresAllowed(CaseFile<?, ?, ?> k) {
    if (!AssistanceStatus.AWAITING_AMENDMENT.equals(k.status())) {
      return true;
    }
    for (int i = k.history().size() - 1; i >= 0; i--) {
      HistoryEvent<?, ?> e = k.history().get(i);
      if (AssistanceStatus.AWAITING_AMENDMENT.equals(e.to())) {
        return e.reply()
            .filter(AmendmentRequest.class::isInstance)
            .map(AmendmentRequest.class::cast)
            .map(AmendmentRequest::interimMeasuresMayBeTaken)
            .orElse(false);
      }
    }
    return false;
  }

  private static boolean automaticLiftingNotified(StepContext<ProvisionalMeasureRequest> c) {
    ProvisionalMeasureRequest request = c.request();
    return c.caseFile().history().stream()
        .map(HistoryEvent::reply)
        .flatMap(Optional::stream)
        .filter(InformationNotice.class::isInstance)
        .map(InformationNotice.class::cast)
        .anyMatch(
            n ->
                n.kind() == NoticeKind.AUTOMATIC_LIFTING_OF_PROVISIONAL_MEASURE
                    && AssistanceGuards.answers(request, n)
                    && n.header().fromParty().equals(request.header().requestedParty()));
  }
}
