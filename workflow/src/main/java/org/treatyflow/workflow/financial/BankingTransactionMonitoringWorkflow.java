package org.treatyflow.workflow.financial;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Guard;
import org.treatyflow.workflow.Guards;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.StepContext;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceLifecycle;
import org.treatyflow.workflow.assistance.AssistanceProfile;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.Provision;

/**
 * The lifecycle of a request to monitor, during a specified period, the banking operations carried
 * out through specified accounts and to send the results: the common skeleton on the Warsaw track,
 * with interim results while the monitoring runs.
 *
 * <p>Legal basis: WC 19 (the legal reference numbers only its paragraph 5, so the article is cited
 * whole): the decision to monitor is taken case by case by the requested Party's competent
 * authorities under its law (the acceptance cites WC 19); the monitoring runs during the specified
 * period and its results are sent. The library reads this as: results may be sent as they come
 * ({@link AssistanceAction#TRANSMIT_INTERIM_RESULT}, unverified), and the final results not before
 * the period is over, unless the requested Party reported that the monitoring became impossible
 * (WC 41(1)(d)) ({@link #PERIOD_OVER}, unverified). The WC 19 monitoring lifecycle of the legal
 * reference ({@code ACCEPTED -> MONITORING_ACTIVE -> RESULTS_TRANSMITTED (repeated) -> COMPLETED})
 * maps onto {@code ACCEPTED -> EXECUTING (interim results) -> RESULT_TRANSMITTED -> CLOSED}. WC
 * 28-30, 34(6), 37(1), 38, 40, 41 and 43(1) apply through the skeleton; conditional grants rest on
 * WC 30, WC 19 having no counterpart of WC 17(4) and 18(4).
 */
public final class BankingTransactionMonitoringWorkflow {
  private BankingTransactionMonitoringWorkflow() {}

  /** Code of the violation of {@link #PERIOD_OVER}. */
  public static final String MONITORING_PERIOD_NOT_OVER = "WC_19_MONITORING_PERIOD_NOT_OVER";

  /**
   * The final results are sent once the monitoring period is over (after its last day, counted in
   * the requested Party's time zone), or earlier if the requested Party reported that the monitoring
   * became impossible (WC 41(1)(d)). Unverified: the library's reading of WC 19. Holds when the
   * request gives no last day (it cannot then have been sent).
   */
  public static final Guard<StepContext<BankingTransactionMonitoringRequest>> PERIOD_OVER =
      Guard.computed(
          MONITORING_PERIOD_NOT_OVER,
          WARSAW.cite(19),
          c -> {
            @SuppressWarnings("unchecked")
            CaseFile<BankingTransactionMonitoringRequest, AssistanceStatus, AssistanceAction> caseFile =
                (CaseFile<BankingTransactionMonitoringRequest, AssistanceStatus, AssistanceAction>) c.caseFile();
            boolean over = monitoringEnds(caseFile, c.environment()).map(end -> !c.now().isBefore(end)).orElse(true);
            if (over || monitoringReportedImpossible(caseFile)) {
              return List.of();
            }
            return List.of(
                Guards.violation(
                    MONITORING_PERIOD_NOT_OVER,
                    WARSAW.cite(19),
                    "periodEnd",
                    Verification.UNVERIFIED,
                    "The final results can be sent only once the monitoring period is over, unless the"
                        + " monitoring was reported impossible; until then send interim results.",
                    "Les résultats définitifs ne peuvent être transmis qu'à la fin de la période de"
                        + " surveillance, sauf si la surveillance a été signalée impossible ; d'ici là,"
                        + " transmettez des résultats intermédiaires."));
          });

  /** What the skeleton needs to know of the family. */
  public static final AssistanceProfile<BankingTransactionMonitoringRequest> PROFILE =
      AssistanceProfile.builder(
              RequestFamily.BANKING_TRANSACTION_MONITORING, BankingTransactionMonitoringRequest.class)
          .track(AssistanceProfile.Track.WARSAW, AssistanceProfile.warsaw(WARSAW.cite(19)))
          .provision(AssistanceAction.TRANSMIT_INTERIM_RESULT, Provision.perUnverified(WARSAW.cite(19)))
          .offences(BankingTransactionMonitoringRequest::offences)
          .coercive(r -> r.content().coercive())
          .guard(AssistanceAction.TRANSMIT_RESULT, PERIOD_OVER)
          .build();

  /** The lifecycle. */
  public static final TransitionTable<AssistanceStatus, AssistanceAction, StepContext<BankingTransactionMonitoringRequest>>
      TABLE = AssistanceLifecycle.table(PROFILE);

  /** The engine for requests to monitor banking transactions. */
  public static final Workflow<BankingTransactionMonitoringRequest, AssistanceStatus, AssistanceAction> WORKFLOW =
      new Workflow<>(RequestFamily.BANKING_TRANSACTION_MONITORING, TABLE);

  /**
   * When the monitoring period is over: the start of the day after its last day, in the requested
   * Party's time zone ({@link org.treatyflow.workflow.DomesticPolicy#timeZone}); derived from the
   * request, never stored. Empty when the request gives no last day.
   */
  public static Optional<Instant> monitoringEnds(
      CaseFile<BankingTransactionMonitoringRequest, AssistanceStatus, AssistanceAction> caseFile,
      Environment environment) {
    BankingTransactionMonitoringRequest request = caseFile.request();
    return request
        .periodEnd()
        .map(
            last ->
                last.plusDays(1)
                    .atStartOfDay(environment.policy().timeZone(request.header().requestedParty()))
                    .toInstant());
  }

  /** Whether the requested Party reported, in the case, that the monitoring became impossible. */
  static boolean monitoringReportedImpossible(
      CaseFile<BankingTransactionMonitoringRequest, AssistanceStatus, AssistanceAction> caseFile) {
    for (HistoryEvent<AssistanceStatus, AssistanceAction> event : caseFile.history()) {
      if (event.action() == AssistanceAction.REPORT_DELAY
          && event.reply()
              .filter(ExecutionReport.class::isInstance)
              .map(ExecutionReport.class::cast)
              .filter(r -> r.outcome() == ExecutionReport.Outcome.IMPOSSIBLE)
              .isPresent()) {
        return true;
      }
    }
    return false;
  }
}
