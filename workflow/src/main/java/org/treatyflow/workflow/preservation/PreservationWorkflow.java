package org.treatyflow.workflow.preservation;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.workflow.preservation.PreservationAction.DECIDE_FOLLOW_UP;
import static org.treatyflow.workflow.preservation.PreservationAction.EXPIRE;
import static org.treatyflow.workflow.preservation.PreservationAction.PRESERVE;
import static org.treatyflow.workflow.preservation.PreservationAction.PROCEED;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE_FOLLOW_UP;
import static org.treatyflow.workflow.preservation.PreservationAction.REFUSE;
import static org.treatyflow.workflow.preservation.PreservationAction.SUBMIT;
import static org.treatyflow.workflow.preservation.PreservationAction.WARN_INEFFECTIVE;
import static org.treatyflow.workflow.preservation.PreservationAction.WITHDRAW;
import static org.treatyflow.workflow.preservation.PreservationStatus.AWAITING_REQUESTER_DECISION;
import static org.treatyflow.workflow.preservation.PreservationStatus.DRAFT;
import static org.treatyflow.workflow.preservation.PreservationStatus.EXPIRED;
import static org.treatyflow.workflow.preservation.PreservationStatus.PRESERVED;
import static org.treatyflow.workflow.preservation.PreservationStatus.PRESERVED_PENDING_DECISION;
import static org.treatyflow.workflow.preservation.PreservationStatus.RECEIVED;
import static org.treatyflow.workflow.preservation.PreservationStatus.REFUSED;
import static org.treatyflow.workflow.preservation.PreservationStatus.RELEASED;
import static org.treatyflow.workflow.preservation.PreservationStatus.TRANSMITTED;
import static org.treatyflow.workflow.preservation.PreservationStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * The lifecycle of expedited preservation of stored computer data, line by line as BC 29 reads.
 *
 * <p>Legal basis: BC 29(1)-(7). Withdrawal by the requesting Party is not spelt out by BC 29; its
 * lines rest on BC 29(1) and are marked unverified.
 */
public final class PreservationWorkflow {
  private PreservationWorkflow() {}

  /** The request may be sent only when every item of BC 29(2)(a)-(f) is there. */
  public static final Guard<StepContext<PreservationRequest>> REQUEST_COMPLETE =
      Guard.computed(
          "BC_29_2_REQUEST_COMPLETE", BUDAPEST.cite(29, 2), c -> c.request().completenessViolations());

  /** The Convention must bind both Parties on the day the request is sent. */
  public static final Guard<StepContext<PreservationRequest>> CONVENTION_IN_FORCE =
      Guard.require(
          "BC_29_1_CONVENTION_IN_FORCE",
          BUDAPEST.cite(29, 1),
          Verification.CONFIRMED,
          c ->
              c.environment()
                  .registry()
                  .isInForceBetween(
                      Instrument.BUDAPEST,
                      requesting(c),
                      requested(c),
                      c.today(requesting(c))),
          "The Budapest Convention is not in force between the requesting and the requested Party"
              + " on this date.",
          "La Convention de Budapest n'est pas en vigueur entre la Partie requérante et la Partie"
              + " requise à cette date.");

  /** A refusal must rest on a ground BC 29(4)-(5) admits, and give what a refusal must give. */
  public static final Guard<StepContext<PreservationRequest>> REFUSAL_ADMISSIBLE =
      Guard.computed("BC_29_5_REFUSAL_ADMISSIBLE", BUDAPEST.cite(29, 5), PreservationWorkflow::refusalViolations);

  /** The follow-up request that keeps the data preserved must be named (BC 29(7)). */
  public static final Guard<StepContext<PreservationRequest>> FOLLOW_UP_NAMED =
      Guard.require(
          "BC_29_7_FOLLOW_UP_NAMED",
          BUDAPEST.cite(29, 7),
          Verification.CONFIRMED,
          c -> c.command().map(cmd -> cmd.followUp().isPresent()).orElse(true),
          "Name the request for search, seizure or disclosure that follows up the preservation.",
          "Indiquez la demande de perquisition, de saisie ou de divulgation qui fait suite à la"
              + " conservation.");

  /** Preservation may end only when its period is over (BC 29(7): at least 60 days). */
  public static final Guard<StepContext<PreservationRequest>> PERIOD_OVER =
      Guard.require(
          "BC_29_7_PERIOD_NOT_OVER",
          BUDAPEST.cite(29, 7),
          Verification.CONFIRMED,
          PreservationWorkflow::periodOver,
          "The preservation period has not ended: data must be preserved for at least 60 days.",
          "La période de conservation n'est pas terminée : les données doivent être conservées"
              + " pendant au moins 60 jours.");

  /** The lifecycle, top-down like BC 29. */
  public static final TransitionTable<PreservationStatus, PreservationAction, StepContext<PreservationRequest>>
      TABLE =
          TransitionTable.of(PreservationStatus.class, PreservationAction.class, context())
              .initial(DRAFT)
              .terminal(EnumSet.of(REFUSED, EXPIRED, RELEASED, WITHDRAWN))
              .from(DRAFT).on(SUBMIT).to(TRANSMITTED).per(BUDAPEST.cite(29, 2))
                  .when(byRequestingParty(BUDAPEST.cite(29, 1)), REQUEST_COMPLETE, CONVENTION_IN_FORCE)
              .from(TRANSMITTED).on(RECEIVE).to(RECEIVED).per(BUDAPEST.cite(29, 3))
                  .when(byRequestedParty(BUDAPEST.cite(29, 3)))
              .from(RECEIVED).on(PRESERVE).to(PRESERVED).per(BUDAPEST.cite(29, 3))
                  .when(byRequestedParty(BUDAPEST.cite(29, 3)))
              .from(RECEIVED).on(WARN_INEFFECTIVE).to(AWAITING_REQUESTER_DECISION).per(BUDAPEST.cite(29, 6))
                  .when(byRequestedParty(BUDAPEST.cite(29, 6)))
              .from(RECEIVED).on(REFUSE).to(REFUSED).per(BUDAPEST.cite(29, 5))
                  .when(byRequestedParty(BUDAPEST.cite(29, 5)), REFUSAL_ADMISSIBLE)
              .from(AWAITING_REQUESTER_DECISION).on(PROCEED).to(PRESERVED).per(BUDAPEST.cite(29, 6))
                  .when(byRequestingParty(BUDAPEST.cite(29, 6)))
              .from(AWAITING_REQUESTER_DECISION).on(WITHDRAW).to(WITHDRAWN).per(BUDAPEST.cite(29, 6))
                  .when(byRequestingParty(BUDAPEST.cite(29, 6)))
              .from(PRESERVED).on(RECEIVE_FOLLOW_UP).to(PRESERVED_PENDING_DECISION).per(BUDAPEST.cite(29, 7))
                  .when(byRequestedParty(BUDAPEST.cite(29, 7)), FOLLOW_UP_NAMED)
              .from(PRESERVED).on(EXPIRE).to(EXPIRED).per(BUDAPEST.cite(29, 7))
                  .when(PERIOD_OVER)
              .from(PRESERVED).on(WITHDRAW).to(RELEASED).perUnverified(BUDAPEST.cite(29, 1))
                  .when(byRequestingParty(BUDAPEST.cite(29, 1)))
              .from(PRESERVED_PENDING_DECISION).on(DECIDE_FOLLOW_UP).to(RELEASED).per(BUDAPEST.cite(29, 7))
                  .when(byRequestedParty(BUDAPEST.cite(29, 7)))
              .from(DRAFT).on(WITHDRAW).to(WITHDRAWN).perUnverified(BUDAPEST.cite(29, 1))
                  .when(byRequestingParty(BUDAPEST.cite(29, 1)))
              .from(TRANSMITTED).on(WITHDRAW).to(WITHDRAWN).perUnverified(BUDAPEST.cite(29, 1))
                  .when(byRequestingParty(BUDAPEST.cite(29, 1)))
              .from(RECEIVED).on(WITHDRAW).to(WITHDRAWN).perUnverified(BUDAPEST.cite(29, 1))
                  .when(byRequestingParty(BUDAPEST.cite(29, 1)))
              .build();

  /** The engine for preservation requests. */
  public static final Workflow<PreservationRequest, PreservationStatus, PreservationAction> WORKFLOW =
      new Workflow<>(RequestFamily.EXPEDITED_PRESERVATION, TABLE);

  @SuppressWarnings("unchecked")
  private static Class<StepContext<PreservationRequest>> context() {
    return (Class<StepContext<PreservationRequest>>) (Class<?>) StepContext.class;
  }

  private static Party requesting(StepContext<PreservationRequest> c) {
    return c.request().header().requestingParty();
  }

  private static Party requested(StepContext<PreservationRequest> c) {
    return c.request().header().requestedParty();
  }

  /** The step is taken by an authority of the requesting Party. */
  static Guard<StepContext<PreservationRequest>> byRequestingParty(ArticleCitation citation) {
    return actorOf(citation, "REQUESTING", PreservationWorkflow::requesting, "requesting", "requérante");
  }

  /** The step is taken by an authority of the requested Party. */
  static Guard<StepContext<PreservationRequest>> byRequestedParty(ArticleCitation citation) {
    return actorOf(citation, "REQUESTED", PreservationWorkflow::requested, "requested", "requise");
  }

  private static Guard<StepContext<PreservationRequest>> actorOf(
      ArticleCitation citation,
      String side,
      Function<StepContext<PreservationRequest>, Party> party,
      String english,
      String french) {
    return Guard.require(
        "ACTOR_OF_" + side + "_PARTY",
        citation,
        Verification.CONFIRMED,
        c -> c.command().map(cmd -> cmd.actor().party().equals(party.apply(c))).orElse(true),
        "Only an authority of the " + english + " Party may take this step.",
        "Seule une autorité de la Partie " + french + " peut accomplir cette étape.");
  }

  private static boolean periodOver(StepContext<PreservationRequest> c) {
    @SuppressWarnings("unchecked")
    var caseFile =
        (org.treatyflow.workflow.CaseFile<PreservationRequest, PreservationStatus, PreservationAction>)
            c.caseFile();
    return PreservationDeadlines.expiry(caseFile, c.environment().policy())
        .map(end -> !c.now().isBefore(end))
        .orElse(false);
  }

  /**
   * The refusal the command carries must be a refusal of this request, complete, and on grounds
   * that BC 29(4)-(5) admit for at least one of the offences.
   */
  private static List<Violation> refusalViolations(StepContext<PreservationRequest> c) {
    Optional<Command<?>> command = c.command();
    if (command.isEmpty()) {
      return List.of();
    }
    Optional<Refusal> refusal =
        command.get().reply().filter(Refusal.class::isInstance).map(Refusal.class::cast);
    if (refusal.isEmpty()
        || !refusal.get().header().answersRequest().equals(c.request().header().id())) {
      return List.of(
          Violation.builder()
              .code("BC_29_5_REFUSAL_DOCUMENT")
              .citation(BUDAPEST.cite(29, 5))
              .field("reply")
              .verification(Verification.CONFIRMED)
              .message(
                  new BilingualText(
                      "A refusal must be recorded with the refusal of this request, its grounds and"
                          + " reasons.",
                      "Un refus doit être consigné avec le refus de cette demande, ses motifs et sa"
                          + " motivation."))
              .build());
    }
    List<Violation> violations = new ArrayList<>(refusal.get().completenessViolations());
    boolean reservation =
        c.environment()
            .registry()
            .hasMade(requested(c), ReservationCode.BC_29_4_DUAL_CRIMINALITY_PRESERVATION);
    violations.addAll(
        inadmissibleForEveryOffence(c.request().offences(), refusal.get(), reservation));
    return violations;
  }

  /** A ground is admissible when it may be raised for at least one of the offences. */
  private static List<Violation> inadmissibleForEveryOffence(
      List<Offence> offences, Refusal refusal, boolean reservation) {
    List<Violation> common = null;
    for (Offence offence : offences) {
      List<Violation> forOffence =
          RefusalGrounds.check(
              RequestFamily.EXPEDITED_PRESERVATION, false, offence, reservation, refusal.grounds());
      if (common == null) {
        common = new ArrayList<>(forOffence);
      } else {
        Set<String> codes = forOffence.stream().map(Violation::code).collect(Collectors.toSet());
        common.removeIf(v -> !codes.contains(v.code()));
      }
    }
    return common == null ? List.of() : common;
  }
}
