package org.treatyflow.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.assistance.InterceptionRequest;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.assistance.RealTimeTrafficCollectionRequest;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.Iban;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestHeader;
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
import org.treatyflow.model.person.Person;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.provisional.ProvisionalMeasureRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Acceptance;
import org.treatyflow.model.reply.Acknowledgement;
import org.treatyflow.model.reply.AmendmentRequest;
import org.treatyflow.model.reply.ConditionalGrant;
import org.treatyflow.model.reply.ExecutionReport;
import org.treatyflow.model.reply.InformationNotice;
import org.treatyflow.model.reply.Postponement;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.model.transborder.TransBorderAccessRecord;

/**
 * The testkit's generators as jqwik's default arbitraries, so that a property may simply ask for
 * {@code @ForAll PreservationRequest request}, {@code @ForAll Refusal refusal} or {@code @ForAll
 * PartyRegistry registry}. Registered through {@code META-INF/services}; the type asked for must be
 * the model's type itself (a request family, a reply, or one of the building blocks listed in
 * {@link #TYPES}).
 */
public final class TreatyflowArbitraries implements ArbitraryProvider {
  /** The types this provider answers for, each with its generator. */
  static final Map<Class<?>, Supplier<Arbitrary<?>>> TYPES = types();

  private static Map<Class<?>, Supplier<Arbitrary<?>>> types() {
    Map<Class<?>, Supplier<Arbitrary<?>>> t = new LinkedHashMap<>();
    t.put(CooperationAct.class, ModelArbitraries::acts);
    t.put(Request.class, () -> ModelArbitraries.acts().filter(Request.class::isInstance).map(Request.class::cast));
    t.put(SpontaneousInformation.class, SpontaneousArbitraries::spontaneousInformation);
    t.put(SpontaneousInformationOnProceeds.class, SpontaneousArbitraries::spontaneousInformationOnProceeds);
    t.put(MutualAssistanceRequest.class, AssistanceArbitraries::mutualAssistanceRequests);
    t.put(StoredDataAccessRequest.class, AssistanceArbitraries::storedDataAccessRequests);
    t.put(RealTimeTrafficCollectionRequest.class, AssistanceArbitraries::realTimeTrafficCollectionRequests);
    t.put(InterceptionRequest.class, AssistanceArbitraries::interceptionRequests);
    t.put(EmergencyMutualAssistanceRequest.class, AssistanceArbitraries::emergencyMutualAssistanceRequests);
    t.put(VideoConferenceRequest.class, AssistanceArbitraries::videoConferenceRequests);
    t.put(JointInvestigationTeamAgreement.class, AssistanceArbitraries::jointInvestigationTeamAgreements);
    t.put(PreservationRequest.class, PreservationArbitraries::preservationRequests);
    t.put(PreservedTrafficDisclosure.class, PreservationArbitraries::preservedTrafficDisclosures);
    t.put(TransBorderAccessRecord.class, TransBorderArbitraries::transBorderAccessRecords);
    t.put(DomainRegistrationRequest.class, DisclosureArbitraries::domainRegistrationRequests);
    t.put(SubscriberInformationOrder.class, DisclosureArbitraries::subscriberInformationOrders);
    t.put(ForeignProductionOrderRequest.class, DisclosureArbitraries::foreignProductionOrderRequests);
    t.put(EmergencyDisclosureRequest.class, DisclosureArbitraries::emergencyDisclosureRequests);
    t.put(InvestigativeAssistanceRequest.class, FinancialArbitraries::investigativeAssistanceRequests);
    t.put(BankAccountInformationRequest.class, FinancialArbitraries::bankAccountInformationRequests);
    t.put(BankingTransactionInformationRequest.class, FinancialArbitraries::bankingTransactionInformationRequests);
    t.put(BankingTransactionMonitoringRequest.class, FinancialArbitraries::bankingTransactionMonitoringRequests);
    t.put(ProvisionalMeasureRequest.class, ProvisionalArbitraries::provisionalMeasureRequests);
    t.put(ConfiscationRequest.class, ConfiscationArbitraries::confiscationRequests);
    t.put(DisposalRequest.class, ConfiscationArbitraries::disposalRequests);
    t.put(FiuInformationRequest.class, FiuArbitraries::fiuInformationRequests);
    t.put(FiuPostponementRequest.class, FiuArbitraries::fiuPostponementRequests);
    t.put(Reply.class, ReplyArbitraries::replies);
    t.put(Acknowledgement.class, ReplyArbitraries::acknowledgements);
    t.put(AmendmentRequest.class, ReplyArbitraries::amendmentRequests);
    t.put(Acceptance.class, ReplyArbitraries::acceptances);
    t.put(ConditionalGrant.class, ReplyArbitraries::conditionalGrants);
    t.put(Postponement.class, ReplyArbitraries::postponements);
    t.put(Refusal.class, ReplyArbitraries::refusals);
    t.put(ExecutionReport.class, ReplyArbitraries::executionReports);
    t.put(ResultTransmission.class, ReplyArbitraries::resultTransmissions);
    t.put(InformationNotice.class, ReplyArbitraries::informationNotices);
    t.put(Party.class, CommonArbitraries::parties);
    t.put(ArticleCitation.class, CommonArbitraries::citations);
    t.put(Offence.class, CommonArbitraries::offences);
    t.put(DataItem.class, CommonArbitraries::dataItems);
    t.put(Facts.class, CommonArbitraries::facts);
    t.put(Amount.class, AssetArbitraries::amounts);
    t.put(Asset.class, AssetArbitraries::assets);
    t.put(Iban.class, AssetArbitraries::ibans);
    t.put(Person.class, PersonArbitraries::persons);
    t.put(PartyRegistry.class, RegistryArbitraries::registries);
    return Map.copyOf(t);
  }

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return TYPES.keySet().stream().anyMatch(targetType::isOfType);
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    for (Map.Entry<Class<?>, Supplier<Arbitrary<?>>> e : TYPES.entrySet()) {
      if (targetType.isOfType(e.getKey())) {
        return Set.of(e.getValue().get());
      }
    }
    return Set.of();
  }
}
