package org.treatyflow.testkit;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.ProductionOrder;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.testkit.Omit.HeaderItem;

/** The removable items of the Second Additional Protocol's families (2AP 6-12). */
final class ProtocolRemovals {
  private ProtocolRemovals() {}

  // 2AP 7 ------------------------------------------------------------------------------------

  private static final Map<String, HeaderItem> ORDER_HEADER_ITEMS =
      Map.of(
          "2AP_7_LEGAL_BASIS", HeaderItem.OWN_LEGAL_BASIS,
          "2AP_7_3_DATE_ISSUED", HeaderItem.DATE,
          "2AP_7_3_PROVIDER_NAME", HeaderItem.REQUESTED_AUTHORITY);

  static final Removal.Family<SubscriberInformationOrder> SUBSCRIBER_INFORMATION_ORDER =
      new Removal.Family<>(
          DisclosureArbitraries::subscriberInformationOrders,
          SubscriberInformationOrder.REQUIRED_CONTENT,
          List.of(
                  "2AP_7_LEGAL_BASIS",
                  "2AP_7_3_DATE_ISSUED",
                  "2AP_7_3_STATEMENT_UNDER_PROTOCOL",
                  "2AP_7_3_PROVIDER_NAME",
                  "2AP_7_3_PROVIDER_ADDRESS",
                  "2AP_7_3_OFFENCES",
                  "2AP_7_3_DATA_DESCRIPTION",
                  "2AP_7_4_LEGAL_GROUNDS",
                  "2AP_7_4_PROVISIONS_AND_PENALTIES",
                  "2AP_7_4_CONTACT_AUTHORITY",
                  "2AP_7_4_RETURN_TIME_FRAME",
                  "2AP_7_4_RETURN_MANNER",
                  "2AP_7_4_PRESERVATION",
                  "2AP_7_4_NOTIFICATION")
              .stream()
              .map(code -> Removal.<SubscriberInformationOrder>always(code, o -> without(o, code)))
              .toList());

  private static SubscriberInformationOrder without(SubscriberInformationOrder o, String code) {
    SubscriberInformationOrder.Builder b =
        SubscriberInformationOrder.builder()
            .header(
                Omit.header(
                    o.header(),
                    RequestFamily.SUBSCRIBER_INFORMATION_ORDER,
                    ORDER_HEADER_ITEMS.get(code)))
            .specialProceduralInstructions(o.specialProceduralInstructions())
            .otherInformation(o.otherInformation());
    if (!code.equals("2AP_7_3_STATEMENT_UNDER_PROTOCOL")) {
      b.statementUnderProtocol(o.statementUnderProtocol());
    }
    if (!code.equals("2AP_7_3_PROVIDER_ADDRESS")) {
      b.providerAddress(o.providerAddress());
    }
    if (code.equals("2AP_7_4_PROVISIONS_AND_PENALTIES")) {
      b.addAllOffences(Omit.withoutProvisionsAndPenalties(o.offences()));
    } else if (!code.equals("2AP_7_3_OFFENCES")) {
      b.addAllOffences(o.offences());
    }
    if (!code.equals("2AP_7_3_DATA_DESCRIPTION")) {
      b.addAllDataSought(o.dataSought());
    }
    if (!code.equals("2AP_7_4_LEGAL_GROUNDS")) {
      b.domesticLegalGrounds(o.domesticLegalGrounds());
    }
    if (!code.equals("2AP_7_4_CONTACT_AUTHORITY")) {
      b.contactAuthority(o.contactAuthority());
    }
    if (!code.equals("2AP_7_4_RETURN_TIME_FRAME")) {
      b.returnWithinDays(o.returnWithinDays());
    }
    if (!code.equals("2AP_7_4_RETURN_MANNER")) {
      b.mannerOfReturn(o.mannerOfReturn());
    }
    if (!code.equals("2AP_7_4_PRESERVATION")) {
      b.preservation(o.preservation());
    }
    if (!code.equals("2AP_7_4_NOTIFICATION")) {
      b.notificationMade(o.notificationMade());
    }
    return b.build();
  }

  // 2AP 8 ------------------------------------------------------------------------------------

  private static final Map<String, HeaderItem> PRODUCTION_HEADER_ITEMS =
      Map.of(
          "2AP_8_LEGAL_BASIS", HeaderItem.OWN_LEGAL_BASIS,
          "2AP_8_ADDRESSEE_AUTHORITY", HeaderItem.REQUESTED_AUTHORITY,
          "2AP_8_4_CONTACT_DETAILS", HeaderItem.REQUESTING_AUTHORITY_CONTACT_DETAILS);

  static final Removal.Family<ForeignProductionOrderRequest> FOREIGN_PRODUCTION_ORDER =
      new Removal.Family<>(
          DisclosureArbitraries::foreignProductionOrderRequests,
          ForeignProductionOrderRequest.REQUIRED_CONTENT,
          List.of(
                  "2AP_8_LEGAL_BASIS",
                  "2AP_8_ADDRESSEE_AUTHORITY",
                  "2AP_8_3_ISSUING_AUTHORITY",
                  "2AP_8_3_DATE_ISSUED",
                  "2AP_8_3_STATEMENT_UNDER_PROTOCOL",
                  "2AP_8_3_PROVIDER_NAME",
                  "2AP_8_3_PROVIDER_ADDRESS",
                  "2AP_8_3_OFFENCES",
                  "2AP_8_3_DATA_DESCRIPTION",
                  "2AP_8_4_LEGAL_GROUNDS",
                  "2AP_8_4_PROVISIONS_AND_PENALTIES",
                  "2AP_8_4_PROVIDER_HOLDS_DATA",
                  "2AP_8_4_FACTS",
                  "2AP_8_4_RELEVANCE",
                  "2AP_8_4_CONTACT_DETAILS",
                  "2AP_8_4_PRESERVATION",
                  "2AP_8_4_OTHER_MEANS")
              .stream()
              .map(code -> Removal.<ForeignProductionOrderRequest>always(code, r -> without(r, code)))
              .toList());

  private static ForeignProductionOrderRequest without(
      ForeignProductionOrderRequest r, String code) {
    ForeignProductionOrderRequest.Builder b =
        ForeignProductionOrderRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.FOREIGN_PRODUCTION_ORDER,
                    PRODUCTION_HEADER_ITEMS.get(code)))
            .order(
                code.startsWith("2AP_8_3_") || code.equals("2AP_8_4_PROVISIONS_AND_PENALTIES")
                    ? without(r.order(), code)
                    : r.order())
            .facts(code.equals("2AP_8_4_FACTS") ? Omit.withoutSummary(r.facts()) : r.facts())
            .specialProceduralInstructions(r.specialProceduralInstructions())
            .precedingOrder(r.precedingOrder());
    if (!code.equals("2AP_8_4_LEGAL_GROUNDS")) {
      b.legalGrounds(r.legalGrounds());
    }
    if (!code.equals("2AP_8_4_PROVIDER_HOLDS_DATA")) {
      b.reasonsProviderHoldsData(r.reasonsProviderHoldsData());
    }
    if (!code.equals("2AP_8_4_RELEVANCE")) {
      b.relevance(r.relevance());
    }
    if (!code.equals("2AP_8_4_PRESERVATION")) {
      b.preservation(r.preservation());
    }
    if (!code.equals("2AP_8_4_OTHER_MEANS")) {
      b.soughtByOtherMeans(r.soughtByOtherMeans());
    }
    return b.build();
  }

  /** For 2AP_8_4_PROVISIONS_AND_PENALTIES the item is in the order's offences. */
  private static ProductionOrder without(ProductionOrder o, String code) {
    ProductionOrder.Builder b = ProductionOrder.builder().seekingAuthority(o.seekingAuthority());
    if (!code.equals("2AP_8_3_ISSUING_AUTHORITY")) {
      b.issuingAuthority(o.issuingAuthority());
    }
    if (!code.equals("2AP_8_3_DATE_ISSUED")) {
      b.dateIssued(o.dateIssued());
    }
    if (!code.equals("2AP_8_3_STATEMENT_UNDER_PROTOCOL")) {
      b.statementUnderProtocol(o.statementUnderProtocol());
    }
    if (!code.equals("2AP_8_3_PROVIDER_NAME")) {
      b.provider(o.provider());
    }
    if (!code.equals("2AP_8_3_PROVIDER_ADDRESS")) {
      b.providerAddress(o.providerAddress());
    }
    if (code.equals("2AP_8_4_PROVISIONS_AND_PENALTIES")) {
      b.addAllOffences(Omit.withoutProvisionsAndPenalties(o.offences()));
    } else if (!code.equals("2AP_8_3_OFFENCES")) {
      b.addAllOffences(o.offences());
    }
    if (!code.equals("2AP_8_3_DATA_DESCRIPTION")) {
      b.addAllDataSought(o.dataSought());
    }
    return b.build();
  }

  // 2AP 6 ------------------------------------------------------------------------------------

  private static final Map<String, HeaderItem> DOMAIN_HEADER_ITEMS =
      Map.of(
          "2AP_6_LEGAL_BASIS", HeaderItem.OWN_LEGAL_BASIS,
          "2AP_6_ADDRESSEE_REGISTRAR", HeaderItem.REQUESTED_AUTHORITY,
          "2AP_6_DATE_ISSUED", HeaderItem.DATE,
          "2AP_6_CONTACT_DETAILS", HeaderItem.REQUESTING_AUTHORITY_CONTACT_DETAILS);

  static final Removal.Family<DomainRegistrationRequest> DOMAIN_REGISTRATION_INFORMATION =
      new Removal.Family<>(
          DisclosureArbitraries::domainRegistrationRequests,
          DomainRegistrationRequest.REQUIRED_CONTENT,
          List.of(
                  "2AP_6_LEGAL_BASIS",
                  "2AP_6_ADDRESSEE_REGISTRAR",
                  "2AP_6_DATE_ISSUED",
                  "2AP_6_STATEMENT_UNDER_PROTOCOL",
                  "2AP_6_INFORMATION_SOUGHT",
                  "2AP_6_OFFENCE",
                  "2AP_6_REASON_NEEDED",
                  "2AP_6_CONTACT_DETAILS")
              .stream()
              .map(code -> Removal.<DomainRegistrationRequest>always(code, r -> without(r, code)))
              .toList());

  /** For 2AP_6_ADDRESSEE_REGISTRAR the item is the registrar addressed (the requested authority). */
  private static DomainRegistrationRequest without(DomainRegistrationRequest r, String code) {
    DomainRegistrationRequest.Builder b =
        DomainRegistrationRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.DOMAIN_REGISTRATION_INFORMATION,
                    DOMAIN_HEADER_ITEMS.get(code)))
            .domain(r.domain());
    if (!code.equals("2AP_6_STATEMENT_UNDER_PROTOCOL")) {
      b.statementUnderProtocol(r.statementUnderProtocol());
    }
    if (!code.equals("2AP_6_INFORMATION_SOUGHT")) {
      b.addAllInformationSought(r.informationSought());
    }
    if (!code.equals("2AP_6_OFFENCE")) {
      b.addAllOffences(r.offences());
    }
    if (!code.equals("2AP_6_REASON_NEEDED")) {
      b.reasonInformationNeeded(r.reasonInformationNeeded());
    }
    return b.build();
  }

  // 2AP 9 ------------------------------------------------------------------------------------

  private static final Map<String, HeaderItem> EMERGENCY_DISCLOSURE_HEADER_ITEMS =
      Map.of(
          "2AP_9_LEGAL_BASIS", HeaderItem.OWN_LEGAL_BASIS,
          "2AP_9_ADDRESSEE_24_7", HeaderItem.REQUESTED_AUTHORITY,
          "2AP_9_DATE", HeaderItem.DATE);

  static final Removal.Family<EmergencyDisclosureRequest> EMERGENCY_DISCLOSURE =
      new Removal.Family<>(
          DisclosureArbitraries::emergencyDisclosureRequests,
          EmergencyDisclosureRequest.REQUIRED_CONTENT,
          List.of(
                  "2AP_9_LEGAL_BASIS",
                  "2AP_9_ADDRESSEE_24_7",
                  "2AP_9_DATE",
                  "2AP_9_STATEMENT_UNDER_PROTOCOL",
                  "2AP_9_PROVIDER",
                  "2AP_9_OFFENCES",
                  "2AP_9_PROVISIONS_AND_PENALTIES",
                  "2AP_9_EMERGENCY_FACTS",
                  "2AP_9_DATA_RELATION_TO_EMERGENCY",
                  "2AP_9_DATA_DESCRIPTION")
              .stream()
              .map(code -> Removal.<EmergencyDisclosureRequest>always(code, r -> without(r, code)))
              .toList());

  /** For 2AP_9_ADDRESSEE_24_7 the item is the point of contact addressed (the requested authority). */
  private static EmergencyDisclosureRequest without(EmergencyDisclosureRequest r, String code) {
    EmergencyDisclosureRequest.Builder b =
        EmergencyDisclosureRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.EMERGENCY_DISCLOSURE,
                    EMERGENCY_DISCLOSURE_HEADER_ITEMS.get(code)))
            .emergencyFacts(
                code.equals("2AP_9_EMERGENCY_FACTS")
                    ? Omit.withoutSummary(r.emergencyFacts())
                    : r.emergencyFacts())
            .specialInstructions(r.specialInstructions())
            .otherInformation(r.otherInformation())
            .oral(r.oral())
            .electronicConfirmation(r.electronicConfirmation());
    if (!code.equals("2AP_9_STATEMENT_UNDER_PROTOCOL")) {
      b.statementUnderProtocol(r.statementUnderProtocol());
    }
    if (!code.equals("2AP_9_PROVIDER")) {
      b.provider(r.provider());
    }
    if (code.equals("2AP_9_PROVISIONS_AND_PENALTIES")) {
      b.addAllOffences(Omit.withoutProvisionsAndPenalties(r.offences()));
    } else if (!code.equals("2AP_9_OFFENCES")) {
      b.addAllOffences(r.offences());
    }
    if (!code.equals("2AP_9_DATA_RELATION_TO_EMERGENCY")) {
      b.dataRelationToEmergency(r.dataRelationToEmergency());
    }
    if (!code.equals("2AP_9_DATA_DESCRIPTION")) {
      b.addAllDataSought(r.dataSought());
    }
    return b.build();
  }

  // 2AP 10 -----------------------------------------------------------------------------------

  static final Removal.Family<EmergencyMutualAssistanceRequest> EMERGENCY_MUTUAL_ASSISTANCE =
      new Removal.Family<>(
          AssistanceArbitraries::emergencyMutualAssistanceRequests,
          EmergencyMutualAssistanceRequest.REQUIRED_CONTENT,
          List.of("2AP_10_MEASURES", "2AP_10_EMERGENCY_FACTS", "2AP_10_LEGAL_BASIS").stream()
              .map(
                  code -> Removal.<EmergencyMutualAssistanceRequest>always(code, r -> without(r, code)))
              .toList());

  private static EmergencyMutualAssistanceRequest without(
      EmergencyMutualAssistanceRequest r, String code) {
    EmergencyMutualAssistanceRequest.Builder b =
        EmergencyMutualAssistanceRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE,
                    code.equals("2AP_10_LEGAL_BASIS") ? HeaderItem.OWN_LEGAL_BASIS : null))
            .addAllOffences(r.offences())
            .facts(r.facts())
            .addAllDataItems(r.dataItems());
    if (!code.equals("2AP_10_MEASURES")) {
      b.addAllMeasures(r.measures());
    }
    if (!code.equals("2AP_10_EMERGENCY_FACTS")) {
      b.emergencyFacts(r.emergencyFacts());
    }
    return b.build();
  }

  // 2AP 11 -----------------------------------------------------------------------------------

  static final Removal.Family<VideoConferenceRequest> VIDEO_CONFERENCE =
      new Removal.Family<>(
          AssistanceArbitraries::videoConferenceRequests,
          VideoConferenceRequest.REQUIRED_CONTENT,
          List.of("2AP_11_PERSON_TO_BE_HEARD", "2AP_11_PROPOSED_DATE", "2AP_11_LEGAL_BASIS").stream()
              .map(code -> Removal.<VideoConferenceRequest>always(code, r -> without(r, code)))
              .toList());

  private static VideoConferenceRequest without(VideoConferenceRequest r, String code) {
    VideoConferenceRequest.Builder b =
        VideoConferenceRequest.builder()
            .header(
                Omit.header(
                    r.header(),
                    RequestFamily.VIDEO_CONFERENCE,
                    code.equals("2AP_11_LEGAL_BASIS") ? HeaderItem.OWN_LEGAL_BASIS : null))
            .capacity(r.capacity())
            .languageOfHearing(r.languageOfHearing())
            .interpreterNeeded(r.interpreterNeeded());
    if (!code.equals("2AP_11_PERSON_TO_BE_HEARD")) {
      b.personToBeHeard(r.personToBeHeard());
    }
    if (!code.equals("2AP_11_PROPOSED_DATE")) {
      b.proposedDate(r.proposedDate());
    }
    return b.build();
  }

  // 2AP 12 -----------------------------------------------------------------------------------

  static final Removal.Family<JointInvestigationTeamAgreement> JOINT_INVESTIGATION_TEAM =
      new Removal.Family<>(
          AssistanceArbitraries::jointInvestigationTeamAgreements,
          JointInvestigationTeamAgreement.REQUIRED_CONTENT,
          List.of(
                  "2AP_12_PARTIES",
                  "2AP_12_COMPETENT_AUTHORITIES",
                  "2AP_12_PURPOSE",
                  "2AP_12_DURATION",
                  "2AP_12_USE_OF_INFORMATION")
              .stream()
              .map(code -> Removal.<JointInvestigationTeamAgreement>always(code, a -> without(a, code)))
              .toList());

  /**
   * For 2AP_12_PARTIES the item is the second and further Parties (with their authorities): only
   * the first Party stays; for 2AP_12_COMPETENT_AUTHORITIES it is the first Party's authorities.
   */
  private static JointInvestigationTeamAgreement without(
      JointInvestigationTeamAgreement a, String code) {
    Party first = a.parties().iterator().next();
    Set<Party> parties = code.equals("2AP_12_PARTIES") ? Set.of(first) : a.parties();
    JointInvestigationTeamAgreement.Builder b =
        JointInvestigationTeamAgreement.builder()
            .reference(a.reference())
            .addAllParties(parties)
            .addAllCompetentAuthorities(
                a.competentAuthorities().stream()
                    .filter(x -> parties.contains(x.party()))
                    .filter(
                        x ->
                            !(code.equals("2AP_12_COMPETENT_AUTHORITIES")
                                && x.party().equals(first)))
                    .toList())
            .startDate(a.startDate());
    if (!code.equals("2AP_12_PURPOSE")) {
      b.purpose(a.purpose());
    }
    if (!code.equals("2AP_12_DURATION")) {
      b.endDate(a.endDate());
    }
    if (!code.equals("2AP_12_USE_OF_INFORMATION")) {
      b.informationUseTerms(a.informationUseTerms());
    }
    return b.build();
  }
}
