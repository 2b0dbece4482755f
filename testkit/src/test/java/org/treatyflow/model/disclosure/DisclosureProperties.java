package org.treatyflow.model.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataItem;
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

  // Removing one item yields exactly its violation (the testkit's IncompleteArbitraries).

  @Property(tries = 150)
  void aDomainRegistrationRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneDomainRegistrationRequest") Incomplete<DomainRegistrationRequest> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  @Property(tries = 150)
  void aSubscriberInformationOrderMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneSubscriberInformationOrder") Incomplete<SubscriberInformationOrder> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  @Property(tries = 150)
  void aForeignProductionOrderRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneForeignProductionOrderRequest") Incomplete<ForeignProductionOrderRequest> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  @Property(tries = 150)
  void anEmergencyDisclosureRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneEmergencyDisclosureRequest") Incomplete<EmergencyDisclosureRequest> incomplete) {
    assertExactlyItsViolation(incomplete);
  }

  // Consistency: a direct order may seek subscriber information only.

  @Property(tries = 200)
  void aDirectOrderForOtherThanSubscriberInformationIsReported(
      @ForAll("directOrders") SubscriberInformationOrder order,
      @ForAll("outsideDirectOrder") DataItem foreign) {
    assertThat(codes(widened(order, foreign))).containsExactly("2AP_7_SUBSCRIBER_INFORMATION_ONLY");
  }

  private static void assertExactlyItsViolation(Incomplete<?> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  private static List<String> codes(CooperationAct act) {
    return act.completenessViolations().stream().map(Violation::code).toList();
  }

  /** {@code r} rebuilt through the builder with {@code item} added to the data sought. */
  private static SubscriberInformationOrder widened(SubscriberInformationOrder r, DataItem item) {
    return SubscriberInformationOrder.builder()
        .header(r.header())
        .statementUnderProtocol(r.statementUnderProtocol())
        .specialProceduralInstructions(r.specialProceduralInstructions())
        .otherInformation(r.otherInformation())
        .providerAddress(r.providerAddress())
        .addAllOffences(r.offences())
        .addAllDataSought(r.dataSought())
        .addDataSought(item)
        .domesticLegalGrounds(r.domesticLegalGrounds())
        .contactAuthority(r.contactAuthority())
        .returnWithinDays(r.returnWithinDays())
        .mannerOfReturn(r.mannerOfReturn())
        .preservation(r.preservation())
        .notificationMade(r.notificationMade())
        .build();
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
  Arbitrary<DataItem> outsideDirectOrder() {
    return DisclosureArbitraries.itemsOutside(SubscriberInformationOrder.ALLOWED_CATEGORIES);
  }

  @Provide
  Arbitrary<Incomplete<DomainRegistrationRequest>> missingOneDomainRegistrationRequest() {
    return IncompleteArbitraries.domainRegistrationRequests();
  }

  @Provide
  Arbitrary<Incomplete<SubscriberInformationOrder>> missingOneSubscriberInformationOrder() {
    return IncompleteArbitraries.subscriberInformationOrders();
  }

  @Provide
  Arbitrary<Incomplete<ForeignProductionOrderRequest>> missingOneForeignProductionOrderRequest() {
    return IncompleteArbitraries.foreignProductionOrderRequests();
  }

  @Provide
  Arbitrary<Incomplete<EmergencyDisclosureRequest>> missingOneEmergencyDisclosureRequest() {
    return IncompleteArbitraries.emergencyDisclosureRequests();
  }
}
