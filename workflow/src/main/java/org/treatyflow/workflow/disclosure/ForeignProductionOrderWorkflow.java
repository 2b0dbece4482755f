package org.treatyflow.workflow.disclosure;

import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT_CONDITIONS;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CONFIRM_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.DECLINE_CONDITIONS;
import static org.treatyflow.workflow.assistance.AssistanceAction.GRANT_CONDITIONALLY;
import static org.treatyflow.workflow.assistance.AssistanceAction.REFUSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REPORT_CONFIDENTIALITY_IMPOSSIBLE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REPORT_DELAY;
import static org.treatyflow.workflow.assistance.AssistanceAction.REQUEST_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.REQUEST_USE_EXPLANATION;
import static org.treatyflow.workflow.assistance.AssistanceAction.START_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUBMIT;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUPPLY_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.TRANSMIT_RESULT;
import static org.treatyflow.workflow.assistance.AssistanceStatus.ACCEPTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.CLOSED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.EXECUTING;
import static org.treatyflow.workflow.assistance.AssistanceStatus.REFUSED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.RESULT_TRANSMITTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.UNDER_REVIEW;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.ProtocolGuards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceLifecycle;
import org.treatyflow.workflow.assistance.AssistanceProfile;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.Provision;
import org.treatyflow.workflow.direct.DirectOrderStatus;

/**
 * The lifecycle of a request that the requested Party give effect to a production order issued by
 * the requesting Party for subscriber information or traffic data held by a provider in its
 * territory: the common skeleton ({@link AssistanceLifecycle}) on the Protocol track, with its own
 * execution.
 *
 * <p>Legal basis (all unverified, the 2AP text not having been read, except the Protocol being in
 * force): 2AP 8; 2AP 8(6), receipt of all required information (the amendment loop), service of
 * the order on the provider and the return periods ({@link ForeignProductionOrderDeadlines}); 2AP
 * 8(8), refusal only on the BC 25(4) or 27(4) grounds, conditions, postponement for the BC 27(5)
 * reasons and notice of significant delay; 2AP 8(9), accepted conditions bind; 2AP 8(11) and 8(13),
 * the central-authority declaration and the traffic-data reservation; 2AP 7(7), a request following
 * a direct order the provider did not answer; 2AP 14, suspension of transfers.
 *
 * <pre>
 * skeleton up to ACCEPTED (SUBMIT, RECEIVE, ACKNOWLEDGE, amendments 2AP 8(6), conditions 2AP 8(8)-(9),
 *   postponement 2AP 8(8); refusal 2AP 8(8), written here, see below)
 * ACCEPTED --START_EXECUTION--> EXECUTING         2AP 8(6): the order is served on the provider
 * ACCEPTED | EXECUTING --REPORT_DELAY--> same     2AP 8(8): circumstances likely to cause significant delay
 * EXECUTING --TRANSMIT_RESULT--> RESULT_TRANSMITTED --CLOSE--> CLOSED
 * </pre>
 *
 * <p>Steps the skeleton's Protocol defaults give but 2AP 8 does not (per the legal reference) are
 * left out: the BC 27(8) confidentiality report and the BC 28(4) request for an explanation of use.
 * The refusal line is written here rather than by the skeleton, because the skeleton applies BC
 * 27(1) to every non-Warsaw track and would reject the BC 27(4) grounds where a mutual assistance
 * treaty is in force, whereas 2AP 8(8) itself makes them grounds for refusing a production order.
 *
 * <p>Links: {@link ForeignProductionOrderRequest#precedingOrder()} names the 2AP 7 order the
 * provider did not answer; when its case is known ({@link
 * org.treatyflow.workflow.Environment#cases()}), it must have ended as 2AP 7(7) allows falling back
 * to 2AP 8 ({@link #PRECEDING_ORDER_UNANSWERED}). {@link ForeignProductionOrderRequest#preservation()}
 * names an earlier preservation (BC 29): it is that case's workflow that records this request as
 * its follow-up and keeps the data preserved until the decision (BC 29(7)); nothing is checked
 * here.
 */
public final class ForeignProductionOrderWorkflow {
  private ForeignProductionOrderWorkflow() {}

  private static final ArticleCitation ART_7_7 = SECOND_PROTOCOL.cite(7, 7);
  private static final ArticleCitation ART_8 = SECOND_PROTOCOL.cite(8);
  private static final ArticleCitation ART_8_6 = SECOND_PROTOCOL.cite(8, 6);
  private static final ArticleCitation ART_8_8 = SECOND_PROTOCOL.cite(8, 8);
  private static final ArticleCitation ART_8_9 = SECOND_PROTOCOL.cite(8, 9);
  private static final ArticleCitation ART_8_11 = SECOND_PROTOCOL.cite(8, 11);
  private static final ArticleCitation ART_8_13 = SECOND_PROTOCOL.cite(8, 13);

  private static final Offence NO_OFFENCE_NAMED =
      Offence.builder().domesticDescription("No offence named in the order").build();

  /** No order for traffic data to a Party that reserved the right to exclude it (2AP 8(13)). */
  public static final Guard<StepContext<ForeignProductionOrderRequest>> TRAFFIC_DATA_NOT_RESERVED =
      Guard.require(
          "2AP_8_13_TRAFFIC_DATA_RESERVED",
          ART_8_13,
          Verification.UNVERIFIED,
          c ->
              !ForeignProductionOrderDeadlines.seeks(c.request(), DataCategory.TRAFFIC_DATA)
                  || !c.environment()
                      .registry()
                      .hasMade(ProtocolGuards.requested(c), ReservationCode.AP2_8_13_NO_TRAFFIC),
          "The requested Party reserved the right not to give effect to production orders for"
              + " traffic data: seek the traffic data by mutual assistance.",
          "La Partie requise s'est réservé le droit de ne pas donner effet aux injonctions de"
              + " production portant sur des données relatives au trafic : demandez-les par"
              + " l'entraide.");

  /**
   * Where the requested Party declared under 2AP 8(11) that requests must come from the requesting
   * Party's central authority, the request is sent by it.
   */
  public static final Guard<StepContext<ForeignProductionOrderRequest>> FROM_CENTRAL_AUTHORITY_WHERE_DECLARED =
      Guard.require(
          "2AP_8_11_NOT_FROM_CENTRAL_AUTHORITY",
          ART_8_11,
          Verification.UNVERIFIED,
          c ->
              !c.environment()
                      .registry()
                      .hasMade(ProtocolGuards.requested(c), ReservationCode.AP2_8_11_CENTRAL_AUTHORITY)
                  || c.request().header().requestingAuthority().role() == AuthorityRole.CENTRAL_AUTHORITY,
          "The requested Party accepts these requests only from the requesting Party's central"
              + " authority.",
          "La Partie requise n'accepte ces demandes que de l'autorité centrale de la Partie"
              + " requérante.");

  /**
   * A request that names the 2AP 7 order it follows: when that order's case is known, the provider
   * must have declined it or let its time run out (NOT_DISCLOSED), or the requested Party's
   * authority must have blocked it (BLOCKED), or the order must have been escalated to this very
   * request (ESCALATED); 2AP 7(7). A case not known here passes (it may be held elsewhere), as does
   * a request that names none.
   */
  public static final Guard<StepContext<ForeignProductionOrderRequest>> PRECEDING_ORDER_UNANSWERED =
      Guard.require(
          "2AP_7_7_PRECEDING_ORDER_NOT_UNANSWERED",
          ART_7_7,
          Verification.UNVERIFIED,
          c ->
              c.request()
                  .precedingOrder()
                  .flatMap(id -> c.environment().cases().find(id))
                  .map(origin -> allowsFallback(origin, c.request().header().id()))
                  .orElse(true),
          "The direct order this request follows was not declined, left unanswered or blocked, or"
              + " was escalated to another request: the issuing Party may turn to Article 8 only"
              + " once the provider has not disclosed.",
          "L'injonction directe à laquelle cette demande fait suite n'a pas été refusée, laissée"
              + " sans réponse ou bloquée, ou a été relayée par une autre demande : la Partie"
              + " d'émission ne peut recourir à l'article 8 que si le fournisseur n'a pas divulgué.");

  /** A conditional grant states its conditions, or that it is partial (2AP 8(8)). */
  public static final Guard<StepContext<ForeignProductionOrderRequest>> CONDITIONS_STATED =
      Guard.computed(
          "2AP_8_8_CONDITIONS_STATED",
          ART_8_8,
          c ->
              c.command()
                  .flatMap(Command::reply)
                  .filter(ConditionalGrant.class::isInstance)
                  .map(ConditionalGrant.class::cast)
                  .filter(g -> !g.partial() && g.useConditions().isEmpty() && g.otherConditions().isEmpty())
                  .map(
                      g ->
                          List.of(
                              Guards.violation(
                                  "2AP_8_8_CONDITIONS_STATED",
                                  ART_8_8,
                                  "reply.useConditions",
                                  Verification.UNVERIFIED,
                                  "A conditional grant must state its conditions, or that it is"
                                      + " partial.",
                                  "Un octroi sous conditions doit indiquer ses conditions, ou qu'il"
                                      + " est partiel.")))
                  .orElse(List.of()));

  /** No data is sent while transfers between the two Parties are suspended (2AP 14). */
  public static final Guard<StepContext<ForeignProductionOrderRequest>> TRANSFERS_NOT_SUSPENDED =
      ProtocolGuards.transfersNotSuspended("2AP_14_TRANSFERS_SUSPENDED");

  /** Only the requested Party refuses. */
  private static final Guard<StepContext<ForeignProductionOrderRequest>> REFUSED_BY_REQUESTED =
      Guards.actorOf(
          "ACTOR_OF_REQUESTED_PARTY",
          ART_8_8,
          Verification.UNVERIFIED,
          ProtocolGuards::requested,
          "Only an authority of the requested Party may take this step.",
          "Seule une autorité de la Partie requise peut accomplir cette étape.");

  /**
   * The refusal is recorded, complete (grounds and reasons, 2AP 8(8)) and rests only on grounds
   * {@link RefusalGrounds} admits against a production order for every offence of the order: the BC
   * 25(4) or 27(4) grounds (B1, B2) or B8; never a forbidden obstacle. BC 27(1) plays no part: 2AP
   * 8(8) itself refers to those grounds.
   */
  public static final Guard<StepContext<ForeignProductionOrderRequest>> REFUSAL_ADMISSIBLE =
      Guards.<StepContext<ForeignProductionOrderRequest>>refusalAdmissible(
          "2AP_8_8_REFUSAL_ADMISSIBLE",
          ART_8_8,
          (c, r) ->
              r.header().answersRequest().equals(c.request().header().id())
                  && r.family() == RequestFamily.FOREIGN_PRODUCTION_ORDER,
          Guards.violation(
              "2AP_8_8_DOCUMENT",
              ART_8_8,
              "reply",
              Verification.UNVERIFIED,
              "A refusal must be recorded with the refusal of this request, its grounds and reasons.",
              "Un refus doit être consigné avec le refus de cette demande, ses motifs et sa"
                  + " motivation."),
          (c, r) -> v -> false,
          ForeignProductionOrderWorkflow::inadmissibleGrounds);

  /** Who may close the case once the results are sent. */
  private static final Guard<StepContext<ForeignProductionOrderRequest>> CLOSED_BY_EITHER_PARTY =
      Guards.actor(
          "ACTOR_OF_EITHER_PARTY",
          ART_8,
          Verification.UNVERIFIED,
          (c, a) -> a.party().equals(ProtocolGuards.requesting(c)) || a.party().equals(ProtocolGuards.requested(c)),
          "Only an authority of the requesting or of the requested Party may take this step.",
          "Seule une autorité de la Partie requérante ou de la Partie requise peut accomplir cette"
              + " étape.");

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<ForeignProductionOrderRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.FOREIGN_PRODUCTION_ORDER, ForeignProductionOrderRequest.class)
          .track(AssistanceProfile.Track.PROTOCOL, AssistanceProfile.protocol(8, Optional.of(8)))
          .protocolArticle(8)
          .provision(REQUEST_AMENDMENT, Provision.perUnverified(ART_8_6))
          .provision(SUPPLY_AMENDMENT, Provision.perUnverified(ART_8_6))
          .provision(ACCEPT_CONDITIONS, Provision.perUnverified(ART_8_9))
          .provision(DECLINE_CONDITIONS, Provision.perUnverified(ART_8_8))
          .provision(START_EXECUTION, Provision.perUnverified(ART_8_6))
          .without(REPORT_CONFIDENTIALITY_IMPOSSIBLE)
          .without(CONFIRM_EXECUTION)
          .without(REQUEST_USE_EXPLANATION)
          .without(REFUSE)
          .offences(r -> r.order().offences())
          .guard(SUBMIT, FROM_CENTRAL_AUTHORITY_WHERE_DECLARED)
          .guard(SUBMIT, TRAFFIC_DATA_NOT_RESERVED)
          .guard(SUBMIT, PRECEDING_ORDER_UNANSWERED)
          .guard(GRANT_CONDITIONALLY, CONDITIONS_STATED)
          .guard(TRANSMIT_RESULT, TRANSFERS_NOT_SUSPENDED)
          .build();

  /** The lifecycle: the skeleton, the 2AP 8(8) refusal and the family's own execution. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<ForeignProductionOrderRequest>>
      TABLE =
          AssistanceLifecycle.table(
              PROFILE,
              lines -> {
                var refusal =
                    lines
                        .from(UNDER_REVIEW)
                        .on(REFUSE)
                        .to(REFUSED)
                        .perUnverified(ART_8_8)
                        .when(REFUSED_BY_REQUESTED, REFUSAL_ADMISSIBLE);
                var next =
                    AssistanceLifecycle.line(
                        refusal, PROFILE, ACCEPTED, START_EXECUTION, EXECUTING,
                        AssistanceLifecycle.requested(PROFILE, START_EXECUTION));
                next =
                    AssistanceLifecycle.line(
                        next, PROFILE, ACCEPTED, REPORT_DELAY, ACCEPTED,
                        AssistanceLifecycle.requestedWithOptionalDocument(PROFILE, REPORT_DELAY));
                next =
                    AssistanceLifecycle.line(
                        next, PROFILE, EXECUTING, REPORT_DELAY, EXECUTING,
                        AssistanceLifecycle.requestedWithOptionalDocument(PROFILE, REPORT_DELAY));
                next =
                    AssistanceLifecycle.line(
                        next, PROFILE, EXECUTING, TRANSMIT_RESULT, RESULT_TRANSMITTED,
                        AssistanceLifecycle.result(PROFILE, TRANSMIT_RESULT));
                return AssistanceLifecycle.line(
                    next, PROFILE, RESULT_TRANSMITTED, CLOSE, CLOSED, List.of(CLOSED_BY_EITHER_PARTY));
              });

  /** The engine for requests to give effect to a foreign production order. */
  public static final Workflow<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.FOREIGN_PRODUCTION_ORDER, TABLE);

  /**
   * Whether the 2AP 7 case {@code origin} ended so that the issuing Party may fall back on 2AP 8
   * with the request {@code self} (2AP 7(7)).
   */
  static boolean allowsFallback(CaseFile<?, ?, ?> origin, RequestId self) {
    if (origin.request().family() != RequestFamily.SUBSCRIBER_INFORMATION_ORDER) {
      return false;
    }
    Object status = origin.status();
    if (status == DirectOrderStatus.NOT_DISCLOSED || status == DirectOrderStatus.BLOCKED) {
      return true;
    }
    if (status == DirectOrderStatus.ESCALATED) {
      Optional<RequestId> followUp = origin.lastEvent().flatMap(HistoryEvent::followUp);
      return followUp.map(self::equals).orElse(false);
    }
    return false;
  }

  private static List<Violation> inadmissibleGrounds(
      StepContext<ForeignProductionOrderRequest> c, Refusal refusal) {
    List<Offence> offences = c.request().order().offences();
    Map<String, Violation> byCode = new LinkedHashMap<>();
    for (Offence offence : offences.isEmpty() ? List.of(NO_OFFENCE_NAMED) : offences) {
      for (Violation v :
          RefusalGrounds.check(RequestFamily.FOREIGN_PRODUCTION_ORDER, false, offence, false, refusal.grounds())) {
        byCode.putIfAbsent(v.code(), v);
      }
    }
    for (Violation v :
        RefusalGrounds.checkReasons(RequestFamily.FOREIGN_PRODUCTION_ORDER, refusal.obstaclesInvoked())) {
      byCode.putIfAbsent(v.code(), v);
    }
    return List.copyOf(byCode.values());
  }
}
