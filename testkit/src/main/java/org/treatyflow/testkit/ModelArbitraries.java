package org.treatyflow.testkit;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;

/** Arbitraries that span the whole model: any act of any family, complete. */
public final class ModelArbitraries {
  private ModelArbitraries() {}

  /**
   * Complete acts of {@code family}. The {@code switch} has no default branch, so a new family does
   * not compile until it has a generator.
   */
  public static Arbitrary<? extends CooperationAct> actsOf(RequestFamily family) {
    return switch (family) {
      case SPONTANEOUS_INFORMATION -> SpontaneousArbitraries.spontaneousInformation();
      case MUTUAL_ASSISTANCE -> AssistanceArbitraries.mutualAssistanceRequests();
      case EXPEDITED_PRESERVATION -> PreservationArbitraries.preservationRequests();
      case PRESERVED_TRAFFIC_DISCLOSURE -> PreservationArbitraries.preservedTrafficDisclosures();
      case STORED_DATA_ACCESS -> AssistanceArbitraries.storedDataAccessRequests();
      case TRANS_BORDER_ACCESS -> TransBorderArbitraries.transBorderAccessRecords();
      case REAL_TIME_TRAFFIC_COLLECTION -> AssistanceArbitraries.realTimeTrafficCollectionRequests();
      case CONTENT_INTERCEPTION -> AssistanceArbitraries.interceptionRequests();
      case DOMAIN_REGISTRATION_INFORMATION -> DisclosureArbitraries.domainRegistrationRequests();
      case SUBSCRIBER_INFORMATION_ORDER -> DisclosureArbitraries.subscriberInformationOrders();
      case FOREIGN_PRODUCTION_ORDER -> DisclosureArbitraries.foreignProductionOrderRequests();
      case EMERGENCY_DISCLOSURE -> DisclosureArbitraries.emergencyDisclosureRequests();
      case EMERGENCY_MUTUAL_ASSISTANCE -> AssistanceArbitraries.emergencyMutualAssistanceRequests();
      case VIDEO_CONFERENCE -> AssistanceArbitraries.videoConferenceRequests();
      case JOINT_INVESTIGATION_TEAM -> AssistanceArbitraries.jointInvestigationTeamAgreements();
      case INVESTIGATIVE_ASSISTANCE -> FinancialArbitraries.investigativeAssistanceRequests();
      case BANK_ACCOUNT_INFORMATION -> FinancialArbitraries.bankAccountInformationRequests();
      case BANKING_TRANSACTION_INFORMATION -> FinancialArbitraries.bankingTransactionInformationRequests();
      case BANKING_TRANSACTION_MONITORING -> FinancialArbitraries.bankingTransactionMonitoringRequests();
      case SPONTANEOUS_INFORMATION_ON_PROCEEDS -> SpontaneousArbitraries.spontaneousInformationOnProceeds();
      case PROVISIONAL_MEASURES -> ProvisionalArbitraries.provisionalMeasureRequests();
      case CONFISCATION -> ConfiscationArbitraries.confiscationRequests();
      case DISPOSAL -> ConfiscationArbitraries.disposalRequests();
      case FIU_INFORMATION_EXCHANGE -> FiuArbitraries.fiuInformationRequests();
      case FIU_POSTPONEMENT -> FiuArbitraries.fiuPostponementRequests();
    };
  }

  /** A complete act of any family, every family equally likely. */
  public static Arbitrary<CooperationAct> acts() {
    return Arbitraries.oneOf(
        Arrays.stream(RequestFamily.values())
            .map(family -> actsOf(family).map(CooperationAct.class::cast))
            .toList());
  }

  /** A complete act of any family, or a complete reply or decision to a request. */
  public static Arbitrary<CooperationAct> actsAndReplies() {
    return Arbitraries.oneOf(List.of(acts(), ReplyArbitraries.acts()));
  }
}
