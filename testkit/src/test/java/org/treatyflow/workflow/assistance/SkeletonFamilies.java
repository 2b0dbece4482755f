package org.treatyflow.workflow.assistance;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Combinators;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.confiscation.ConfiscationWorkflow;
import org.treatyflow.workflow.confiscation.DisposalWorkflow;
import org.treatyflow.workflow.confiscation.WarsawFixtures;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderWorkflow;
import org.treatyflow.workflow.financial.BankAccountInformationWorkflow;
import org.treatyflow.workflow.financial.BankingTransactionInformationWorkflow;
import org.treatyflow.workflow.financial.BankingTransactionMonitoringWorkflow;
import org.treatyflow.workflow.financial.InvestigativeAssistanceWorkflow;
import org.treatyflow.workflow.provisional.ProvisionalMeasuresWorkflow;

/** Every family written on the mutual assistance skeleton. */
final class SkeletonFamilies {
  private SkeletonFamilies() {}

  static final List<SkeletonFamily<?>> ALL =
      List.of(
          new SkeletonFamily<>(MutualAssistanceWorkflow.PROFILE, MutualAssistanceWorkflow.WORKFLOW),
          new SkeletonFamily<>(StoredDataAccessWorkflow.PROFILE, StoredDataAccessWorkflow.WORKFLOW),
          new SkeletonFamily<>(RealTimeTrafficWorkflow.PROFILE, RealTimeTrafficWorkflow.WORKFLOW),
          new SkeletonFamily<>(InterceptionWorkflow.PROFILE, InterceptionWorkflow.WORKFLOW),
          new SkeletonFamily<>(ForeignProductionOrderWorkflow.PROFILE, ForeignProductionOrderWorkflow.WORKFLOW),
          new SkeletonFamily<>(EmergencyMutualAssistanceWorkflow.PROFILE, EmergencyMutualAssistanceWorkflow.WORKFLOW),
          new SkeletonFamily<>(InvestigativeAssistanceWorkflow.PROFILE, InvestigativeAssistanceWorkflow.WORKFLOW),
          new SkeletonFamily<>(BankAccountInformationWorkflow.PROFILE, BankAccountInformationWorkflow.WORKFLOW),
          new SkeletonFamily<>(
              BankingTransactionInformationWorkflow.PROFILE, BankingTransactionInformationWorkflow.WORKFLOW),
          new SkeletonFamily<>(
              BankingTransactionMonitoringWorkflow.PROFILE, BankingTransactionMonitoringWorkflow.WORKFLOW),
          new SkeletonFamily<>(ProvisionalMeasuresWorkflow.PROFILE, ProvisionalMeasuresWorkflow.WORKFLOW),
          new SkeletonFamily<>(ConfiscationWorkflow.PROFILE, ConfiscationWorkflow.WORKFLOW),
          new SkeletonFamily<>(
              DisposalWorkflow.PROFILE,
              DisposalWorkflow.WORKFLOW,
              Combinators.combine(Arbitraries.of(Disposition.values()), Arbitraries.of(true, false))
                  .as((d, confidential) -> WarsawFixtures.disposal(d, WarsawFixtures.CONFISCATION_ID, confidential)),
              env -> env.withCases(LinkedCases.of(List.of(WarsawFixtures.confiscated(env))))));
}
