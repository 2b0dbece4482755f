package org.treatyflow.workflow.assistance;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.confiscation.Disposition;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.assistance.SkeletonScenarios.Fate;
import org.treatyflow.workflow.confiscation.ConfiscationWorkflow;
import org.treatyflow.workflow.confiscation.DisposalWorkflow;
import org.treatyflow.workflow.confiscation.WarsawFixtures;
import org.treatyflow.workflow.disclosure.ForeignProductionOrderWorkflow;
import org.treatyflow.workflow.financial.BankAccountInformationWorkflow;
import org.treatyflow.workflow.financial.BankingTransactionInformationWorkflow;
import org.treatyflow.workflow.financial.BankingTransactionMonitoringWorkflow;
import org.treatyflow.workflow.financial.InvestigativeAssistanceWorkflow;
import org.treatyflow.workflow.provisional.ProvisionalMeasuresWorkflow;

/**
 * Every family written on the mutual assistance skeleton, each with requests and environments that
 * reach its own guards ({@link SkeletonScenarios}): a request sent directly between judicial
 * authorities that is not urgent; production orders to Parties with 2AP 8 declarations, without 2AP
 * 8 in their law or suspending transfers, following a 2AP 7 order still pending; monitoring still
 * running; measures and disposals whose confiscation case is in every state, now and then between
 * other Parties.
 */
final class SkeletonFamilies {
  private SkeletonFamilies() {}

  static final List<SkeletonFamily<?>> ALL =
      List.of(
          new SkeletonFamily<>(
              MutualAssistanceWorkflow.PROFILE,
              MutualAssistanceWorkflow.WORKFLOW,
              Arbitraries.frequencyOf(
                  Tuple.of(9, SkeletonFamily.requestsOf(MutualAssistanceWorkflow.PROFILE)),
                  Tuple.of(1, Arbitraries.just(directJudicialNotUrgent())))),
          new SkeletonFamily<>(StoredDataAccessWorkflow.PROFILE, StoredDataAccessWorkflow.WORKFLOW),
          new SkeletonFamily<>(RealTimeTrafficWorkflow.PROFILE, RealTimeTrafficWorkflow.WORKFLOW),
          new SkeletonFamily<>(InterceptionWorkflow.PROFILE, InterceptionWorkflow.WORKFLOW),
          new SkeletonFamily<>(
              ForeignProductionOrderWorkflow.PROFILE,
              ForeignProductionOrderWorkflow.WORKFLOW,
              Arbitraries.frequencyOf(
                  Tuple.of(3, SkeletonFamily.requestsOf(ForeignProductionOrderWorkflow.PROFILE)),
                  Tuple.of(2, SkeletonScenarios.productionOrders())),
              SkeletonScenarios::forProductionOrder),
          new SkeletonFamily<>(EmergencyMutualAssistanceWorkflow.PROFILE, EmergencyMutualAssistanceWorkflow.WORKFLOW),
          new SkeletonFamily<>(InvestigativeAssistanceWorkflow.PROFILE, InvestigativeAssistanceWorkflow.WORKFLOW),
          new SkeletonFamily<>(BankAccountInformationWorkflow.PROFILE, BankAccountInformationWorkflow.WORKFLOW),
          new SkeletonFamily<>(
              BankingTransactionInformationWorkflow.PROFILE, BankingTransactionInformationWorkflow.WORKFLOW),
          new SkeletonFamily<>(
              BankingTransactionMonitoringWorkflow.PROFILE,
              BankingTransactionMonitoringWorkflow.WORKFLOW,
              Arbitraries.frequencyOf(
                  Tuple.of(3, SkeletonFamily.requestsOf(BankingTransactionMonitoringWorkflow.PROFILE)),
                  Tuple.of(1, SkeletonScenarios.runningMonitoring()))),
          new SkeletonFamily<>(
              ProvisionalMeasuresWorkflow.PROFILE,
              ProvisionalMeasuresWorkflow.WORKFLOW,
              Arbitraries.frequencyOf(
                  Tuple.of(3, SkeletonFamily.requestsOf(ProvisionalMeasuresWorkflow.PROFILE)),
                  Tuple.of(
                      2,
                      SkeletonScenarios.confiscationIds()
                          .map(id -> WarsawFixtures.provisionalBuilder(Optional.of(id)).build()))),
              SkeletonFamilies::provisionalEnvironment),
          new SkeletonFamily<>(ConfiscationWorkflow.PROFILE, ConfiscationWorkflow.WORKFLOW),
          new SkeletonFamily<>(
              DisposalWorkflow.PROFILE,
              DisposalWorkflow.WORKFLOW,
              Arbitraries.frequencyOf(
                  Tuple.of(
                      3,
                      Combinators.combine(
                              Arbitraries.of(Disposition.values()),
                              SkeletonScenarios.confiscationIds(),
                              Arbitraries.of(true, false))
                          .as(WarsawFixtures::disposal)),
                  Tuple.of(1, SkeletonFamily.requestsOf(DisposalWorkflow.PROFILE))),
              SkeletonFamilies::disposalEnvironment));

  /** A request sent directly between judicial authorities, not urgent, where BC 27 governs (BC 27(9)(a)). */
  private static MutualAssistanceRequest directJudicialNotUrgent() {
    return MutualAssistanceFixtures.builder(Channel.DIRECT_JUDICIAL, MutualAssistanceFixtures.illegalAccess()).build();
  }

  /**
   * The confiscation case a measure backs (WC 21(2)), mostly under review or further between the
   * same Parties; now and then ended, awaiting amendments without leave for interim measures,
   * between other Parties, or unknown.
   */
  private static Environment provisionalEnvironment(ProvisionalMeasureRequest request, SimulatedClock clock) {
    Optional<RequestId> linked = request.linkedConfiscationRequest();
    if (linked.isEmpty()) {
      return SkeletonScenarios.environment(clock);
    }
    RequestId id = linked.get();
    int pick = SkeletonScenarios.pick(id, 10);
    Fate fate =
        switch (pick) {
          case 0, 1, 2, 8 -> Fate.UNDER_REVIEW;
          case 3 -> Fate.CONFISCATED;
          case 4 -> Fate.AWAITING_AMENDMENT_INTERIM;
          case 5 -> Fate.REFUSED;
          case 6 -> Fate.WITHDRAWN_AFTER_CONFISCATION;
          case 7 -> Fate.AWAITING_AMENDMENT_NO_INTERIM;
          default -> Fate.UNKNOWN;
        };
    return SkeletonScenarios.withConfiscation(clock, request, id, fate, pick == 8);
  }

  /**
   * The confiscation case a disposal names (WC 25(1)), mostly confiscated between the same Parties;
   * now and then withdrawn after confiscation, not yet confiscated, between other Parties, or
   * unknown.
   */
  private static Environment disposalEnvironment(DisposalRequest request, SimulatedClock clock) {
    RequestId id = request.confiscationRequestId();
    int pick = SkeletonScenarios.pick(id, 10);
    Fate fate =
        switch (pick) {
          case 6 -> Fate.WITHDRAWN_AFTER_CONFISCATION;
          case 7 -> Fate.UNDER_REVIEW;
          case 9 -> Fate.UNKNOWN;
          default -> Fate.CONFISCATED;
        };
    return SkeletonScenarios.withConfiscation(clock, request, id, fate, pick == 8);
  }
}
