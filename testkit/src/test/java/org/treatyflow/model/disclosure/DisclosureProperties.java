package org.treatyflow.model.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.DisclosureArbitraries;
import org.treatyflow.testkit.Incomplete;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.PersonArbitraries;

class DisclosureProperties {

  @Property(tries = 200)
  void everyGeneratedRequestIsComplete(@ForAll("acts") CooperationAct act) {
    assertThat(act.completenessViolations()).isEmpty();
  }

  @Property(tries = 200)
  void noPersonalDataInToString(@ForAll("acts") CooperationAct act) {
    assertThat(act.toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  @Property(tries = 200)
  void theDomainNameIsNotPrinted(@ForAll("domainRequests") DomainRegistrationRequest request) {
    assertThat(request.toString()).doesNotContain(request.domain().name());
  }

  // Removing one item yields exactly its violation.

  @Property(tries = 200)
  void domainRequestWithoutAnItemReportsIt(
      @ForAll("domainRequests") DomainRegistrationRequest request,
      @ForAll("domainCodes") String code) {
    assertThat(codes(without(request, code))).containsExactly(code);
  }

  @Property(tries = 200)
  void directOrderWithoutAnItemReportsIt(
      @ForAll("directOrders") SubscriberInformationOrder order, @ForAll("directOrderCodes") String code) {
    assertThat(codes(without(order, code))).containsExactly(code);
  }

  @Property(tries = 200)
  void productionRequestWithoutAnItemReportsIt(
      @ForAll("productionRequests") ForeignProductionOrderRequest request,
      @ForAll("productionCodes") String code) {
    assertThat(codes(without(request, code))).containsExactly(code);
  }

  @Property(tries = 200)
  void emergencyRequestWithoutAnItemReportsIt(
      @ForAll("emergencyRequests") EmergencyDisclosureRequest request,
      @ForAll("emergencyCodes") String code) {
    assertThat(codes(without(request, code))).containsExactly(code);
  }

  @Property(tries = 200)
  void aDirectOrderForOtherThanSubscriberInformationIsReported(
      @ForAll("directOrders") SubscriberInformationOrder order,
      @ForAll("outsideDirectOrder") DataItem foreign) {
    SubscriberInformationOrder widened =
copy(order, "").addDataSought(foreign).build();
    assertThat(codes(widened)).containsExactly("2AP_7_SUBSCRIBER_INFORMATION_ONLY");
  }

  private static List<String> codes(CooperationAct act) {
    return act.completenessViolations().stream().map(Violation::code).toList();
  }

  private static DomainRegistrationRequest without(DomainRegistrationRequest r, String code) {
    DomainRegistrationRequest.Builder b =
        DomainRegistrationRequest.builder()
            .header(r.header())
            .domain(r.domain())
            .statementUnderProtocol(
                r.statementUnderProtocol() && !code.equals("2AP_6_STATEMENT_UNDER_PROTOCOL"));
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

  private static SubscriberInformationOrder without(SubscriberInformationOrder r, String code) {
    return copy(r, code).build();
  }

  /** A builder holding all of {@code r} except the item of rule {@code code}. */
  private static SubscriberInformationOrder.Builder copy(SubscriberInformationOrder r, String code) {
    SubscriberInformationOrder.Builder b =
        SubscriberInformationOrder.builder()
            .header(r.header())
            .statementUnderProtocol(
                r.statementUnderProtocol() && !code.equals("2AP_7_3_STATEMENT_UNDER_PROTOCOL"))
            .specialProceduralInstructions(r.specialProceduralInstructions())
            .otherInformation(r.otherInformation());
    if (!code.equals("2AP_7_3_PROVIDER_ADDRESS")) {
      b.providerAddress(r.providerAddress());
    }
    if (!code.equals("2AP_7_3_OFFENCES")) {
      b.addAllOffences(r.offences());
    }
    if (!code.equals("2AP_7_3_DATA_DESCRIPTION")) {
      b.addAllDataSought(r.dataSought());
    }
    if (!code.equals("2AP_7_4_LEGAL_GROUNDS")) {
      b.domesticLegalGrounds(r.domesticLegalGrounds());
    }
    if (!code.equals("2AP_7_4_CONTACT_AUTHORITY")) {
      b.contactAuthority(r.contactAuthority());
    }
    if (!code.equals("2AP_7_4_RETURN_TIME_FRAME")) {
      b.returnWithinDays(r.returnWithinDays());
    }
    if (!code.equals("2AP_7_4_RETURN_MANNER")) {
      b.mannerOfReturn(r.mannerOfReturn());
    }
    if (!code.equals("2AP_7_4_PRESERVATION")) {
      b.preservation(r.preservation());
    }
    if (!code.equals("2AP_7_4_NOTIFICATION")) {
      b.notificationMade(r.notificationMade());
    }
    return b;
  }

  private static ForeignProductionOrderRequest without(ForeignProductionOrderRequest r, String code) {
    ProductionOrder o = r.order();
    ProductionOrder.Builder order =
        ProductionOrder.builder()
            .statementUnderProtocol(
                o.statementUnderProtocol() && !code.equals("2AP_8_3_STATEMENT_UNDER_PROTOCOL"))
            .seekingAuthority(o.seekingAuthority());
    if (!code.equals("2AP_8_3_ISSUING_AUTHORITY")) {
      order.issuingAuthority(o.issuingAuthority());
    }
    if (!code.equals("2AP_8_3_DATE_ISSUED")) {
      order.dateIssued(o.dateIssued());
    }
    if (!code.equals("2AP_8_3_PROVIDER_NAME")) {
      order.provider(o.provider());
    }
    if (!code.equals("2AP_8_3_PROVIDER_ADDRESS")) {
      order.providerAddress(o.providerAddress());
    }
    if (!code.equals("2AP_8_3_OFFENCES")) {
      order.addAllOffences(o.offences());
    }
    if (!code.equals("2AP_8_3_DATA_DESCRIPTION")) {
      order.addAllDataSought(o.dataSought());
    }
    ForeignProductionOrderRequest.Builder b =
        ForeignProductionOrderRequest.builder()
            .header(r.header())
            .order(order.build())
            .facts(code.equals("2AP_8_4_FACTS") ? Facts.none() : r.facts())
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

  private static EmergencyDisclosureRequest without(EmergencyDisclosureRequest r, String code) {
    EmergencyDisclosureRequest.Builder b =
        EmergencyDisclosureRequest.builder()
            .header(r.header())
            .statementUnderProtocol(
                r.statementUnderProtocol() && !code.equals("2AP_9_STATEMENT_UNDER_PROTOCOL"))
            .emergencyFacts(
                code.equals("2AP_9_EMERGENCY_FACTS")
                    ? Facts.none()
                    : r.emergencyFacts())
            .specialInstructions(r.specialInstructions())
            .otherInformation(r.otherInformation())
            .oral(r.oral())
            .electronicConfirmation(r.electronicConfirmation());
    if (!code.equals("2AP_9_PROVIDER")) {
      b.provider(r.provider());
    }
    if (!code.equals("2AP_9_OFFENCES")) {
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

  @Provide
  Arbitrary<CooperationAct> acts() {
    return DisclosureArbitraries.acts();
  }

  @Provide
  Arbitrary<DomainRegistrationRequest> domainRequests() {
    return DisclosureArbitraries.domainRegistrationRequests();
  }

  @Provide
  Arbitrary<SubscriberInformationOrder> directOrders() {
    return DisclosureArbitraries.subscriberInformationOrders();
  }

  @Provide
  Arbitrary<ForeignProductionOrderRequest> productionRequests() {
    return DisclosureArbitraries.foreignProductionOrderRequests();
  }

  @Provide
  Arbitrary<EmergencyDisclosureRequest> emergencyRequests() {
    return DisclosureArbitraries.emergencyDisclosureRequests();
  }

  @Provide
  Arbitrary<DataItem> outsideDirectOrder() {
    return DisclosureArbitraries.itemsOutside(SubscriberInformationOrder.ALLOWED_CATEGORIES);
  }

  @Provide
  Arbitrary<String> domainCodes() {
    return Arbitraries.of(
        "2AP_6_STATEMENT_UNDER_PROTOCOL",
        "2AP_6_INFORMATION_SOUGHT",
        "2AP_6_OFFENCE",
        "2AP_6_REASON_NEEDED");
  }

  @Provide
  Arbitrary<String> directOrderCodes() {
    return Arbitraries.of(
        "2AP_7_3_STATEMENT_UNDER_PROTOCOL",
        "2AP_7_3_PROVIDER_ADDRESS",
        "2AP_7_3_OFFENCES",
        "2AP_7_3_DATA_DESCRIPTION",
        "2AP_7_4_LEGAL_GROUNDS",
        "2AP_7_4_CONTACT_AUTHORITY",
        "2AP_7_4_RETURN_TIME_FRAME",
        "2AP_7_4_RETURN_MANNER",
        "2AP_7_4_PRESERVATION",
        "2AP_7_4_NOTIFICATION");
  }

  @Provide
  Arbitrary<String> productionCodes() {
    return Arbitraries.of(
        "2AP_8_3_ISSUING_AUTHORITY",
        "2AP_8_3_DATE_ISSUED",
        "2AP_8_3_STATEMENT_UNDER_PROTOCOL",
        "2AP_8_3_PROVIDER_NAME",
        "2AP_8_3_PROVIDER_ADDRESS",
        "2AP_8_3_OFFENCES",
        "2AP_8_3_DATA_DESCRIPTION",
        "2AP_8_4_LEGAL_GROUNDS",
        "2AP_8_4_PROVIDER_HOLDS_DATA",
        "2AP_8_4_FACTS",
        "2AP_8_4_RELEVANCE",
        "2AP_8_4_PRESERVATION",
        "2AP_8_4_OTHER_MEANS");
  }

  @Provide
  Arbitrary<String> emergencyCodes() {
    return Arbitraries.of(
        "2AP_9_STATEMENT_UNDER_PROTOCOL",
        "2AP_9_PROVIDER",
        "2AP_9_OFFENCES",
        "2AP_9_EMERGENCY_FACTS",
        "2AP_9_DATA_RELATION_TO_EMERGENCY",
        "2AP_9_DATA_DESCRIPTION");
  }

  @Property(tries = 150)
  void aSubscriberInformationOrderMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneSubscriberInformationOrder") Incomplete<SubscriberInformationOrder> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<SubscriberInformationOrder>> missingOneSubscriberInformationOrder() {
    return IncompleteArbitraries.subscriberInformationOrders();
  }

  @Property(tries = 150)
  void aForeignProductionOrderRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneForeignProductionOrderRequest") Incomplete<ForeignProductionOrderRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<ForeignProductionOrderRequest>> missingOneForeignProductionOrderRequest() {
    return IncompleteArbitraries.foreignProductionOrderRequests();
  }
}
