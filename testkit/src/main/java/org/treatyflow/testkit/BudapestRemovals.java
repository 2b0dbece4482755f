package org.treatyflow.testkit;

import java.util.List;
import org.treatyflow.model.assistance.InterceptionRequest;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.assistance.RealTimeTrafficCollectionRequest;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.model.transborder.TransBorderAccessRecord;
import org.treatyflow.testkit.Omit.HeaderItem;

/** The removable items of the Budapest Convention's families (BC 25-34). */
final class BudapestRemovals {
  private BudapestRemovals() {}

  // BC 29 ------------------------------------------------------------------------------------

  static final Removal.Family<PreservationRequest> PRESERVATION =
      new Removal.Family<>(
          PreservationArbitraries::preservationRequests,
          PreservationRequest.REQUIRED_CONTENT,
          List.of(
              Removal.always("BC_29_LEGAL_BASIS", r -> without(r, "BC_29_LEGAL_BASIS")),
              Removal.always("BC_29_2_B_OFFENCE", r -> without(r, "BC_29_2_B_OFFENCE")),
              Removal.always("BC_29_2_B_FACTS", r -> without(r, "BC_29_2_B_FACTS")),
              Removal.always("BC_29_2_C_DATA_TO_PRESERVE", r -> without(r, "BC_29_2_C_DATA_TO_PRESERVE")),
              Removal.when(
                  "BC_29_2_C_RELATION_TO_OFFENCE",
                  r -> !r.dataToPreserve().isEmpty(),
                  r -> without(r, "BC_29_2_C_RELATION_TO_OFFENCE")),
              Removal.always(
                  "BC_29_2_D_CUSTODIAN_OR_LOCATION", r -> without(r, "BC_29_2_D_CUSTODIAN_OR_LOCATION")),
              Removal.always("BC_29_2_E_NECESSITY", r -> without(r, "BC_29_2_E_NECESSITY")),
              Removal.always("BC_29_2_F_FOLLOW_UP_INTENT", r -> without(r, "BC_29_2_F_FOLLOW_UP_INTENT"))));

  private static PreservationRequest without(PreservationRequest r, String code) {
    PreservationRequest.Builder b =
        PreservationRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.EXPEDITED_PRESERVATION,
                    code.equals("BC_29_LEGAL_BASIS") ? HeaderItem.OWN_LEGAL_BASIS : null))
            .preservationDaysRequested(r.preservationDaysRequested());
    if (!code.equals("BC_29_2_B_OFFENCE")) {
      b.addAllOffences(r.offences());
    }
    b.facts(code.equals("BC_29_2_B_FACTS") ? Omit.withoutSummary(r.facts()) : r.facts());
    if (code.equals("BC_29_2_C_RELATION_TO_OFFENCE")) {
      // One item without its relation is enough for the rule; the others keep theirs.
      List<DataItem> items = r.dataToPreserve();
      b.addDataToPreserve(withoutRelation(items.get(0)));
      b.addAllDataToPreserve(items.subList(1, items.size()));
    } else if (!code.equals("BC_29_2_C_DATA_TO_PRESERVE")) {
      b.addAllDataToPreserve(r.dataToPreserve());
    }
    if (!code.equals("BC_29_2_D_CUSTODIAN_OR_LOCATION")) {
      b.custodianOrLocation(r.custodianOrLocation());
    }
    if (!code.equals("BC_29_2_E_NECESSITY")) {
      b.necessity(r.necessity());
    }
    if (!code.equals("BC_29_2_F_FOLLOW_UP_INTENT")) {
      b.intendsMutualAssistanceFollowUp(r.intendsMutualAssistanceFollowUp());
    }
    return b.build();
  }

  private static DataItem withoutRelation(DataItem item) {
    return DataItem.builder()
        .category(item.category())
        .description(item.description())
        .selector(item.selector())
        .periodStart(item.periodStart())
        .periodEnd(item.periodEnd())
        .build();
  }

  // BC 30 ------------------------------------------------------------------------------------

  static final Removal.Family<PreservedTrafficDisclosure> PRESERVED_TRAFFIC_DISCLOSURE =
      new Removal.Family<>(
          PreservationArbitraries::preservedTrafficDisclosures,
          PreservedTrafficDisclosure.REQUIRED_CONTENT,
          List.of(
              Removal.always("BC_30_1_TRAFFIC_DATA", d -> without(d, "BC_30_1_TRAFFIC_DATA")),
              Removal.always(
                  "BC_30_1_PROVIDER_IDENTIFIED", d -> without(d, "BC_30_1_PROVIDER_IDENTIFIED"))));

  private static PreservedTrafficDisclosure without(PreservedTrafficDisclosure d, String code) {
    PreservedTrafficDisclosure.Builder b =
        PreservedTrafficDisclosure.builder()
            .preservationRequestId(d.preservationRequestId())
            .disclosingParty(d.disclosingParty())
            .receivingParty(d.receivingParty())
            .disclosingAuthority(d.disclosingAuthority())
            .disclosedOn(d.disclosedOn())
            .path(d.path());
    if (!code.equals("BC_30_1_TRAFFIC_DATA")) {
      b.addAllTrafficData(d.trafficData());
    }
    if (!code.equals("BC_30_1_PROVIDER_IDENTIFIED")) {
      b.identifiedProvider(d.identifiedProvider());
    }
    return b.build();
  }

  // BC 25, 27 --------------------------------------------------------------------------------

  static final Removal.Family<MutualAssistanceRequest> MUTUAL_ASSISTANCE =
      new Removal.Family<>(
          AssistanceArbitraries::mutualAssistanceRequests,
          MutualAssistanceRequest.REQUIRED_CONTENT,
          List.of(
              Removal.always("BC_25_1_MEASURES", r -> without(r, "BC_25_1_MEASURES")),
              Removal.always("BC_25_1_OFFENCE", r -> without(r, "BC_25_1_OFFENCE")),
              Removal.always("BC_25_1_FACTS", r -> without(r, "BC_25_1_FACTS")),
              Removal.always("BC_25_LEGAL_BASIS", r -> without(r, "BC_25_LEGAL_BASIS"))));

  private static MutualAssistanceRequest without(MutualAssistanceRequest r, String code) {
    MutualAssistanceRequest.Builder b =
        MutualAssistanceRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.MUTUAL_ASSISTANCE,
                    code.equals("BC_25_LEGAL_BASIS") ? HeaderItem.OWN_LEGAL_BASIS : null))
            .facts(code.equals("BC_25_1_FACTS") ? Omit.withoutSummary(r.facts()) : r.facts())
            .addAllDataItems(r.dataItems())
            .addAllPersons(r.persons())
            .procedureRequested(r.procedureRequested())
            .coercive(r.coercive());
    if (!code.equals("BC_25_1_MEASURES")) {
      b.addAllMeasures(r.measures());
    }
    if (!code.equals("BC_25_1_OFFENCE")) {
      b.addAllOffences(r.offences());
    }
    return b.build();
  }

  // BC 31 ------------------------------------------------------------------------------------

  static final Removal.Family<StoredDataAccessRequest> STORED_DATA_ACCESS =
      new Removal.Family<>(
          AssistanceArbitraries::storedDataAccessRequests,
          StoredDataAccessRequest.REQUIRED_CONTENT,
          List.of(
              Removal.always("BC_31_1_DATA", r -> without(r, "BC_31_1_DATA")),
              Removal.always("BC_31_1_MEASURES", r -> without(r, "BC_31_1_MEASURES")),
              Removal.always("BC_31_2_OFFENCE", r -> without(r, "BC_31_2_OFFENCE")),
              Removal.always("BC_31_2_FACTS", r -> without(r, "BC_31_2_FACTS")),
              Removal.when(
                  "BC_31_3_EXPEDITED_GROUNDS",
                  r -> r.header().urgency() != Urgency.ROUTINE,
                  r -> without(r, "BC_31_3_EXPEDITED_GROUNDS")),
              Removal.always("BC_31_LEGAL_BASIS", r -> without(r, "BC_31_LEGAL_BASIS"))));

  private static StoredDataAccessRequest without(StoredDataAccessRequest r, String code) {
    StoredDataAccessRequest.Builder b =
        StoredDataAccessRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.STORED_DATA_ACCESS,
                    code.equals("BC_31_LEGAL_BASIS") ? HeaderItem.OWN_LEGAL_BASIS : null))
            .facts(code.equals("BC_31_2_FACTS") ? Omit.withoutSummary(r.facts()) : r.facts())
            .precedingPreservation(r.precedingPreservation());
    if (!code.equals("BC_31_1_DATA")) {
      b.addAllDataItems(r.dataItems());
    }
    if (!code.equals("BC_31_1_MEASURES")) {
      b.addAllMeasures(r.measures());
    }
    if (!code.equals("BC_31_2_OFFENCE")) {
      b.addAllOffences(r.offences());
    }
    if (!code.equals("BC_31_3_EXPEDITED_GROUNDS")) {
      b.expeditedGrounds(r.expeditedGrounds());
    }
    return b.build();
  }

  // BC 26 ------------------------------------------------------------------------------------

  static final Removal.Family<SpontaneousInformation> SPONTANEOUS_INFORMATION =
      new Removal.Family<>(
          SpontaneousArbitraries::spontaneousInformation,
          SpontaneousInformation.REQUIRED_CONTENT,
          List.of(
              Removal.always("BC_26_1_INFORMATION", i -> without(i, "BC_26_1_INFORMATION")),
              Removal.always("BC_26_1_PURPOSE", i -> without(i, "BC_26_1_PURPOSE"))));

  /** For BC_26_1_PURPOSE the item is the purpose: the offences and the prospect of a request. */
  private static SpontaneousInformation without(SpontaneousInformation i, String code) {
    SpontaneousInformation.Builder b =
        SpontaneousInformation.builder()
            .reference(i.reference())
            .providingParty(i.providingParty())
            .providingAuthority(i.providingAuthority())
            .receivingParty(i.receivingParty())
            .receivingAuthority(i.receivingAuthority())
            .sentOn(i.sentOn())
            .confidentialityRequested(i.confidentialityRequested())
            .addAllConditions(i.conditions());
    if (!code.equals("BC_26_1_INFORMATION")) {
      b.informationSummary(i.informationSummary());
    }
    if (!code.equals("BC_26_1_PURPOSE")) {
      b.addAllOffences(i.offences()).couldLeadToRequest(i.couldLeadToRequest());
    }
    return b.build();
  }

  // BC 32 ------------------------------------------------------------------------------------

  static final Removal.Family<TransBorderAccessRecord> TRANS_BORDER_ACCESS =
      new Removal.Family<>(
          TransBorderArbitraries::transBorderAccessRecords,
          TransBorderAccessRecord.REQUIRED_CONTENT,
          List.of(
              Removal.always("BC_32_DATA_ACCESSED", r -> without(r, "BC_32_DATA_ACCESSED")),
              Removal.when(
                  "BC_32_B_CONSENT_GIVER",
                  TransBorderAccessRecord::reliesOnConsent,
                  r -> without(r, "BC_32_B_CONSENT_GIVER")),
              Removal.when(
                  "BC_32_B_CONSENT_DATE",
                  TransBorderAccessRecord::reliesOnConsent,
                  r -> without(r, "BC_32_B_CONSENT_DATE"))));

  private static TransBorderAccessRecord without(TransBorderAccessRecord r, String code) {
    TransBorderAccessRecord.Builder b =
        TransBorderAccessRecord.builder()
            .reference(r.reference())
            .accessingParty(r.accessingParty())
            .accessingAuthority(r.accessingAuthority())
            .storedIn(r.storedIn())
            .basis(r.basis())
            .accessedAt(r.accessedAt());
    if (!code.equals("BC_32_DATA_ACCESSED")) {
      b.addAllDataAccessed(r.dataAccessed());
    }
    if (!code.equals("BC_32_B_CONSENT_GIVER")) {
      b.consentGiver(r.consentGiver());
    }
    if (!code.equals("BC_32_B_CONSENT_DATE")) {
      b.consentObtainedOn(r.consentObtainedOn());
    }
    return b.build();
  }

  // BC 33 ------------------------------------------------------------------------------------

  static final Removal.Family<RealTimeTrafficCollectionRequest> REAL_TIME_TRAFFIC_COLLECTION =
      new Removal.Family<>(
          AssistanceArbitraries::realTimeTrafficCollectionRequests,
          RealTimeTrafficCollectionRequest.REQUIRED_CONTENT,
          List.of(
                  "BC_33_1_SPECIFIED_COMMUNICATIONS",
                  "BC_33_1_COLLECTION_PERIOD",
                  "BC_33_2_OFFENCE",
                  "BC_33_LEGAL_BASIS")
              .stream()
              .map(code -> Removal.<RealTimeTrafficCollectionRequest>always(code, r -> without(r, code)))
              .toList());

  /** For BC_33_1_COLLECTION_PERIOD the item is the period: its start and its end. */
  private static RealTimeTrafficCollectionRequest without(
      RealTimeTrafficCollectionRequest r, String code) {
    RealTimeTrafficCollectionRequest.Builder b =
        RealTimeTrafficCollectionRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.REAL_TIME_TRAFFIC_COLLECTION,
                    code.equals("BC_33_LEGAL_BASIS") ? HeaderItem.OWN_LEGAL_BASIS : null))
            .facts(r.facts());
    if (!code.equals("BC_33_1_SPECIFIED_COMMUNICATIONS")) {
      b.addAllSpecifiedCommunications(r.specifiedCommunications());
    }
    if (!code.equals("BC_33_1_COLLECTION_PERIOD")) {
      b.collectionStart(r.collectionStart()).collectionEnd(r.collectionEnd());
    }
    if (!code.equals("BC_33_2_OFFENCE")) {
      b.addAllOffences(r.offences());
    }
    return b.build();
  }

  // BC 34 ------------------------------------------------------------------------------------

  static final Removal.Family<InterceptionRequest> CONTENT_INTERCEPTION =
      new Removal.Family<>(
          AssistanceArbitraries::interceptionRequests,
          InterceptionRequest.REQUIRED_CONTENT,
          List.of(
                  "BC_34_SPECIFIED_COMMUNICATIONS",
                  "BC_34_COLLECTION_PERIOD",
                  "BC_34_OFFENCE",
                  "BC_34_LEGAL_BASIS")
              .stream()
              .map(code -> Removal.<InterceptionRequest>always(code, r -> without(r, code)))
              .toList());

  /** For BC_34_COLLECTION_PERIOD the item is the period: its start and its end. */
  private static InterceptionRequest without(InterceptionRequest r, String code) {
    InterceptionRequest.Builder b =
        InterceptionRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.CONTENT_INTERCEPTION,
                    code.equals("BC_34_LEGAL_BASIS") ? HeaderItem.OWN_LEGAL_BASIS : null))
            .facts(r.facts());
    if (!code.equals("BC_34_SPECIFIED_COMMUNICATIONS")) {
      b.addAllSpecifiedCommunications(r.specifiedCommunications());
    }
    if (!code.equals("BC_34_COLLECTION_PERIOD")) {
      b.collectionStart(r.collectionStart()).collectionEnd(r.collectionEnd());
    }
    if (!code.equals("BC_34_OFFENCE")) {
      b.addAllOffences(r.offences());
    }
    return b.build();
  }
}
