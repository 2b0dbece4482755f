package org.treatyflow.workflow.preservation;

import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.workflow.preservation.PreservationAction.DECIDE_FOLLOW_UP;
import static org.treatyflow.workflow.preservation.PreservationAction.EXPIRE;
import static org.treatyflow.workflow.preservation.PreservationAction.PRESERVE;
import static org.treatyflow.workflow.preservation.PreservationAction.PROCEED;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE_FOLLOW_UP;
import static org.treatyflow.workflow.preservation.PreservationAction.REFUSE;
import static org.treatyflow.workflow.preservation.PreservationAction.RENEW;
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

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceLifecycle;
import org.treatyflow.workflow.assistance.AssistanceStatus;

/**
 * The lifecycle of expedited preservation of stored computer data, line by line as BC 29 reads.
 *
 * <p>Legal basis: BC 29(1)-(7); BC 16(2) for renewal. Withdrawal by the requesting Party is not
 * spelt out by BC 29; its lines rest on BC 29(1) and are marked unverified. Renewal is not spelt out
 * by BC 29 either: BC 29(7) sets a minimum, and the domestic counterpart, BC 16(2), lets a Party allow
 * renewal; the line rests on BC 16(2), is marked unverified, and is open only where the requested
 * Party's policy allows it ({@link org.treatyflow.workflow.DomesticPolicy#allowsPreservationRenewal}).
 */
public final class PreservationWorkflow {
  private PreservationWorkflow() {}

  /**
   * The code of the refusal rule of BC 27(6) (consider a partial grant first), which does not govern
   * preservation: see {@link #REFUSAL_ADMISSIBLE}.
   */
  static final String PARTIAL_GRANT_NOT_REQUIRED = "BC_27_6_PARTIAL_GRANT_CONSIDERED";

  /**
   * The offence handed to {@link RefusalGrounds#check} when the request names none. Of the grounds
   * BC 29(4)-(5) admit only B3 depends on the offence, and a request without one never satisfies its
   * condition: see {@link #B3_WITHOUT_OFFENCE}.
   */
  private static final Offence NO_OFFENCE_NAMED =
      Offence.builder().domesticDescription("No offence named in the request").build();

  /** B3 raised against a request that names no offence, by a Party that made the reservation. */
  private static final Violation B3_WITHOUT_OFFENCE =
      Violation.builder()
          .code(RefusalGrounds.GROUND_NOT_AVAILABLE + "_" + GroundForRefusal.BC_DUAL_CRIMINALITY.code())
          .citation(BUDAPEST.cite(29, 4))
          .field("grounds")
          .verification(Verification.CONFIRMED)
          .message(
              new BilingualText(
                  "The request names no offence: dual criminality can be raised against preservation"
                      + " only for an offence shown not to be one of Articles 2 to 11 of the Budapest"
                      + " Convention.",
                  "La demande n'indique aucune infraction : la double incrimination ne peut être"
                      + " opposée à une conservation que pour une infraction dont il est établi"
                      + " qu'elle ne relève pas des articles 2 à 11 de la Convention de Budapest."))
          .build();

  /** The request may be sent only when every item of BC 29(2)(a)-(f) is there. */
  public static final Guard<StepContext<PreservationRequest>> REQUEST_COMPLETE =
      Guards.complete("BC_29_2_REQUEST_COMPLETE", BUDAPEST.cite(29, 2));

  /** The Convention must bind both Parties on the day the request is sent. */
  public static final Guard<StepContext<PreservationRequest>> CONVENTION_IN_FORCE =
      Guards.inForce(
          "BC_29_1_CONVENTION_IN_FORCE",
          BUDAPEST.cite(29, 1),
          Verification.CONFIRMED,
          Instrument.BUDAPEST,
          PreservationWorkflow::requesting,
          PreservationWorkflow::requested,
          "The Budapest Convention is not in force between the requesting and the requested Party"
              + " on this date.",
          "La Convention de Budapest n'est pas en vigueur entre la Partie requérante et la Partie"
              + " requise à cette date.");

  /**
   * A refusal must rest on a ground BC 29(4)-(5) admits for every offence of the request, and give
   * its grounds and reasons (BC 27(7)); considering a partial grant first (BC 27(6)) is not required,
   * as BC 27(2)-(9) apply only where no mutual assistance treaty is in force and BC 29 sets no such
   * condition.
   */
  public static final Guard<StepContext<PreservationRequest>> REFUSAL_ADMISSIBLE =
      Guards.refusalAdmissible(
          "BC_29_5_REFUSAL_ADMISSIBLE",
          BUDAPEST.cite(29, 5),
          (c, refusal) -> refusal.header().answersRequest().equals(c.request().header().id()),
          Guards.violation(
              "BC_29_5_REFUSAL_DOCUMENT",
              BUDAPEST.cite(29, 5),
              "reply",
              Verification.CONFIRMED,
              "A refusal must be recorded with the refusal of this request, its grounds and reasons.",
              "Un refus doit être consigné avec le refus de cette demande, ses motifs et sa"
                  + " motivation."),
          (c, refusal) -> v -> v.code().equals(PARTIAL_GRANT_NOT_REQUIRED),
          PreservationWorkflow::admissibleGroundsViolations);

  /** The follow-up request that keeps the data preserved must be named (BC 29(7)). */
  public static final Guard<StepContext<PreservationRequest>> FOLLOW_UP_NAMED =
      Guards.followUpNamed(
          "BC_29_7_FOLLOW_UP_NAMED",
          BUDAPEST.cite(29, 7),
          Verification.CONFIRMED,
          "Name the request for search, seizure or disclosure that follows up the preservation.",
          "Indiquez la demande de perquisition, de saisie ou de divulgation qui fait suite à la"
              + " conservation.");

  /** The families whose requests follow up a preservation (BC 29(7), 31; 2AP 8; MLA). */
  static final Set<RequestFamily> FOLLOW_UP_FAMILIES =
      Sets.immutableEnumSet(
          RequestFamily.STORED_DATA_ACCESS,
          RequestFamily.MUTUAL_ASSISTANCE,
          RequestFamily.FOREIGN_PRODUCTION_ORDER,
          RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE);

  /**
   * Where the case of the follow-up is known ({@link org.treatyflow.workflow.Environment#cases()}),
   * it must be a request to search, access, seize or disclose the data (BC 31, 2AP 8 or mutual
   * assistance) from the same requesting Party to the same requested Party (BC 29(7)). An unknown
   * follow-up is taken as named.
   */
  public static final Guard<StepContext<PreservationRequest>> FOLLOW_UP_IS_A_REQUEST_FOR_THE_DATA =
      Guard.require(
          "BC_29_7_FOLLOW_UP_IS_A_REQUEST_FOR_THE_DATA",
          BUDAPEST.cite(29, 7),
          Verification.CONFIRMED,
          c -> c.command().flatMap(cmd -> cmd.followUp()).flatMap(id -> c.environment().cases().find(id))
              .map(other -> followsUp(c, other))
              .orElse(true),
          "The follow-up must be a request for search, access, seizure or disclosure of the data,"
              + " between the same Parties.",
          "La demande de suivi doit être une demande de perquisition, d'accès, de saisie ou de"
              + " divulgation des données, entre les mêmes Parties.");

  /**
   * The data is released only once the requested Party has decided on the follow-up request (BC
   * 29(7)); checked where the follow-up's case is known.
   */
  public static final Guard<StepContext<PreservationRequest>> FOLLOW_UP_DECIDED =
      Guard.require(
          "BC_29_7_FOLLOW_UP_NOT_DECIDED",
          BUDAPEST.cite(29, 7),
          Verification.CONFIRMED,
          c -> followUp(c).flatMap(id -> c.environment().cases().find(id))
              .map(other -> other.status() instanceof AssistanceStatus s && AssistanceLifecycle.DECIDED.contains(s))
              .orElse(true),
          "The data stays preserved until a decision on the follow-up request is taken.",
          "Les données restent conservées jusqu'à ce qu'une décision soit prise sur la demande de"
              + " suivi.");

  /**
   * Preservation may end only when its period is over (BC 29(7): at least 60 days; the requested
   * Party's law may set a longer one, see {@link PreservationDeadlines}).
   */
  public static final Guard<StepContext<PreservationRequest>> PERIOD_OVER =
      Guard.require(
          "BC_29_7_PERIOD_NOT_OVER",
          BUDAPEST.cite(29, 7),
          Verification.CONFIRMED,
          PreservationWorkflow::periodOver,
          "The preservation period has not ended: it lasts at least 60 days (BC 29(7)), or the"
              + " longer period the requested Party's law sets.",
          "La période de conservation n'est pas terminée : elle dure au moins 60 jours (art. 29,"
              + " par. 7), ou la période plus longue que fixe le droit de la Partie requise.");

  /**
   * Preservation may be renewed only where the requested Party's domestic law allows it (BC 16(2),
   * applied to BC 29 by the library's reading: unverified).
   */
  public static final Guard<StepContext<PreservationRequest>> RENEWAL_ALLOWED =
      Guard.require(
          "BC_16_2_RENEWAL_NOT_ALLOWED",
          BUDAPEST.cite(16, 2),
          Verification.UNVERIFIED,
          c -> c.environment().policy().allowsPreservationRenewal(requested(c)),
          "The requested Party's domestic law does not provide for renewing the preservation.",
          "Le droit interne de la Partie requise ne prévoit pas le renouvellement de la"
              + " conservation.");

  /** The lifecycle, top-down like BC 29. */
  public static final TransitionTable<PreservationStatus, PreservationAction, StepContext<PreservationRequest>>
      TABLE =
          TransitionTable.of(PreservationStatus.class, PreservationAction.class, context())
              .initial(DRAFT)
              .terminal(EnumSet.of(REFUSED, EXPIRED, RELEASED, WITHDRAWN))
              .from(DRAFT).on(SUBMIT).to(TRANSMITTED).per(BUDAPEST.cite(29, 2))
                  .when(byRequestingParty(BUDAPEST.cite(29, 1), Verification.CONFIRMED), REQUEST_COMPLETE, CONVENTION_IN_FORCE)
              .from(TRANSMITTED).on(RECEIVE).to(RECEIVED).per(BUDAPEST.cite(29, 3))
                  .when(byRequestedParty(BUDAPEST.cite(29, 3), Verification.CONFIRMED))
              .from(RECEIVED).on(PRESERVE).to(PRESERVED).per(BUDAPEST.cite(29, 3))
                  .when(byRequestedParty(BUDAPEST.cite(29, 3), Verification.CONFIRMED))
              .from(RECEIVED).on(WARN_INEFFECTIVE).to(AWAITING_REQUESTER_DECISION).per(BUDAPEST.cite(29, 6))
                  .when(byRequestedParty(BUDAPEST.cite(29, 6), Verification.CONFIRMED))
              .from(RECEIVED).on(REFUSE).to(REFUSED).per(BUDAPEST.cite(29, 5))
                  .when(byRequestedParty(BUDAPEST.cite(29, 5), Verification.CONFIRMED), REFUSAL_ADMISSIBLE)
              .from(AWAITING_REQUESTER_DECISION).on(PROCEED).to(PRESERVED).per(BUDAPEST.cite(29, 6))
                  .when(byRequestingParty(BUDAPEST.cite(29, 6), Verification.CONFIRMED))
              .from(AWAITING_REQUESTER_DECISION).on(WITHDRAW).to(WITHDRAWN).per(BUDAPEST.cite(29, 6))
                  .when(byRequestingParty(BUDAPEST.cite(29, 6), Verification.CONFIRMED))
              .from(PRESERVED).on(RENEW).to(PRESERVED).perUnverified(BUDAPEST.cite(16, 2))
                  .when(byRequestedParty(BUDAPEST.cite(16, 2), Verification.UNVERIFIED), RENEWAL_ALLOWED)
              .from(PRESERVED).on(RECEIVE_FOLLOW_UP).to(PRESERVED_PENDING_DECISION).per(BUDAPEST.cite(29, 7))
                  .when(byRequestedParty(BUDAPEST.cite(29, 7), Verification.CONFIRMED), FOLLOW_UP_NAMED, FOLLOW_UP_IS_A_REQUEST_FOR_THE_DATA)
              .from(PRESERVED).on(EXPIRE).to(EXPIRED).per(BUDAPEST.cite(29, 7))
                  .when(PERIOD_OVER)
              .from(PRESERVED).on(WITHDRAW).to(RELEASED).perUnverified(BUDAPEST.cite(29, 1))
                  .when(byRequestingParty(BUDAPEST.cite(29, 1), Verification.UNVERIFIED))
              .from(PRESERVED_PENDING_DECISION).on(DECIDE_FOLLOW_UP).to(RELEASED).per(BUDAPEST.cite(29, 7))
                  .when(byRequestedParty(BUDAPEST.cite(29, 7), Verification.CONFIRMED), FOLLOW_UP_DECIDED)
              .from(DRAFT).on(WITHDRAW).to(WITHDRAWN).perUnverified(BUDAPEST.cite(29, 1))
                  .when(byRequestingParty(BUDAPEST.cite(29, 1), Verification.UNVERIFIED))
              .from(TRANSMITTED).on(WITHDRAW).to(WITHDRAWN).perUnverified(BUDAPEST.cite(29, 1))
                  .when(byRequestingParty(BUDAPEST.cite(29, 1), Verification.UNVERIFIED))
              .from(RECEIVED).on(WITHDRAW).to(WITHDRAWN).perUnverified(BUDAPEST.cite(29, 1))
                  .when(byRequestingParty(BUDAPEST.cite(29, 1), Verification.UNVERIFIED))
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
  static Guard<StepContext<PreservationRequest>> byRequestingParty(
      ArticleCitation citation, Verification verification) {
    return actorOf(
        citation, verification, "REQUESTING", PreservationWorkflow::requesting, "requesting", "requérante");
  }

  /** The step is taken by an authority of the requested Party. */
  static Guard<StepContext<PreservationRequest>> byRequestedParty(
      ArticleCitation citation, Verification verification) {
    return actorOf(
        citation, verification, "REQUESTED", PreservationWorkflow::requested, "requested", "requise");
  }

  private static Guard<StepContext<PreservationRequest>> actorOf(
      ArticleCitation citation,
      Verification verification,
      String side,
      Function<StepContext<PreservationRequest>, Party> party,
      String english,
      String french) {
    return Guards.actorOf(
        "ACTOR_OF_" + side + "_PARTY",
        citation,
        verification,
        party,
        "Only an authority of the " + english + " Party may take this step.",
        "Seule une autorité de la Partie " + french + " peut accomplir cette étape.");
  }

  /** The follow-up request recorded when the case entered PRESERVED_PENDING_DECISION. */
  private static Optional<RequestId> followUp(StepContext<PreservationRequest> c) {
    return c.caseFile().history().stream()
        .filter(e -> e.to() == PRESERVED_PENDING_DECISION)
        .reduce((first, second) -> second)
        .flatMap(e -> e.followUp());
  }

  private static boolean followsUp(StepContext<PreservationRequest> c, CaseFile<?, ?, ?> other) {
    return other.request() instanceof Request r
        && FOLLOW_UP_FAMILIES.contains(r.family())
        && r.header().requestingParty().equals(requesting(c))
        && r.header().requestedParty().equals(requested(c));
  }

  private static boolean periodOver(StepContext<PreservationRequest> c) {
    @SuppressWarnings("unchecked")
    var caseFile =
        (CaseFile<PreservationRequest, PreservationStatus, PreservationAction>) c.caseFile();
    return PreservationDeadlines.expiry(caseFile, c.environment())
        .map(end -> !c.now().isBefore(end))
        .orElse(false);
  }

  /**
   * The grounds of the refusal that BC 29(4)-(5) do not admit for every offence of the request,
   * taking account of the requested Party's BC 29(4) reservation. BC 27(6) (consider a partial grant
   * first) is not required: BC 27(2)-(9) apply only where no mutual assistance treaty is in force,
   * and BC 29 sets no such condition on refusing preservation.
   */
  private static List<Violation> admissibleGroundsViolations(
      StepContext<PreservationRequest> c, Refusal refusal) {
    boolean reservation =
        c.environment()
            .registry()
            .hasMade(requested(c), ReservationCode.BC_29_4_DUAL_CRIMINALITY_PRESERVATION);
    return inadmissibleGrounds(c.request().offences(), refusal, reservation);
  }

  /**
   * The grounds of {@code refusal} that may not be raised: a ground is inadmissible when ANY offence
   * of the request makes it unavailable (so B3 is never raised against a request that concerns an
   * offence of BC Articles 2-11, even together with other offences: BC 29(4)). One violation per
   * code, the first found. A request that names no offence cannot show that B3's condition (an
   * offence outside BC Articles 2-11) is met, so B3 is then inadmissible (for want of the reservation
   * or, where it was made, for want of an offence); the other grounds do not depend on the offence
   * and are checked as they stand.
   */
  static List<Violation> inadmissibleGrounds(
      List<Offence> offences, Refusal refusal, boolean reservation) {
    Map<String, Violation> byCode = new LinkedHashMap<>();
    if (offences.isEmpty()) {
      for (Violation v :
          RefusalGrounds.check(
              RequestFamily.EXPEDITED_PRESERVATION,
              false,
              NO_OFFENCE_NAMED,
              reservation,
              refusal.grounds())) {
        byCode.putIfAbsent(v.code(), v);
      }
      if (refusal.grounds().contains(GroundForRefusal.BC_DUAL_CRIMINALITY)) {
        byCode.putIfAbsent(B3_WITHOUT_OFFENCE.code(), B3_WITHOUT_OFFENCE);
      }
    }
    for (Offence offence : offences) {
      for (Violation v :
          RefusalGrounds.check(
              RequestFamily.EXPEDITED_PRESERVATION, false, offence, reservation, refusal.grounds())) {
        byCode.putIfAbsent(v.code(), v);
      }
    }
    return List.copyOf(byCode.values());
  }
}
