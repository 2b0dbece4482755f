package org.treatyflow.workflow.confiscation;

import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.assistance.AssistanceAction.DISPOSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.RETURN_PROPERTY;
import static org.treatyflow.workflow.assistance.AssistanceAction.SHARE_PROPERTY;
import static org.treatyflow.workflow.assistance.AssistanceLifecycle.line;
import static org.treatyflow.workflow.assistance.AssistanceLifecycle.requestedWithOptionalDocument;
import static org.treatyflow.workflow.assistance.AssistanceStatus.ACCEPTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.DISPOSED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.RETURNED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.SHARED;

import java.util.Optional;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
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
 * The lifecycle of a request about the disposal of confiscated property (return to the requesting
 * Party for victims or legitimate owners, or sharing) under WC 25: the common skeleton on the
 * Warsaw track up to {@code ACCEPTED}, then the requested Party's decision on the property.
 *
 * <pre>
 * ACCEPTED --DISPOSE--> DISPOSED               WC 25(1): disposal under the requested Party's law
 * ACCEPTED --RETURN_PROPERTY--> RETURNED       WC 25(2): return to the requesting Party, where it asked
 * ACCEPTED --SHARE_PROPERTY--> SHARED          WC 25(3): sharing under an agreement or arrangement
 * </pre>
 *
 * <p>The request names the confiscation request on which the property was confiscated ({@link
 * DisposalRequest#confiscationRequestId()}); its case is found in the environment's {@link
 * org.treatyflow.workflow.LinkedCases}. Disposal, return and sharing are decided only after that
 * case reached {@code CONFISCATED} and was not withdrawn ({@link #CONFISCATED_FIRST}), between the
 * same Parties ({@link #SAME_PARTIES_AS_CONFISCATION}). This family is the only place where the
 * fate of confiscated property is recorded; the confiscation case records the confiscation and
 * closes (see {@link ConfiscationWorkflow}), so the two never contradict.
 *
 * <p>Where the requesting Party asked for return ({@link
 * org.treatyflow.model.confiscation.Disposition#isReturn()}), the requested Party gives priority
 * consideration to it (WC 25(2)): disposing of the property or sharing it instead is a decision
 * not to return, which is recorded, with its reasons, in the notice of a decision to refuse in part
 * ({@link NoticeKind#DECISION_TO_REFUSE_POSTPONE_OR_CONDITION}, WC 41(1)(c), 40) carried by the
 * {@code DISPOSE} or {@code SHARE_PROPERTY} command itself ({@link #RETURN_CONSIDERED_FIRST}; the
 * library's reading of "priority consideration", unverified). Return is given only where it was
 * asked for ({@link #RETURN_REQUESTED}).
 *
 * <p>Disposal is not coercive action; the refusal grounds are the general grounds of WC 28(1)(a)-(f)
 * (W1-W6): neither dual criminality (W7) nor the confiscation grounds (W10-W15), which test the
 * confiscation decision and belong to that request; never bank secrecy (WC 28(7)).
 *
 * <p>Legal basis: WC 25; WC 28-30, 34, 37, 38, 40, 41; the skeleton, {@link AssistanceLifecycle}.
 */
public final class DisposalWorkflow {
  private DisposalWorkflow() {}

  /**
   * Disposal, sharing or return only after confiscation: the confiscation case the request names
   * reached {@code CONFISCATED} and was not withdrawn afterwards (WC 25(1): property confiscated
   * under WC 23 and 24).
   */
  public static final Guard<StepContext<DisposalRequest>> CONFISCATED_FIRST =
      Guards.linkedCase(
          "WC_25_1_CONFISCATED_FIRST",
          WARSAW.cite(25, 1),
          Verification.CONFIRMED,
          c -> Optional.of(c.request().confiscationRequestId()),
          true,
          k ->
              k.request().family() == RequestFamily.CONFISCATION
                  && AssistanceGuards.reached(k, AssistanceStatus.CONFISCATED)
                  && !AssistanceStatus.WITHDRAWN.equals(k.status()),
          "The property can be disposed of, returned or shared only once the confiscation request"
              + " named has led to confiscation.",
          "Les biens ne peuvent être affectés, restitués ou partagés qu'une fois que la demande de"
              + " confiscation désignée a abouti à une confiscation.");

  /**
   * The confiscation request named went from the same requesting to the same requested Party (the
   * library's reading of WC 25(1)-(2), unverified). Passes when that case is not found (see {@link
   * #CONFISCATED_FIRST}).
   */
  public static final Guard<StepContext<DisposalRequest>> SAME_PARTIES_AS_CONFISCATION =
      Guard.require(
          "WC_25_1_SAME_PARTIES",
          WARSAW.cite(25, 1),
          Verification.UNVERIFIED,
          c ->
              c.environment()
                  .cases()
                  .find(c.request().confiscationRequestId())
                  .map(k -> AssistanceGuards.sameParties(k, c.request()))
                  .orElse(true),
          "The confiscation request named was not sent by the same requesting Party to the same"
              + " requested Party.",
          "La demande de confiscation désignée n'a pas été adressée par la même Partie requérante à"
              + " la même Partie requise.");

  /** Property is returned to the requesting Party only where it asked for return (WC 25(2)). */
  public static final Guard<StepContext<DisposalRequest>> RETURN_REQUESTED =
      Guard.require(
          "WC_25_2_RETURN_REQUESTED",
          WARSAW.cite(25, 2),
          Verification.CONFIRMED,
          c -> c.request().disposition().isReturn(),
          "The requesting Party did not ask for the property to be returned.",
          "La Partie requérante n'a pas demandé la restitution des biens.");

  /**
   * Where return was asked for, disposing of the property or sharing it instead needs the decision
   * not to return, with its reasons, in a notice of a decision to refuse in part answering this
   * request (WC 25(2); WC 40, 41(1)(c); unverified). Passes when there is no command.
   */
  public static final Guard<StepContext<DisposalRequest>> RETURN_CONSIDERED_FIRST =
      Guard.require(
          "WC_25_2_RETURN_CONSIDERED_FIRST",
          WARSAW.cite(25, 2),
          Verification.UNVERIFIED,
          c ->
              c.command().isEmpty()
                  || !c.request().disposition().isReturn()
                  || AssistanceGuards.reply(c, InformationNotice.class)
                      .filter(n -> n.kind() == NoticeKind.DECISION_TO_REFUSE_POSTPONE_OR_CONDITION)
                      .isPresent(),
          "Return to the requesting Party was asked for and must be considered first: record the"
              + " decision not to return, with its reasons, before disposing of or sharing the"
              + " property.",
          "La restitution à la Partie requérante a été demandée et doit être examinée en priorité :"
              + " consignez la décision de ne pas restituer, motivée, avant d'affecter ou de partager"
              + " les biens.");

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<DisposalRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.DISPOSAL, DisposalRequest.class)
          .track(AssistanceProfile.Track.WARSAW, AssistanceProfile.warsaw(WARSAW.cite(25, 1)))
          .without(AssistanceAction.START_EXECUTION)
          .without(AssistanceAction.REPORT_DELAY)
          .without(AssistanceAction.TRANSMIT_RESULT)
          .without(AssistanceAction.CLOSE)
          .provision(DISPOSE, Provision.per(WARSAW.cite(25, 1)))
          .provision(RETURN_PROPERTY, Provision.per(WARSAW.cite(25, 2)))
          .provision(SHARE_PROPERTY, Provision.per(WARSAW.cite(25, 3)))
          .offences(DisposalRequest::offences)
          .guard(DISPOSE, CONFISCATED_FIRST)
          .guard(DISPOSE, SAME_PARTIES_AS_CONFISCATION)
          .guard(DISPOSE, RETURN_CONSIDERED_FIRST)
          .guard(RETURN_PROPERTY, CONFISCATED_FIRST)
          .guard(RETURN_PROPERTY, SAME_PARTIES_AS_CONFISCATION)
          .guard(RETURN_PROPERTY, RETURN_REQUESTED)
          .guard(SHARE_PROPERTY, CONFISCATED_FIRST)
          .guard(SHARE_PROPERTY, SAME_PARTIES_AS_CONFISCATION)
          .guard(SHARE_PROPERTY, RETURN_CONSIDERED_FIRST)
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<DisposalRequest>> TABLE =
      AssistanceLifecycle.table(PROFILE, DisposalWorkflow::execution);

  /** The engine for disposal requests. */
  public static final Workflow<DisposalRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.DISPOSAL, TABLE);

  private static TransitionTable.LineStage<AssistanceStatus, AssistanceAction, StepContext<DisposalRequest>>
      execution(TransitionTable.LineStage<AssistanceStatus, AssistanceAction, StepContext<DisposalRequest>> lines) {
    AssistanceProfile<DisposalRequest> p = PROFILE;
    lines = line(lines, p, ACCEPTED, DISPOSE, DISPOSED, requestedWithOptionalDocument(p, DISPOSE));
    lines = line(lines, p, ACCEPTED, RETURN_PROPERTY, RETURNED, requestedWithOptionalDocument(p, RETURN_PROPERTY));
    return line(lines, p, ACCEPTED, SHARE_PROPERTY, SHARED, requestedWithOptionalDocument(p, SHARE_PROPERTY));
  }
}
