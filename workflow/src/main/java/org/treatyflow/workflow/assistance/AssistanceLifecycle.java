package org.treatyflow.workflow.assistance;

import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT_CONDITIONS;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACKNOWLEDGE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE_INCOMPLETE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CONFIRM_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.CONSULT_DRAFT;
import static org.treatyflow.workflow.assistance.AssistanceAction.DECLINE_CONDITIONS;
import static org.treatyflow.workflow.assistance.AssistanceAction.GRANT_CONDITIONALLY;
import static org.treatyflow.workflow.assistance.AssistanceAction.POSTPONE;
import static org.treatyflow.workflow.assistance.AssistanceAction.RECEIVE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REFUSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REPORT_CONFIDENTIALITY_IMPOSSIBLE;
import static org.treatyflow.workflow.assistance.AssistanceAction.REPORT_DELAY;
import static org.treatyflow.workflow.assistance.AssistanceAction.REQUEST_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.REQUEST_USE_EXPLANATION;
import static org.treatyflow.workflow.assistance.AssistanceAction.RESUME;
import static org.treatyflow.workflow.assistance.AssistanceAction.START_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUBMIT;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUPPLY_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceAction.TRANSMIT_INTERIM_RESULT;
import static org.treatyflow.workflow.assistance.AssistanceAction.TRANSMIT_RESULT;
import static org.treatyflow.workflow.assistance.AssistanceAction.WITHDRAW;
import static org.treatyflow.workflow.assistance.AssistanceStatus.ACCEPTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.AWAITING_AMENDMENT;
import static org.treatyflow.workflow.assistance.AssistanceStatus.AWAITING_CONFIDENTIALITY_DECISION;
import static org.treatyflow.workflow.assistance.AssistanceStatus.CLOSED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.CLOSED_INCOMPLETE;
import static org.treatyflow.workflow.assistance.AssistanceStatus.CONDITIONALLY_GRANTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.DISPOSED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.DRAFT;
import static org.treatyflow.workflow.assistance.AssistanceStatus.DRAFT_CONSULTATION;
import static org.treatyflow.workflow.assistance.AssistanceStatus.EXECUTING;
import static org.treatyflow.workflow.assistance.AssistanceStatus.LIFTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.POSTPONED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.RECEIVED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.REFUSED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.RESULT_TRANSMITTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.RETURNED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.SHARED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.TRANSMITTED;
import static org.treatyflow.workflow.assistance.AssistanceStatus.UNDER_REVIEW;
import static org.treatyflow.workflow.assistance.AssistanceStatus.WITHDRAWN;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.Postponement;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.TransitionTable.LineStage;

/**
 * The common mutual assistance skeleton (the legal reference's §6.1), written once and shared by
 * every family answered by mutual assistance: BC 25/27, 31, 33 and 34; 2AP 8 and 10; WC 16-19,
 * 21-22, 23-24 and 25. A family gives its {@link AssistanceProfile} (the article of each step, its
 * own guards) and, where its execution differs from the common one (a provisional measure in force,
 * a confiscation, a disposal), its own execution lines.
 *
 * <pre>
 * DRAFT --CONSULT_DRAFT--> DRAFT_CONSULTATION                      WC 34(6), starts no deadline
 * DRAFT | DRAFT_CONSULTATION --SUBMIT--> TRANSMITTED               request complete, treaty in force
 * TRANSMITTED --RECEIVE--> RECEIVED --ACKNOWLEDGE--> UNDER_REVIEW  WC 41(1)(a)
 * UNDER_REVIEW --REQUEST_AMENDMENT--> AWAITING_AMENDMENT           WC 38(1); time limit WC 38(2)
 *   AWAITING_AMENDMENT --SUPPLY_AMENDMENT--> UNDER_REVIEW
 *   AWAITING_AMENDMENT --CLOSE_INCOMPLETE--> CLOSED_INCOMPLETE      time limit passed
 * UNDER_REVIEW --REPORT_CONFIDENTIALITY_IMPOSSIBLE--> AWAITING_CONFIDENTIALITY_DECISION  BC 27(8); WC 43(1)
 *   --CONFIRM_EXECUTION--> UNDER_REVIEW (or WITHDRAW)               the requesting Party decides
 * UNDER_REVIEW --ACCEPT--> ACCEPTED
 * UNDER_REVIEW --GRANT_CONDITIONALLY--> CONDITIONALLY_GRANTED      BC 27(6), 28(2); WC 30
 *   --ACCEPT_CONDITIONS--> ACCEPTED (conditions bind)             BC 28(3)
 *   --DECLINE_CONDITIONS--> UNDER_REVIEW (requested Party decides)  BC 28(3)
 * UNDER_REVIEW --POSTPONE--> POSTPONED --RESUME--> UNDER_REVIEW     BC 27(5); WC 29
 * UNDER_REVIEW --REFUSE--> REFUSED                                  BC 25(4), 27(4); WC 28
 * ACCEPTED --START_EXECUTION--> EXECUTING --TRANSMIT_RESULT--> RESULT_TRANSMITTED --CLOSE--> CLOSED
 *   EXECUTING --REPORT_DELAY--> EXECUTING                           BC 27(7); WC 41(1)(d)
 *   EXECUTING --CLOSE--> CLOSED                                     once impossibility is reported
 * every open status --WITHDRAW--> WITHDRAWN                         WC 41(2)(b)
 * </pre>
 *
 * <p>A postponement, a conditional grant and a refusal must come with their document, complete
 * (ground, reasons, partial grant considered first: BC 27(6)-(7); WC 30, 40); a refusal's grounds
 * must be admissible for the request (closed lists, coercive action, financing of terrorism,
 * confiscation-only grounds, never bank secrecy: {@link org.treatyflow.model.refusal.RefusalGrounds}).
 * A step is left out of a family's table when its profile has no provision for it.
 */
public final class AssistanceLifecycle {
  private AssistanceLifecycle() {}

  /**
   * The statuses in which the requested Party has taken its decision on a request (accepted,
   * granted under conditions, refused, or the request ended otherwise): what BC 29(7) waits for
   * before preserved data may be released.
   */
  public static final Set<AssistanceStatus> DECIDED =
      Sets.immutableEnumSet(
          ACCEPTED, CONDITIONALLY_GRANTED, EXECUTING, RESULT_TRANSMITTED, AssistanceStatus.MEASURE_IN_FORCE,
          AssistanceStatus.PENDING_LIFT_CONSULTATION, AssistanceStatus.CONFISCATED, CLOSED, REFUSED, WITHDRAWN,
          CLOSED_INCOMPLETE, LIFTED, DISPOSED, RETURNED, SHARED);

  /** The terminal statuses every family built on the skeleton may reach. */
  public static final EnumSet<AssistanceStatus> TERMINAL =
      EnumSet.of(CLOSED, REFUSED, WITHDRAWN, CLOSED_INCOMPLETE, LIFTED, DISPOSED, RETURNED, SHARED);

  /**
   * The conditions on use the requesting Party accepted in the case (BC 28(3): they bind it),
   * derived from its history: those of every conditional grant followed by ACCEPT_CONDITIONS.
   */
  public static Set<UseCondition> acceptedUseConditions(
      CaseFile<?, AssistanceStatus, AssistanceAction> caseFile) {
    return AssistanceGuards.acceptedUseConditions(caseFile);
  }

  /** The family's table: the skeleton with the common execution. */
  public static <R extends Request> TransitionTable<AssistanceStatus, AssistanceAction, StepContext<R>> table(
      AssistanceProfile<R> profile) {
    return table(profile, stage -> commonExecution(stage, profile));
  }

  /**
   * The family's table: the skeleton up to {@code ACCEPTED}, then the family's own {@code
   * execution} lines, then withdrawal from every open status.
   */
  public static <R extends Request> TransitionTable<AssistanceStatus, AssistanceAction, StepContext<R>> table(
      AssistanceProfile<R> profile,
      UnaryOperator<LineStage<AssistanceStatus, AssistanceAction, StepContext<R>>> execution) {
    LineStage<AssistanceStatus, AssistanceAction, StepContext<R>> lines =
        TransitionTable.of(AssistanceStatus.class, AssistanceAction.class, context(profile))
            .initial(DRAFT)
            .terminal(TERMINAL);
    lines = review(lines, profile);
    lines = execution.apply(lines);
    return withdrawal(lines, profile).build();
  }

  /** The common execution: start, report delays, (interim) results, use explanation, close. */
  public static <R extends Request> LineStage<AssistanceStatus, AssistanceAction, StepContext<R>> commonExecution(
      LineStage<AssistanceStatus, AssistanceAction, StepContext<R>> lines, AssistanceProfile<R> profile) {
    lines = line(lines, profile, ACCEPTED, START_EXECUTION, EXECUTING, requested(profile, START_EXECUTION));
    lines = line(lines, profile, EXECUTING, REPORT_DELAY, EXECUTING, requestedWithOptionalDocument(profile, REPORT_DELAY));
    lines = line(lines, profile, EXECUTING, TRANSMIT_INTERIM_RESULT, EXECUTING, result(profile, TRANSMIT_INTERIM_RESULT));
    lines = line(lines, profile, EXECUTING, TRANSMIT_RESULT, RESULT_TRANSMITTED, result(profile, TRANSMIT_RESULT));
    Optional<Provision> delay = profile.provision(REPORT_DELAY);
    if (delay.isPresent() && profile.provision(CLOSE).isPresent()) {
      lines =
          lines
              .from(EXECUTING)
              .on(CLOSE)
              .to(CLOSED)
              .per(delay.get().citation(), delay.get().verification())
              .when(AssistanceGuards.<R>byRequested(delay.get()), AssistanceGuards.<R>impossibilityReported(delay.get()));
    }
    lines = line(lines, profile, RESULT_TRANSMITTED, REQUEST_USE_EXPLANATION, RESULT_TRANSMITTED,
        profile.provision(REQUEST_USE_EXPLANATION)
            .map(p -> List.of(AssistanceGuards.<R>byRequested(p), AssistanceGuards.<R>conditionsAccepted(p)))
            .orElse(List.of()));
    return line(lines, profile, RESULT_TRANSMITTED, CLOSE, CLOSED,
        profile.provision(CLOSE).map(p -> List.of(AssistanceGuards.<R>byEitherParty(p))).orElse(List.of()));
  }

  /**
   * Writes the line {@code from --action--> to} citing the family's provision for {@code action},
   * with {@code guards} and then the family's own guards on the action; writes nothing if the
   * family has no provision for it. For a family's own execution lines.
   */
  public static <R extends Request> LineStage<AssistanceStatus, AssistanceAction, StepContext<R>> line(
      LineStage<AssistanceStatus, AssistanceAction, StepContext<R>> lines,
      AssistanceProfile<R> profile,
      AssistanceStatus from,
      AssistanceAction action,
      AssistanceStatus to,
      List<Guard<StepContext<R>>> guards) {
    Optional<Provision> provision = profile.provision(action);
    if (provision.isEmpty()) {
      return lines;
    }
    List<Guard<StepContext<R>>> all = new ArrayList<>(guards);
    all.addAll(profile.guards(action));
    return lines
        .from(from)
        .on(action)
        .to(to)
        .per(provision.get().citation(), provision.get().verification())
        .when(all);
  }

  /** The guard that the step is taken by the requested Party, citing the family's provision. */
  public static <R extends Request> List<Guard<StepContext<R>>> requested(
      AssistanceProfile<R> profile, AssistanceAction action) {
    return profile.provision(action).map(p -> List.of(AssistanceGuards.<R>byRequested(p))).orElse(List.of());
  }

  /** The guard that the step is taken by the requesting Party, citing the family's provision. */
  public static <R extends Request> List<Guard<StepContext<R>>> requesting(
      AssistanceProfile<R> profile, AssistanceAction action) {
    return profile.provision(action).map(p -> List.of(AssistanceGuards.<R>byRequesting(p))).orElse(List.of());
  }

  /** The requested Party acts; any document it gives answers this request and is complete. */
  public static <R extends Request> List<Guard<StepContext<R>>> requestedWithOptionalDocument(
      AssistanceProfile<R> profile, AssistanceAction action) {
    return profile.provision(action)
        .map(p -> List.of(AssistanceGuards.<R>byRequested(p), AssistanceGuards.<R>documentIfAny(p)))
        .orElse(List.of());
  }

  /** The requesting Party acts; any document it gives answers this request and is complete. */
  public static <R extends Request> List<Guard<StepContext<R>>> requestingWithOptionalDocument(
      AssistanceProfile<R> profile, AssistanceAction action) {
    return profile.provision(action)
        .map(p -> List.of(AssistanceGuards.<R>byRequesting(p), AssistanceGuards.<R>documentIfAny(p)))
        .orElse(List.of());
  }

  /** The requested Party sends results, which carry the conditions the requesting Party accepted. */
  public static <R extends Request> List<Guard<StepContext<R>>> result(
      AssistanceProfile<R> profile, AssistanceAction action) {
    return profile.provision(action)
        .map(
            p ->
                List.of(
                    AssistanceGuards.<R>byRequested(p),
                    AssistanceGuards.<R, ResultTransmission>document(
                        p,
                        ResultTransmission.class,
                        "The results must be recorded with the transmission of results of this request.",
                        "Les résultats doivent être consignés avec la transmission des résultats de cette"
                            + " demande."),
                    AssistanceGuards.<R>acceptedConditionsCarried(p)))
        .orElse(List.of());
  }

  private static <R extends Request> LineStage<AssistanceStatus, AssistanceAction, StepContext<R>> review(
      LineStage<AssistanceStatus, AssistanceAction, StepContext<R>> lines, AssistanceProfile<R> profile) {
    Provision submit = profile.provision(SUBMIT).orElseThrow();
    List<Guard<StepContext<R>>> submitGuards = new ArrayList<>();
    submitGuards.add(AssistanceGuards.byRequesting(submit));
    submitGuards.add(AssistanceGuards.complete(submit));
    submitGuards.addAll(AssistanceGuards.inForce(profile, submit));
    lines = line(lines, profile, DRAFT, CONSULT_DRAFT, DRAFT_CONSULTATION, requesting(profile, CONSULT_DRAFT));
    lines = line(lines, profile, DRAFT, SUBMIT, TRANSMITTED, submitGuards);
    if (profile.provision(CONSULT_DRAFT).isPresent()) {
      lines = line(lines, profile, DRAFT_CONSULTATION, SUBMIT, TRANSMITTED, submitGuards);
    }
    lines = line(lines, profile, TRANSMITTED, RECEIVE, RECEIVED, requested(profile, RECEIVE));
    lines = line(lines, profile, RECEIVED, ACKNOWLEDGE, UNDER_REVIEW, requestedWithOptionalDocument(profile, ACKNOWLEDGE));
    lines = line(lines, profile, UNDER_REVIEW, REQUEST_AMENDMENT, AWAITING_AMENDMENT,
        profile.provision(REQUEST_AMENDMENT)
            .map(p -> List.of(
                AssistanceGuards.<R>byRequested(p),
                AssistanceGuards.<R, AmendmentRequest>document(
                    p,
                    AmendmentRequest.class,
                    "Asking for amendments must be recorded with the amendment request, saying what is"
                        + " missing.",
                    "La demande de compléments doit être consignée avec la demande de compléments,"
                        + " indiquant ce qui manque.")))
            .orElse(List.of()));
    if (profile.provision(REQUEST_AMENDMENT).isPresent()) {
      lines = line(lines, profile, AWAITING_AMENDMENT, SUPPLY_AMENDMENT, UNDER_REVIEW, requesting(profile, SUPPLY_AMENDMENT));
      lines = line(lines, profile, AWAITING_AMENDMENT, CLOSE_INCOMPLETE, CLOSED_INCOMPLETE,
          profile.provision(CLOSE_INCOMPLETE)
              .map(p -> List.of(AssistanceGuards.<R>byRequested(p), AssistanceGuards.<R>amendmentTimeLimitPassed(p)))
              .orElse(List.of()));
    }
    lines = line(lines, profile, UNDER_REVIEW, REPORT_CONFIDENTIALITY_IMPOSSIBLE, AWAITING_CONFIDENTIALITY_DECISION,
        profile.provision(REPORT_CONFIDENTIALITY_IMPOSSIBLE)
            .map(p -> List.of(
                AssistanceGuards.<R>byRequested(p),
                AssistanceGuards.<R>confidentialityRequested(p),
                AssistanceGuards.<R>documentIfAny(p)))
            .orElse(List.of()));
    if (profile.provision(REPORT_CONFIDENTIALITY_IMPOSSIBLE).isPresent()) {
      lines = line(lines, profile, AWAITING_CONFIDENTIALITY_DECISION, CONFIRM_EXECUTION, UNDER_REVIEW,
          requesting(profile, CONFIRM_EXECUTION));
    }
    lines = line(lines, profile, UNDER_REVIEW, ACCEPT, ACCEPTED, requestedWithOptionalDocument(profile, ACCEPT));
    lines = line(lines, profile, UNDER_REVIEW, GRANT_CONDITIONALLY, CONDITIONALLY_GRANTED,
        profile.provision(GRANT_CONDITIONALLY)
            .map(p -> List.of(
                AssistanceGuards.<R>byRequested(p),
                AssistanceGuards.<R, ConditionalGrant>document(
                    p,
                    ConditionalGrant.class,
                    "A partial or conditional grant must be recorded with its scope or conditions.",
                    "Une acceptation partielle ou sous conditions doit être consignée avec sa portée ou"
                        + " ses conditions.")))
            .orElse(List.of()));
    if (profile.provision(GRANT_CONDITIONALLY).isPresent()) {
      lines = line(lines, profile, CONDITIONALLY_GRANTED, ACCEPT_CONDITIONS, ACCEPTED, requesting(profile, ACCEPT_CONDITIONS));
      lines = line(lines, profile, CONDITIONALLY_GRANTED, DECLINE_CONDITIONS, UNDER_REVIEW,
          requestingWithOptionalDocument(profile, DECLINE_CONDITIONS));
    }
    lines = line(lines, profile, UNDER_REVIEW, POSTPONE, POSTPONED,
        profile.provision(POSTPONE)
            .map(p -> List.of(
                AssistanceGuards.<R>byRequested(p),
                AssistanceGuards.<R, Postponement>document(
                    p,
                    Postponement.class,
                    "A postponement must be recorded with its ground and reasons.",
                    "Un report doit être consigné avec son motif et sa motivation.")))
            .orElse(List.of()));
    if (profile.provision(POSTPONE).isPresent()) {
      lines = line(lines, profile, POSTPONED, RESUME, UNDER_REVIEW, requested(profile, RESUME));
    }
    return line(lines, profile, UNDER_REVIEW, REFUSE, REFUSED,
        profile.provision(REFUSE)
            .map(p -> List.of(AssistanceGuards.<R>byRequested(p), AssistanceGuards.refusalAdmissible(profile, p)))
            .orElse(List.of()));
  }

  private static <R extends Request> LineStage<AssistanceStatus, AssistanceAction, StepContext<R>> withdrawal(
      LineStage<AssistanceStatus, AssistanceAction, StepContext<R>> lines, AssistanceProfile<R> profile) {
    Provision withdraw = profile.provision(WITHDRAW).orElseThrow();
    Provision draft = Provision.perUnverified(profile.family().legalBasis().get(0));
    lines =
        lines
            .from(DRAFT)
            .on(WITHDRAW)
            .to(WITHDRAWN)
            .per(draft.citation(), draft.verification())
            .when(AssistanceGuards.<R>byRequesting(draft));
    List<Guard<StepContext<R>>> guards = new ArrayList<>();
    guards.add(AssistanceGuards.byRequesting(withdraw));
    guards.add(AssistanceGuards.documentIfAny(withdraw));
    guards.addAll(profile.guards(WITHDRAW));
    return lines
        .fromEveryOpenStatusExcept(EnumSet.of(DRAFT))
        .on(WITHDRAW)
        .to(WITHDRAWN)
        .per(withdraw.citation(), withdraw.verification())
        .when(guards);
  }

  @SuppressWarnings("unchecked")
  private static <R extends Request> Class<StepContext<R>> context(AssistanceProfile<R> profile) {
    return (Class<StepContext<R>>) (Class<?>) StepContext.class;
  }
}
