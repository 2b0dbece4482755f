package org.treatyflow.workflow.catalog;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceDeadlines;
import org.treatyflow.workflow.assistance.AssistanceProfile;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.EmergencyMutualAssistanceWorkflow;
import org.treatyflow.workflow.assistance.InterceptionWorkflow;
import org.treatyflow.workflow.assistance.MutualAssistanceWorkflow;
import org.treatyflow.workflow.assistance.Provision;
import org.treatyflow.workflow.assistance.RealTimeTrafficWorkflow;
import org.treatyflow.workflow.assistance.StoredDataAccessWorkflow;
import org.treatyflow.workflow.confiscation.ConfiscationWorkflow;
import org.treatyflow.workflow.confiscation.DisposalWorkflow;
import org.treatyflow.workflow.direct.DirectOrderAction;
import org.treatyflow.workflow.direct.DirectOrderDeadlines;
import org.treatyflow.workflow.direct.DirectOrderStatus;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderDeadlines;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderWorkflow;
import org.treatyflow.workflow.financial.BankAccountInformationWorkflow;
import org.treatyflow.workflow.financial.BankingTransactionInformationWorkflow;
import org.treatyflow.workflow.financial.BankingTransactionMonitoringWorkflow;
import org.treatyflow.workflow.financial.InvestigativeAssistanceWorkflow;
import org.treatyflow.workflow.fiu.FiuDeadlines;
import org.treatyflow.workflow.fiu.FiuPostponementAction;
import org.treatyflow.workflow.fiu.FiuPostponementStatus;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationDeadlines;
import org.treatyflow.workflow.preservation.PreservationStatus;
import org.treatyflow.workflow.provisional.ProvisionalMeasuresWorkflow;

/**
 * Which deadlines are running in a case, and when they are due, whatever the case's family: for
 * tools that handle any family, such as a command line that replays a case journal or a list of
 * the cases to act on this week.
 *
 * <p>Nothing is counted here: each date is the one the family's own deadline class derives from
 * the case history, so that this answer and the family's rules never disagree. The deadlines, by
 * family:
 *
 * <ul>
 *   <li>expedited preservation: the end of the preservation period while the data is preserved and
 *       no follow-up request has been received ({@link PreservationDeadlines#expiry}; BC 29(7));
 *   <li>every family on the mutual assistance skeleton: the time limit set for amendments, while
 *       the requested Party awaits them ({@link AssistanceDeadlines#amendmentDue}; WC 38(2) on the
 *       Warsaw track; on the Protocol track, the article under which the family asks for more
 *       information, 2AP 8(6) or 10(3), unverified). The Budapest track has no amendment loop;
 *   <li>foreign production orders: serving the order on the provider, while the requested Party
 *       holds all information and has not served it; the provider's return of subscriber
 *       information and of traffic data, while the order is executed ({@link
 *       ForeignProductionOrderDeadlines#serviceDue}, {@link
 *       ForeignProductionOrderDeadlines#returnDue}; 2AP 8(6)(a), (a)(i) and (a)(ii), unverified);
 *   <li>direct orders for subscriber information: the provider's time to disclose, while it has
 *       not answered ({@link DirectOrderDeadlines#responseDue}; 2AP 7(7), unverified);
 *   <li>postponement of a transaction by an FIU: the end of the domestic period of postponement,
 *       where the requested Party's policy gives one ({@link FiuDeadlines#postponementEnds}; WC
 *       47(1), which leaves the period to domestic law).
 * </ul>
 *
 * <p>The other families have no deadline class, and so no deadline here. The {@code switch} over
 * {@link RequestFamily} is an expression without a default, so a new family does not compile until
 * it is considered here.
 */
public final class CaseDeadlines {
  /** The end of the preservation period (BC 29(7)). */
  public static final String PRESERVATION_ENDS = "preservation ends";
  /** The time limit the requested Party set for amendments or more information (WC 38(2)). */
  public static final String AMENDMENTS_DUE = "amendments due";
  /** Serving a foreign production order on the provider (2AP 8(6)(a)). */
  public static final String SERVICE_DUE = "service on the provider due";
  /** The provider's return of subscriber information under a production order (2AP 8(6)(a)(i)). */
  public static final String SUBSCRIBER_INFORMATION_DUE = "subscriber information due";
  /** The provider's return of traffic data under a production order (2AP 8(6)(a)(ii)). */
  public static final String TRAFFIC_DATA_DUE = "traffic data due";
  /** The provider's disclosure under a direct order (2AP 7(7)). */
  public static final String DISCLOSURE_DUE = "provider's disclosure due";
  /** The end of the postponement of a transaction (WC 47(1)). */
  public static final String POSTPONEMENT_ENDS = "postponement ends";

  private static final ArticleCitation PRESERVATION_PERIOD = BUDAPEST.cite(29, 7);
  private static final ArticleCitation AMENDMENT_TIME_LIMIT = WARSAW.cite(38, 2);
  private static final ArticleCitation DIRECT_ORDER_RESPONSE = SECOND_PROTOCOL.cite(7, 7);
  private static final ArticleCitation POSTPONEMENT_PERIOD = WARSAW.cite(47, 1);

  /** Soonest first; deadlines due at the same instant by name, so the order never depends on chance. */
  private static final Comparator<CaseDeadline> SOONEST_FIRST =
      Comparator.comparing(CaseDeadline::due).thenComparing(CaseDeadline::name);

  private CaseDeadlines() {}

  /**
   * The deadlines running in {@code caseFile} in its current status, soonest first; empty when none
   * runs (before the step that starts a period, once it has ended, and for a family without
   * deadlines). Never null.
   *
   * <p>A deadline runs as long as the case stays in a status where it applies, whether or not its
   * date has passed at {@code environment}'s clock: a passed date is a step the law now allows or a
   * delay to report, not a deadline that has gone away. The dates are read with {@code
   * environment}'s periods and domestic policy (time zones, domestic periods).
   *
   * @throws IllegalArgumentException if the case's request, statuses or actions are not those of
   *     its family's workflow
   */
  public static List<CaseDeadline> open(CaseFile<?, ?, ?> caseFile, Environment environment) {
    checkNotNull(caseFile, "caseFile");
    checkNotNull(environment, "environment");
    RequestFamily family = caseFile.request().family();
    List<CaseDeadline> open =
        new ArrayList<>(
            switch (family) {
              case EXPEDITED_PRESERVATION -> preservation(caseFile, environment);
              case MUTUAL_ASSISTANCE -> amendment(MutualAssistanceWorkflow.PROFILE, caseFile, environment);
              case STORED_DATA_ACCESS -> amendment(StoredDataAccessWorkflow.PROFILE, caseFile, environment);
              case REAL_TIME_TRAFFIC_COLLECTION -> amendment(RealTimeTrafficWorkflow.PROFILE, caseFile, environment);
              case CONTENT_INTERCEPTION -> amendment(InterceptionWorkflow.PROFILE, caseFile, environment);
              case SUBSCRIBER_INFORMATION_ORDER -> directOrder(caseFile, environment);
              case FOREIGN_PRODUCTION_ORDER -> productionOrder(caseFile, environment);
              case EMERGENCY_MUTUAL_ASSISTANCE ->
                  amendment(EmergencyMutualAssistanceWorkflow.PROFILE, caseFile, environment);
              case INVESTIGATIVE_ASSISTANCE ->
                  amendment(InvestigativeAssistanceWorkflow.PROFILE, caseFile, environment);
              case BANK_ACCOUNT_INFORMATION ->
                  amendment(BankAccountInformationWorkflow.PROFILE, caseFile, environment);
              case BANKING_TRANSACTION_INFORMATION ->
                  amendment(BankingTransactionInformationWorkflow.PROFILE, caseFile, environment);
              case BANKING_TRANSACTION_MONITORING ->
                  amendment(BankingTransactionMonitoringWorkflow.PROFILE, caseFile, environment);
              case PROVISIONAL_MEASURES -> amendment(ProvisionalMeasuresWorkflow.PROFILE, caseFile, environment);
              case CONFISCATION -> amendment(ConfiscationWorkflow.PROFILE, caseFile, environment);
              case DISPOSAL -> amendment(DisposalWorkflow.PROFILE, caseFile, environment);
              case FIU_POSTPONEMENT -> postponement(caseFile, environment);
              // No deadline class: these families set no period the library counts.
              case SPONTANEOUS_INFORMATION,
                  PRESERVED_TRAFFIC_DISCLOSURE,
                  TRANS_BORDER_ACCESS,
                  DOMAIN_REGISTRATION_INFORMATION,
                  EMERGENCY_DISCLOSURE,
                  VIDEO_CONFERENCE,
                  JOINT_INVESTIGATION_TEAM,
                  SPONTANEOUS_INFORMATION_ON_PROCEEDS,
                  FIU_INFORMATION_EXCHANGE -> List.of();
            });
    open.sort(SOONEST_FIRST);
    return List.copyOf(open);
  }

  private static List<CaseDeadline> preservation(CaseFile<?, ?, ?> caseFile, Environment environment) {
    CaseFile<PreservationRequest, PreservationStatus, PreservationAction> typed =
        typed(caseFile, PreservationRequest.class, PreservationStatus.class, PreservationAction.class);
    return deadline(
        PRESERVATION_ENDS,
        PreservationDeadlines.expiry(typed, environment),
        new Provision(PRESERVATION_PERIOD, Verification.CONFIRMED));
  }

  /** The amendment time limit of a family on the mutual assistance skeleton. */
  private static <R extends Request> List<CaseDeadline> amendment(
      AssistanceProfile<R> profile, CaseFile<?, ?, ?> caseFile, Environment environment) {
    CaseFile<R, AssistanceStatus, AssistanceAction> typed =
        typed(caseFile, profile.requestType(), AssistanceStatus.class, AssistanceAction.class);
    Optional<Instant> due = AssistanceDeadlines.amendmentDue(typed, environment);
    return due.isEmpty() ? List.of() : deadline(AMENDMENTS_DUE, due, amendmentTimeLimit(profile));
  }

  /**
   * The article under which the requested Party set the time limit for amendments: WC 38(2) on the
   * Warsaw track (confirmed: the requested Party may set one); otherwise the article under which the
   * family asks for more information (2AP 8(6), 2AP 10(3)), with its verification.
   */
  private static Provision amendmentTimeLimit(AssistanceProfile<?> profile) {
    if (profile.track() == AssistanceProfile.Track.WARSAW) {
      return new Provision(AMENDMENT_TIME_LIMIT, Verification.CONFIRMED);
    }
    Optional<Provision> asking = profile.provision(AssistanceAction.REQUEST_AMENDMENT);
    checkState(
        asking.isPresent(),
        "CaseDeadlines: a case of %s awaits amendments, but the family has no provision for asking them",
        profile.family());
    return asking.get();
  }

  /** The amendment time limit, the service date and the return dates of a 2AP 8 request. */
  private static List<CaseDeadline> productionOrder(CaseFile<?, ?, ?> caseFile, Environment environment) {
    CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> typed =
        typed(caseFile, ForeignProductionOrderRequest.class, AssistanceStatus.class, AssistanceAction.class);
    List<CaseDeadline> deadlines = new ArrayList<>(amendment(ForeignProductionOrderWorkflow.PROFILE, caseFile, environment));
    deadlines.addAll(
        deadline(
            SERVICE_DUE,
            ForeignProductionOrderDeadlines.serviceDue(typed, environment),
            productionOrderPeriod(ForeignProductionOrderDeadlines.Deadline.SERVICE)));
    deadlines.addAll(
        deadline(
            SUBSCRIBER_INFORMATION_DUE,
            ForeignProductionOrderDeadlines.returnDue(typed, environment, DataCategory.SUBSCRIBER_INFORMATION),
            productionOrderPeriod(ForeignProductionOrderDeadlines.Deadline.SUBSCRIBER_INFORMATION_RETURN)));
    deadlines.addAll(
        deadline(
            TRAFFIC_DATA_DUE,
            ForeignProductionOrderDeadlines.returnDue(typed, environment, DataCategory.TRAFFIC_DATA),
            productionOrderPeriod(ForeignProductionOrderDeadlines.Deadline.TRAFFIC_DATA_RETURN)));
    return deadlines;
  }

  /** Every 2AP 8(6) period is unverified: the Protocol's text was not read (CONVENTIONS §7). */
  private static Provision productionOrderPeriod(ForeignProductionOrderDeadlines.Deadline deadline) {
    return new Provision(deadline.citation(), Verification.UNVERIFIED);
  }

  private static List<CaseDeadline> directOrder(CaseFile<?, ?, ?> caseFile, Environment environment) {
    CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> typed =
        typed(caseFile, SubscriberInformationOrder.class, DirectOrderStatus.class, DirectOrderAction.class);
    return deadline(
        DISCLOSURE_DUE,
        DirectOrderDeadlines.responseDue(typed, environment),
        new Provision(DIRECT_ORDER_RESPONSE, Verification.UNVERIFIED));
  }

  private static List<CaseDeadline> postponement(CaseFile<?, ?, ?> caseFile, Environment environment) {
    CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> typed =
        typed(caseFile, FiuPostponementRequest.class, FiuPostponementStatus.class, FiuPostponementAction.class);
    return deadline(
        POSTPONEMENT_ENDS,
        FiuDeadlines.postponementEnds(typed, environment),
        new Provision(POSTPONEMENT_PERIOD, Verification.CONFIRMED));
  }

  /** The deadline {@code name} due at {@code due}, set by {@code basis}; none if {@code due} is empty. */
  private static List<CaseDeadline> deadline(String name, Optional<Instant> due, Provision basis) {
    return due.map(d -> List.of(new CaseDeadline(name, d, basis.citation(), basis.verification())))
        .orElse(List.of());
  }

  /**
   * {@code caseFile} as a case of its family's workflow, once its request, status and steps are
   * seen to be of the family's types.
   */
  @SuppressWarnings("unchecked")
  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> CaseFile<R, S, A> typed(
      CaseFile<?, ?, ?> caseFile, Class<R> requestType, Class<S> statusType, Class<A> actionType) {
    checkArgument(
        requestType.isInstance(caseFile.request()) && statusType.isInstance(caseFile.status()),
        "CaseDeadlines: a case of %s must hold a %s in a %s, not a %s in a %s",
        caseFile.request().family(),
        requestType.getSimpleName(),
        statusType.getSimpleName(),
        caseFile.request().getClass().getSimpleName(),
        caseFile.status().getClass().getSimpleName());
    for (HistoryEvent<?, ?> step : caseFile.history()) {
      checkArgument(
          actionType.isInstance(step.action()),
          "CaseDeadlines: a case of %s must record steps of %s, not of %s",
          caseFile.request().family(),
          actionType.getSimpleName(),
          step.action().getClass().getSimpleName());
    }
    return (CaseFile<R, S, A>) caseFile;
  }
}
