package org.treatyflow.testkit;

import java.util.List;
import net.jqwik.api.Arbitrary;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.assistance.InterceptionRequest;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.assistance.RealTimeTrafficCollectionRequest;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.confiscation.ConfiscationRequest;
import org.treatyflow.model.confiscation.DisposalRequest;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.model.financial.BankingTransactionInformationRequest;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.model.financial.InvestigativeAssistanceRequest;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.model.transborder.TransBorderAccessRecord;

/**
 * Acts that lack exactly one item of required content, each with the rule that requires it, so
 * that completeness rules can be tested as properties.
 *
 * <p>Each value is a complete generated act (see {@link ModelArbitraries#actsOf(RequestFamily)})
 * rebuilt through its builder without one item, chosen at random among the items that can be
 * removed on their own from that act: an item that a rule requires only under a condition (e.g.
 * the grounds of BC 31(3) for an urgent request) is removed only from acts that meet the condition.
 * The act then reports exactly one violation, that of {@link Incomplete#code()}.
 *
 * <p>Rules that check the consistency of the request rather than the presence of an item (a channel
 * allowed for the family, an authority of the right role, data of the allowed categories) are not
 * covered, nor are items the generated acts never require (see the testkit's README);
 * {@link #removableCodes(RequestFamily)} lists the rules that are.
 *
 * <p>Legal basis: the provisions the families' completeness rules cite (e.g. BC 29(2), 2AP 7(3) and
 * (4), WC 17(3), WC 37).
 */
public final class IncompleteArbitraries {
  private IncompleteArbitraries() {}

  /**
   * Acts of {@code family} missing exactly one required item; every family is covered. The
   * {@code switch} has no default branch, so a new family does not compile until it is listed here.
   */
  public static Arbitrary<Incomplete<? extends CooperationAct>> incompleteActsOf(
      RequestFamily family) {
    return removals(family).incomplete().map(i -> i);
  }

  /**
   * Acts of {@code family} missing the item the rule {@code code} requires, to test one rule.
   *
   * @throws IllegalArgumentException if {@code code} is not among {@link
   *     #removableCodes(RequestFamily)}
   */
  public static Arbitrary<Incomplete<? extends CooperationAct>> incompleteActsOf(
      RequestFamily family, String code) {
    return removals(family).incomplete(code).map(i -> i);
  }

  /**
   * The codes of the completeness rules of {@code family} whose item these generators remove, in
   * the order the family's rules are listed by these generators; never empty.
   */
  public static List<String> removableCodes(RequestFamily family) {
    return removals(family).codes();
  }

  private static Removal.Family<? extends CooperationAct> removals(RequestFamily family) {
    return switch (family) {
      case SPONTANEOUS_INFORMATION -> BudapestRemovals.SPONTANEOUS_INFORMATION;
      case MUTUAL_ASSISTANCE -> BudapestRemovals.MUTUAL_ASSISTANCE;
      case EXPEDITED_PRESERVATION -> BudapestRemovals.PRESERVATION;
      case PRESERVED_TRAFFIC_DISCLOSURE -> BudapestRemovals.PRESERVED_TRAFFIC_DISCLOSURE;
      case STORED_DATA_ACCESS -> BudapestRemovals.STORED_DATA_ACCESS;
      case TRANS_BORDER_ACCESS -> BudapestRemovals.TRANS_BORDER_ACCESS;
      case REAL_TIME_TRAFFIC_COLLECTION -> BudapestRemovals.REAL_TIME_TRAFFIC_COLLECTION;
      case CONTENT_INTERCEPTION -> BudapestRemovals.CONTENT_INTERCEPTION;
      case DOMAIN_REGISTRATION_INFORMATION -> ProtocolRemovals.DOMAIN_REGISTRATION_INFORMATION;
      case SUBSCRIBER_INFORMATION_ORDER -> ProtocolRemovals.SUBSCRIBER_INFORMATION_ORDER;
      case FOREIGN_PRODUCTION_ORDER -> ProtocolRemovals.FOREIGN_PRODUCTION_ORDER;
      case EMERGENCY_DISCLOSURE -> ProtocolRemovals.EMERGENCY_DISCLOSURE;
      case EMERGENCY_MUTUAL_ASSISTANCE -> ProtocolRemovals.EMERGENCY_MUTUAL_ASSISTANCE;
      case VIDEO_CONFERENCE -> ProtocolRemovals.VIDEO_CONFERENCE;
      case JOINT_INVESTIGATION_TEAM -> ProtocolRemovals.JOINT_INVESTIGATION_TEAM;
      case INVESTIGATIVE_ASSISTANCE -> WarsawRemovals.INVESTIGATIVE_ASSISTANCE;
      case BANK_ACCOUNT_INFORMATION -> WarsawRemovals.BANK_ACCOUNT_INFORMATION;
      case BANKING_TRANSACTION_INFORMATION -> WarsawRemovals.BANKING_TRANSACTION_INFORMATION;
      case BANKING_TRANSACTION_MONITORING -> WarsawRemovals.BANKING_TRANSACTION_MONITORING;
      case SPONTANEOUS_INFORMATION_ON_PROCEEDS ->
          WarsawRemovals.SPONTANEOUS_INFORMATION_ON_PROCEEDS;
      case PROVISIONAL_MEASURES -> WarsawRemovals.PROVISIONAL_MEASURES;
      case CONFISCATION -> WarsawRemovals.CONFISCATION;
      case DISPOSAL -> WarsawRemovals.DISPOSAL;
      case FIU_INFORMATION_EXCHANGE -> WarsawRemovals.FIU_INFORMATION_EXCHANGE;
      case FIU_POSTPONEMENT -> WarsawRemovals.FIU_POSTPONEMENT;
    };
  }

  /** BC 29 requests for expedited preservation, each missing one of eight required items. */
  public static Arbitrary<Incomplete<PreservationRequest>> preservationRequests() {
    return BudapestRemovals.PRESERVATION.incomplete();
  }

  /** BC 30 disclosures of preserved traffic data, missing the traffic data or the provider. */
  public static Arbitrary<Incomplete<PreservedTrafficDisclosure>> preservedTrafficDisclosures() {
    return BudapestRemovals.PRESERVED_TRAFFIC_DISCLOSURE.incomplete();
  }

  /** BC 25/27 requests for mutual assistance, each missing one required item. */
  public static Arbitrary<Incomplete<MutualAssistanceRequest>> mutualAssistanceRequests() {
    return BudapestRemovals.MUTUAL_ASSISTANCE.incomplete();
  }

  /** BC 31 requests for access to stored data, each missing one required item. */
  public static Arbitrary<Incomplete<StoredDataAccessRequest>> storedDataAccessRequests() {
    return BudapestRemovals.STORED_DATA_ACCESS.incomplete();
  }

  /** BC 26 spontaneous information, missing the information or its purpose. */
  public static Arbitrary<Incomplete<SpontaneousInformation>> spontaneousInformation() {
    return BudapestRemovals.SPONTANEOUS_INFORMATION.incomplete();
  }

  /** BC 32 records of trans-border access, missing the data or, for consent, the consent's details. */
  public static Arbitrary<Incomplete<TransBorderAccessRecord>> transBorderAccessRecords() {
    return BudapestRemovals.TRANS_BORDER_ACCESS.incomplete();
  }

  /** BC 33 requests for real-time collection of traffic data, each missing one required item. */
  public static Arbitrary<Incomplete<RealTimeTrafficCollectionRequest>>
      realTimeTrafficCollectionRequests() {
    return BudapestRemovals.REAL_TIME_TRAFFIC_COLLECTION.incomplete();
  }

  /** BC 34 requests for interception of content data, each missing one required item. */
  public static Arbitrary<Incomplete<InterceptionRequest>> interceptionRequests() {
    return BudapestRemovals.CONTENT_INTERCEPTION.incomplete();
  }

  /** 2AP 6 requests for domain name registration information, each missing one required item. */
  public static Arbitrary<Incomplete<DomainRegistrationRequest>> domainRegistrationRequests() {
    return ProtocolRemovals.DOMAIN_REGISTRATION_INFORMATION.incomplete();
  }

  /** 2AP 7 orders for subscriber information, each missing one item of 2AP 7(3) or 7(4). */
  public static Arbitrary<Incomplete<SubscriberInformationOrder>> subscriberInformationOrders() {
    return ProtocolRemovals.SUBSCRIBER_INFORMATION_ORDER.incomplete();
  }

  /** 2AP 8 requests to give effect to a production order, each missing one item of 2AP 8(3) or 8(4). */
  public static Arbitrary<Incomplete<ForeignProductionOrderRequest>>
      foreignProductionOrderRequests() {
    return ProtocolRemovals.FOREIGN_PRODUCTION_ORDER.incomplete();
  }

  /** 2AP 9 requests for emergency disclosure, each missing one required item. */
  public static Arbitrary<Incomplete<EmergencyDisclosureRequest>> emergencyDisclosureRequests() {
    return ProtocolRemovals.EMERGENCY_DISCLOSURE.incomplete();
  }

  /** 2AP 10 requests for emergency mutual assistance, each missing one required item. */
  public static Arbitrary<Incomplete<EmergencyMutualAssistanceRequest>>
      emergencyMutualAssistanceRequests() {
    return ProtocolRemovals.EMERGENCY_MUTUAL_ASSISTANCE.incomplete();
  }

  /** 2AP 11 requests for a hearing by video conference, each missing one required item. */
  public static Arbitrary<Incomplete<VideoConferenceRequest>> videoConferenceRequests() {
    return ProtocolRemovals.VIDEO_CONFERENCE.incomplete();
  }

  /** 2AP 12 agreements on a joint investigation team, each missing one required item. */
  public static Arbitrary<Incomplete<JointInvestigationTeamAgreement>>
      jointInvestigationTeamAgreements() {
    return ProtocolRemovals.JOINT_INVESTIGATION_TEAM.incomplete();
  }

  /** WC 16 requests for investigative assistance, each missing one required item. */
  public static Arbitrary<Incomplete<InvestigativeAssistanceRequest>>
      investigativeAssistanceRequests() {
    return WarsawRemovals.INVESTIGATIVE_ASSISTANCE.incomplete();
  }

  /** WC 17 requests for information on bank accounts, each missing one required item. */
  public static Arbitrary<Incomplete<BankAccountInformationRequest>>
      bankAccountInformationRequests() {
    return WarsawRemovals.BANK_ACCOUNT_INFORMATION.incomplete();
  }

  /** WC 18 requests for information on banking transactions, each missing one required item. */
  public static Arbitrary<Incomplete<BankingTransactionInformationRequest>>
      bankingTransactionInformationRequests() {
    return WarsawRemovals.BANKING_TRANSACTION_INFORMATION.incomplete();
  }

  /** WC 19 requests for the monitoring of banking transactions, each missing one required item. */
  public static Arbitrary<Incomplete<BankingTransactionMonitoringRequest>>
      bankingTransactionMonitoringRequests() {
    return WarsawRemovals.BANKING_TRANSACTION_MONITORING.incomplete();
  }

  /** WC 20 spontaneous information on proceeds, missing the information or the property. */
  public static Arbitrary<Incomplete<SpontaneousInformationOnProceeds>>
      spontaneousInformationOnProceeds() {
    return WarsawRemovals.SPONTANEOUS_INFORMATION_ON_PROCEEDS.incomplete();
  }

  /** WC 21/22 requests for provisional measures, each missing one required item. */
  public static Arbitrary<Incomplete<ProvisionalMeasureRequest>> provisionalMeasureRequests() {
    return WarsawRemovals.PROVISIONAL_MEASURES.incomplete();
  }

  /** WC 23/24 requests for confiscation, each missing one required item (WC 23, 37). */
  public static Arbitrary<Incomplete<ConfiscationRequest>> confiscationRequests() {
    return WarsawRemovals.CONFISCATION.incomplete();
  }

  /** WC 25 requests for the disposal of confiscated property, each missing one required item. */
  public static Arbitrary<Incomplete<DisposalRequest>> disposalRequests() {
    return WarsawRemovals.DISPOSAL.incomplete();
  }

  /** WC 46 requests between Financial Intelligence Units, each missing one required item. */
  public static Arbitrary<Incomplete<FiuInformationRequest>> fiuInformationRequests() {
    return WarsawRemovals.FIU_INFORMATION_EXCHANGE.incomplete();
  }

  /** WC 47 requests to postpone a transaction, each missing one required item. */
  public static Arbitrary<Incomplete<FiuPostponementRequest>> fiuPostponementRequests() {
    return WarsawRemovals.FIU_POSTPONEMENT.incomplete();
  }
}
