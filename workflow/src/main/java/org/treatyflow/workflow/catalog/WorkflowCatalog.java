package org.treatyflow.workflow.catalog;

import java.util.ArrayList;
import java.util.List;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.EmergencyMutualAssistanceWorkflow;
import org.treatyflow.workflow.assistance.InterceptionWorkflow;
import org.treatyflow.workflow.assistance.JointInvestigationTeamWorkflow;
import org.treatyflow.workflow.assistance.MutualAssistanceWorkflow;
import org.treatyflow.workflow.assistance.RealTimeTrafficWorkflow;
import org.treatyflow.workflow.assistance.StoredDataAccessWorkflow;
import org.treatyflow.workflow.assistance.VideoConferenceWorkflow;
import org.treatyflow.workflow.confiscation.ConfiscationWorkflow;
import org.treatyflow.workflow.confiscation.DisposalWorkflow;
import org.treatyflow.workflow.direct.DirectOrderWorkflow;
import org.treatyflow.workflow.direct.DomainRegistrationWorkflow;
import org.treatyflow.workflow.disclosure.EmergencyDisclosureWorkflow;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderWorkflow;
import org.treatyflow.workflow.financial.BankAccountInformationWorkflow;
import org.treatyflow.workflow.financial.BankingTransactionInformationWorkflow;
import org.treatyflow.workflow.financial.BankingTransactionMonitoringWorkflow;
import org.treatyflow.workflow.financial.InvestigativeAssistanceWorkflow;
import org.treatyflow.workflow.fiu.FiuExchangeWorkflow;
import org.treatyflow.workflow.fiu.FiuPostponementWorkflow;
import org.treatyflow.workflow.preservation.PreservationWorkflow;
import org.treatyflow.workflow.provisional.ProvisionalMeasuresWorkflow;
import org.treatyflow.workflow.spontaneous.SpontaneousInformationOnProceedsWorkflow;
import org.treatyflow.workflow.spontaneous.SpontaneousInformationWorkflow;
import org.treatyflow.workflow.traffic.TrafficDisclosureWorkflow;
import org.treatyflow.workflow.transborder.TransBorderAccessWorkflow;

/**
 * The workflow of every request family, found by family: for tools that handle any family, such
 * as a command line that draws a family's lifecycle or a case store that opens a case for any act.
 *
 * <p>The {@code switch} expression over {@link RequestFamily} has no default, so a new family does
 * not compile until its workflow is listed here.
 */
public final class WorkflowCatalog {
  private WorkflowCatalog() {}

  /** The workflow of {@code family}. */
  public static Workflow<?, ?, ?> of(RequestFamily family) {
    return switch (family) {
      case SPONTANEOUS_INFORMATION -> SpontaneousInformationWorkflow.WORKFLOW;
      case MUTUAL_ASSISTANCE -> MutualAssistanceWorkflow.WORKFLOW;
      case EXPEDITED_PRESERVATION -> PreservationWorkflow.WORKFLOW;
      case PRESERVED_TRAFFIC_DISCLOSURE -> TrafficDisclosureWorkflow.WORKFLOW;
      case STORED_DATA_ACCESS -> StoredDataAccessWorkflow.WORKFLOW;
      case TRANS_BORDER_ACCESS -> TransBorderAccessWorkflow.WORKFLOW;
      case REAL_TIME_TRAFFIC_COLLECTION -> RealTimeTrafficWorkflow.WORKFLOW;
      case CONTENT_INTERCEPTION -> InterceptionWorkflow.WORKFLOW;
      case DOMAIN_REGISTRATION_INFORMATION -> DomainRegistrationWorkflow.WORKFLOW;
      case SUBSCRIBER_INFORMATION_ORDER -> DirectOrderWorkflow.WORKFLOW;
      case FOREIGN_PRODUCTION_ORDER -> ForeignProductionOrderWorkflow.WORKFLOW;
      case EMERGENCY_DISCLOSURE -> EmergencyDisclosureWorkflow.WORKFLOW;
      case EMERGENCY_MUTUAL_ASSISTANCE -> EmergencyMutualAssistanceWorkflow.WORKFLOW;
      case VIDEO_CONFERENCE -> VideoConferenceWorkflow.WORKFLOW;
      case JOINT_INVESTIGATION_TEAM -> JointInvestigationTeamWorkflow.WORKFLOW;
      case INVESTIGATIVE_ASSISTANCE -> InvestigativeAssistanceWorkflow.WORKFLOW;
      case BANK_ACCOUNT_INFORMATION -> BankAccountInformationWorkflow.WORKFLOW;
      case BANKING_TRANSACTION_INFORMATION -> BankingTransactionInformationWorkflow.WORKFLOW;
      case BANKING_TRANSACTION_MONITORING -> BankingTransactionMonitoringWorkflow.WORKFLOW;
      case SPONTANEOUS_INFORMATION_ON_PROCEEDS -> SpontaneousInformationOnProceedsWorkflow.WORKFLOW;
      case PROVISIONAL_MEASURES -> ProvisionalMeasuresWorkflow.WORKFLOW;
      case CONFISCATION -> ConfiscationWorkflow.WORKFLOW;
      case DISPOSAL -> DisposalWorkflow.WORKFLOW;
      case FIU_INFORMATION_EXCHANGE -> FiuExchangeWorkflow.WORKFLOW;
      case FIU_POSTPONEMENT -> FiuPostponementWorkflow.WORKFLOW;
    };
  }

  /** The workflow of every family, in the order of {@link RequestFamily}. */
  public static List<Workflow<?, ?, ?>> all() {
    List<Workflow<?, ?, ?>> all = new ArrayList<>();
    for (RequestFamily family : RequestFamily.values()) {
      all.add(of(family));
    }
    return List.copyOf(all);
  }
}
