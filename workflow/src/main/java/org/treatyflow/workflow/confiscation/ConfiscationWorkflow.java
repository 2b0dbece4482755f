package org.treatyflow.workflow.confiscation;

import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CONFISCATE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REFUSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REPORT_DELAY;
import static org.treatyflow.workflow.assistance.AssistanceAction.START_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUBMIT;
import static org.treatyflow.workflow.assistance.AssistanceLifecycle.line;
import static org.treatyflow.workflow.assistance.AssistanceLifecycle.requestedWithOptionalDocument;
import static org.treatyflow.workflow.assistance.AssistanceStatus.ACCEPTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.CLOSED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.CONFISCATED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.EXECUTING;
import static org.treatyflow.workflow.assistance.AssistanceStatus.REFUSED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.confiscation.ConfiscationKind;
import org.treatyflow.model.confiscation.ConfiscationMode;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.NoticeKind;
import org.treatyflow.model.reply.ResultTransmission;
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
 * The lifecycle of a confiscation request under Section 4 of Chapter IV of the Warsaw Convention:
 * the common skeleton on the Warsaw track up to {@code ACCEPTED}, then the family's own execution.
 *
 * <pre>
 * ACCEPTED --START_EXECUTION--> EXECUTING                  WC 24(1): the requested Party's law governs
 * EXECUTING --REPORT_DELAY--> EXECUTING                    WC 41(1)(d)
 * EXECUTING --CONFISCATE--> CONFISCATED                    WC 23(1); realised amount within the order, WC 26(2)
 * EXECUTING --REFUSE--> REFUSED                            WC 23(1)(b): the domestic order was not granted
 * CONFISCATED --CLOSE--> CLOSED                            WC 41(1)(b), unverified: final result given
 * every open status --WITHDRAW--> WITHDRAWN                WC 41(2): order unenforceable (a) or action no longer justified (b)
 * </pre>
 *
 * <p><b>Disposal.</b> This table has no disposal, return or sharing line. The property confiscated
 * is disposed of by the requested Party under its own law (WC 25(1)), which is no step of
 * cooperation; return to the requesting Party (WC 25(2), "where requested") and sharing (WC 25(3),
 * under an agreement or arrangement) are asked for in a {@link
 * org.treatyflow.model.confiscation.DisposalRequest}, and are recorded only in that family's case
 * ({@link DisposalWorkflow}), which may act only once this case has reached {@code CONFISCATED} and
 * was not withdrawn. The two cases thus never record two fates for the same property: this case
 * records that the property was confiscated and closes with the final result; the disposal case
 * records what became of it. (A withdrawal after {@code CONFISCATED} stays possible, because the
 * skeleton writes withdrawal from every open status; it then stops any disposal, return or
 * sharing.)
 *
 * <p><b>Rules of the family.</b> The request's content (WC 23(1), 23(3), 37(1), 37(3) for either
 * mode, the third parties' documents) is checked by its completeness rules when it is submitted.
 * Confiscation is coercive by nature; the refusal grounds are those of Section 4 (W1-W7, W10-W15,
 * T1; never W8-W9; never bank secrecy, WC 28(7)). A request on an order also sent to other Parties
 * comes with the requesting Party's notice of that (WC 41(3), {@link #SEVERAL_PARTIES_NOTICE}). A
 * value confiscation records the amount realised with {@code CONFISCATE} ({@link
 * #REALISED_AMOUNT_RECORDED}), which must not exceed the order ({@link #ORDER_AMOUNT_NOT_EXCEEDED},
 * WC 26(2)); amounts realised in other Parties are not known to the case, so the library checks
 * only this Party's share. WC 38(3) (interim Section 2 or 3 measures while amendments are awaited)
 * is the amendment request's {@code interimMeasuresMayBeTaken}, allowed for this family only, and is
 * checked on the provisional measure's side.
 *
 * <p><b>Not encoded.</b> WC 27 (no imprisonment in default where the requesting Party so
 * specifies, {@link ConfiscationRequest#noImprisonmentInDefault()}): nothing the requested Party
 * records in the case says how it enforces, so no guard can check it. WC 31 (service of documents)
 * and WC 32 (recognition of third parties' decisions) set no step before confiscation: WC 32(2)
 * is the refusal ground T1, and the documents showing that third parties could claim rights are a
 * WC 37(3) completeness rule of the request.
 *
 * <p>Legal basis: WC 23-26, 28-30, 34, 37, 38, 41; the skeleton, {@link AssistanceLifecycle}.
 */
public final class ConfiscationWorkflow {
  private ConfiscationWorkflow() {}

  /**
   * A request on an order also sent to other Parties for confiscation comes with the requesting
   * Party's notice of it (WC 41(3)); the library records that notice with the request
   * (unverified). Passes when there is no command, or the request names no other Party.
   */
  public static final Guard<StepContext<ConfiscationRequest>> SEVERAL_PARTIES_NOTICE =
      Guard.computed(
          "WC_41_3_SEVERAL_PARTIES_NOTICE",
          WARSAW.cite(41, 3),
          c -> {
            if (c.command().isEmpty() || c.request().otherPartiesRequested().isEmpty()) {
              return List.of();
            }
            Optional<InformationNotice> notice =
                AssistanceGuards.reply(c, InformationNotice.class)
                    .filter(n -> n.kind() == NoticeKind.CONFISCATION_REQUESTED_IN_SEVERAL_PARTIES);
            if (notice.isEmpty()) {
              return List.of(
                  Guards.violation(
                      "WC_41_3_SEVERAL_PARTIES_NOTICE",
                      WARSAW.cite(41, 3),
                      "reply",
                      Verification.UNVERIFIED,
                      "Confiscation on the same order is requested in other Parties: the request must"
                          + " come with the notice informing the requested Party of it.",
                      "La confiscation fondée sur la même décision est demandée à d'autres Parties : la"
                          + " demande doit être accompagnée de la notification qui en informe la Partie"
                          + " requise."));
            }
            return notice.get().completenessViolations();
          });

  /**
   * A value confiscation is recorded with a transmission of results stating the amount realised,
   * so that the total stays within the order (WC 26(2); the library's reading, unverified). Passes
   * when there is no command, or the confiscation is of specific property.
   */
  public static final Guard<StepContext<ConfiscationRequest>> REALISED_AMOUNT_RECORDED =
      Guard.require(
          "WC_26_2_REALISED_AMOUNT_RECORDED",
          WARSAW.cite(26, 2),
          Verification.UNVERIFIED,
          c ->
              c.command().isEmpty()
                  || c.request().kind() != ConfiscationKind.VALUE
                  || AssistanceGuards.reply(c, ResultTransmission.class)
                      .filter(t -> !t.amounts().isEmpty())
                      .isPresent(),
          "A value confiscation must be recorded with the amount realised.",
          "Une confiscation en valeur doit être consignée avec le montant réalisé.");

  /**
   * The amount realised, in the currency of the order, does not exceed the amount of the order
   * (WC 26(2)). Amounts in another currency are converted at the rate of the day of the decision
   * to enforce (WC 24(4)), which the case does not hold, so they are not added up here.
   */
  public static final Guard<StepContext<ConfiscationRequest>> ORDER_AMOUNT_NOT_EXCEEDED =
      Guard.require(
          "WC_26_2_ORDER_AMOUNT_EXCEEDED",
          WARSAW.cite(26, 2),
          Verification.CONFIRMED,
          c -> {
            Optional<Amount> order = c.request().orderAmount();
            Optional<ResultTransmission> realised = AssistanceGuards.reply(c, ResultTransmission.class);
            if (order.isEmpty() || realised.isEmpty()) {
              return true;
            }
            BigDecimal total =
                realised.get().amounts().stream()
                    .filter(a -> a.code().equals(order.get().code()))
                    .map(Amount::value)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return total.compareTo(order.get().value()) <= 0;
          },
          "The amount confiscated must not exceed the amount of the confiscation order; where that"
              + " risk arises, the Parties consult.",
          "Le montant confisqué ne doit pas dépasser le montant de la décision de confiscation ; si"
              + " ce risque apparaît, les Parties se consultent.");

  /** A domestic order can be refused only where one was sought: mode WC 23(1)(b). */
  public static final Guard<StepContext<ConfiscationRequest>> DOMESTIC_ORDER_SOUGHT =
      Guard.require(
          "WC_23_1_B_DOMESTIC_ORDER_SOUGHT",
          WARSAW.cite(23, 1, "b"),
          Verification.CONFIRMED,
          c -> c.request().mode() == ConfiscationMode.DOMESTIC_ORDER,
          "Only where a domestic confiscation order was sought can execution end because it was not"
              + " granted; a foreign order is enforced or the request refused before acceptance.",
          "Ce n'est que lorsqu'une décision interne de confiscation a été demandée que l'exécution"
              + " peut prendre fin faute de décision ; une décision étrangère est exécutée ou la"
              + " demande refusée avant son acceptation.");

  private static final ArticleCitation DOMESTIC_ORDER = WARSAW.cite(23, 1, "b");

  private static final Offence NO_OFFENCE_NAMED =
      Offence.builder().domesticDescription("No offence named in the request").build();

  /**
   * The domestic order not granted is recorded with a complete refusal of this request, on grounds
   * admissible against confiscation (WC 28(4) and the others of WC 28; never bank secrecy).
   */
  public static final Guard<StepContext<ConfiscationRequest>> DOMESTIC_ORDER_REFUSAL =
      Guards.refusalAdmissible(
          "WC_23_1_B_DOCUMENT",
          DOMESTIC_ORDER,
          (c, r) -> AssistanceGuards.answers(c.request(), r),
          Guards.violation(
              "WC_23_1_B_DOCUMENT",
              DOMESTIC_ORDER,
              "reply",
              Verification.CONFIRMED,
              "The domestic order not granted must be recorded with the refusal of this request, its"
                  + " grounds and reasons.",
              "Le refus de la décision interne doit être consigné avec le refus de cette demande, ses"
                  + " motifs et sa motivation."),
          (c, r) -> v -> false,
          (c, r) -> {
            Map<String, Violation> byCode = new LinkedHashMap<>();
            List<Offence> offences = c.request().offences();
            for (Offence offence : offences.isEmpty() ? List.of(NO_OFFENCE_NAMED) : offences) {
              for (Violation v : RefusalGrounds.check(RequestFamily.CONFISCATION, true, offence, false, r.grounds())) {
                byCode.putIfAbsent(v.code(), v);
              }
            }
            List<Violation> all = new ArrayList<>(byCode.values());
            all.addAll(RefusalGrounds.checkReasons(RequestFamily.CONFISCATION, r.obstaclesInvoked()));
            return all;
          });

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<ConfiscationRequest> PROFILE =
      AssistanceProfile.builder(RequestFamily.CONFISCATION, ConfiscationRequest.class)
          .track(AssistanceProfile.Track.WARSAW, AssistanceProfile.warsaw(WARSAW.cite(23, 1)))
          .without(AssistanceAction.TRANSMIT_RESULT)
          .provision(START_EXECUTION, Provision.per(WARSAW.cite(24, 1)))
          .provision(CONFISCATE, Provision.per(WARSAW.cite(23, 1)))
          .provision(AssistanceAction.WITHDRAW, Provision.per(WARSAW.cite(41, 2)))
          .offences(ConfiscationRequest::offences)
          .coercive(r -> true)
          .guard(SUBMIT, SEVERAL_PARTIES_NOTICE)
          .guard(CONFISCATE, REALISED_AMOUNT_RECORDED)
          .guard(CONFISCATE, ORDER_AMOUNT_NOT_EXCEEDED)
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<ConfiscationRequest>> TABLE =
      AssistanceLifecycle.table(PROFILE, ConfiscationWorkflow::execution);

  /** The engine for confiscation requests. */
  public static final Workflow<ConfiscationRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.CONFISCATION, TABLE);

  private static TransitionTable.LineStage<AssistanceStatus, AssistanceAction, StepContext<ConfiscationRequest>>
      execution(
          TransitionTable.LineStage<AssistanceStatus, AssistanceAction, StepContext<ConfiscationRequest>> lines) {
    AssistanceProfile<ConfiscationRequest> p = PROFILE;
    lines = line(lines, p, ACCEPTED, START_EXECUTION, EXECUTING, requestedWithOptionalDocument(p, START_EXECUTION));
    lines = line(lines, p, EXECUTING, REPORT_DELAY, EXECUTING, requestedWithOptionalDocument(p, REPORT_DELAY));
    lines = line(lines, p, EXECUTING, CONFISCATE, CONFISCATED, requestedWithOptionalDocument(p, CONFISCATE));
    lines = lines
        .from(EXECUTING)
        .on(REFUSE)
        .to(REFUSED)
        .per(DOMESTIC_ORDER)
        .when(
            AssistanceGuards.byRequested(Provision.per(DOMESTIC_ORDER)),
            DOMESTIC_ORDER_SOUGHT,
            DOMESTIC_ORDER_REFUSAL);
    return line(lines, p, CONFISCATED, CLOSE, CLOSED, requestedWithOptionalDocument(p, CLOSE));
  }
}
