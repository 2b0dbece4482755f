package org.treatyflow.serialization.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRejectedAt;
import static org.treatyflow.serialization.format.CodecRoundTrip.assertRoundTrip;
import static org.treatyflow.serialization.format.CodecRoundTrip.read;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;

class PreservationAndDisclosureCodecProperties {
  /** A valid header from FR to DE, for documents that are broken elsewhere. */
  private static final String HEADER =
      """
      {"id":"FR-2026-1","requestingParty":"FR","requestedParty":"DE",\
      "requestingAuthority":{"party":"FR","role":"PROSECUTOR","name":"Parquet de Paris"},\
      "channel":"CENTRAL_AUTHORITY","language":"fr"}""";

  private static final String DE_POLICE = "{\"party\":\"DE\",\"role\":\"POLICE\",\"name\":\"BKA\"}";

  @Property(tries = 200)
  void everyPreservationRequestReadsBackEqual(@ForAll PreservationRequest request) {
    assertRoundTrip(PreservationCodecs.PRESERVATION_REQUEST, request);
  }

  @Property(tries = 200)
  void everyPreservedTrafficDisclosureReadsBackEqual(
      @ForAll PreservedTrafficDisclosure disclosure) {
    assertRoundTrip(PreservationCodecs.PRESERVED_TRAFFIC_DISCLOSURE, disclosure);
  }

  @Property(tries = 200)
  void everyDomainRegistrationRequestReadsBackEqual(@ForAll DomainRegistrationRequest request) {
    assertRoundTrip(DisclosureCodecs.DOMAIN_REGISTRATION_REQUEST, request);
  }

  @Property(tries = 200)
  void everySubscriberInformationOrderReadsBackEqual(@ForAll SubscriberInformationOrder order) {
    assertRoundTrip(DisclosureCodecs.SUBSCRIBER_INFORMATION_ORDER, order);
  }

  @Property(tries = 200)
  void everyForeignProductionOrderRequestReadsBackEqual(
      @ForAll ForeignProductionOrderRequest request) {
    assertRoundTrip(DisclosureCodecs.FOREIGN_PRODUCTION_ORDER_REQUEST, request);
  }

  @Property(tries = 200)
  void everyEmergencyDisclosureRequestReadsBackEqual(@ForAll EmergencyDisclosureRequest request) {
    assertRoundTrip(DisclosureCodecs.EMERGENCY_DISCLOSURE_REQUEST, request);
  }

  @Test
  void aDraftPreservationRequestWithOnlyItsHeaderReadsWithTheDefaults() {
    PreservationRequest request =
        read(
            PreservationCodecs.PRESERVATION_REQUEST,
            "{\"type\":\"preservation-request\",\"header\":" + HEADER + "}");

    assertThat(request.facts().summary()).as("facts default to none").isEmpty();
    assertThat(request.intendsMutualAssistanceFollowUp())
        .as("follow-up intent defaults to false")
        .isFalse();
    assertThat(request.dataToPreserve()).as("absent list reads as empty").isEmpty();
  }

  @Test
  void aPreservationRequestWithoutAHeaderIsRejectedAtTheHeader() {
    String json = "{\"type\":\"preservation-request\"}";

    assertRejectedAt(PreservationCodecs.PRESERVATION_REQUEST, json, "/header");
  }

  @Test
  void aNumberOfDaysWrittenAsAStringIsRejectedAtThatMember() {
    // preservationDaysRequested must be a JSON number
    String json =
        "{\"type\":\"preservation-request\",\"header\":"
            + HEADER
            + ",\"preservationDaysRequested\":\"90\"}";

    assertRejectedAt(PreservationCodecs.PRESERVATION_REQUEST, json, "/preservationDaysRequested");
  }

  @Test
  void aZeroNumberOfDaysBreaksTheRequestsOwnCheckAndIsRejectedAtTheRequest() {
    // well-formed members, but the model requires at least one day (PreservationRequest.check)
    String json =
        "{\"type\":\"preservation-request\",\"header\":"
            + HEADER
            + ",\"preservationDaysRequested\":0}";

    assertRejectedAt(PreservationCodecs.PRESERVATION_REQUEST, json, "");
  }

  @Test
  void anUnknownDataCategoryOfTheSecondItemIsRejectedAtItsFullPointer() {
    // the second item's category is not a DataCategory
    String json =
        "{\"type\":\"preservation-request\",\"header\":"
            + HEADER
            + ",\"dataToPreserve\":["
            + "{\"category\":\"TRAFFIC_DATA\",\"description\":\"logs\"},"
            + "{\"category\":\"EMAILS\",\"description\":\"mailbox\"}]}";

    assertRejectedAt(PreservationCodecs.PRESERVATION_REQUEST, json, "/dataToPreserve/1/category");
  }

  @Test
  void aBadRoleOfTheHeadersAuthorityIsRejectedInsideTheHeader() {
    String json =
        "{\"type\":\"preservation-request\",\"header\":"
            + HEADER.replace("PROSECUTOR", "JUDGE")
            + "}";

    assertRejectedAt(PreservationCodecs.PRESERVATION_REQUEST, json, "/header/requestingAuthority/role");
  }

  @Test
  void aDisclosureWithAnotherTypeNameAndUnknownMemberIsRejectedAtEach() {
    // the type name of another payload, an unknown member, and every required member missing
    String json = "{\"type\":\"preservation-request\",\"@class\":\"java.lang.Runtime\"}";

    assertRejectedAt(PreservationCodecs.PRESERVED_TRAFFIC_DISCLOSURE, json, 
            "/type",
            "/@class",
            "/preservationRequestId",
            "/disclosingParty",
            "/receivingParty",
            "/disclosingAuthority");
  }

  @Test
  void aDisclosureWithAnOptionalMemberSetToNullIsRejectedAtThatMember() {
    // null is never a value: an absent path is left out
    String json =
        "{\"type\":\"preserved-traffic-disclosure\",\"preservationRequestId\":\"FR-2026-1\","
            + "\"disclosingParty\":\"DE\",\"receivingParty\":\"FR\","
            + "\"disclosingAuthority\":"
            + DE_POLICE
            + ",\"path\":null}";

    assertRejectedAt(PreservationCodecs.PRESERVED_TRAFFIC_DISCLOSURE, json, "/path");
  }

  @Test
  void aDomainWithoutItsTypeNameIsRejectedAtTheDomainsTypeMember() {
    // the domain is a DomainName, which carries its own type name "domain-name"
    String json =
        "{\"type\":\"domain-registration-request\",\"header\":"
            + HEADER
            + ",\"domain\":{\"name\":\"example.org\"}}";

    assertRejectedAt(DisclosureCodecs.DOMAIN_REGISTRATION_REQUEST, json, "/domain/type");
  }

  @Test
  void aDomainRequestWithoutADomainIsRejectedAtTheDomain() {
    String json = "{\"type\":\"domain-registration-request\",\"header\":" + HEADER + "}";

    assertRejectedAt(DisclosureCodecs.DOMAIN_REGISTRATION_REQUEST, json, "/domain");
  }

  @Test
  void anOrderWithAFractionOfDaysAndATextualNotificationIsRejectedAtBoth() {
    // returnWithinDays is not an integer; notificationMade is a string, not a boolean
    String json =
        "{\"type\":\"subscriber-information-order\",\"header\":"
            + HEADER
            + ",\"returnWithinDays\":1.5,\"notificationMade\":\"yes\"}";

    assertRejectedAt(DisclosureCodecs.SUBSCRIBER_INFORMATION_ORDER, json, "/returnWithinDays", "/notificationMade");
  }

  @Test
  void aPreservationStatusWithAReferenceButNotSoughtIsRejectedAtTheStatus() {
    // a reference needs sought to be true (PreservationStatus.check)
    String json =
        "{\"type\":\"subscriber-information-order\",\"header\":"
            + HEADER
            + ",\"preservation\":{\"sought\":false,\"reference\":\"FR-2026-0\"}}";

    assertRejectedAt(DisclosureCodecs.SUBSCRIBER_INFORMATION_ORDER, json, "/preservation");
  }

  @Test
  void aProductionOrderWithABadDateInItsDataSoughtIsRejectedAtItsFullPointer() {
    // the period start of the order's first item of data is not yyyy-MM-dd
    String json =
        "{\"type\":\"foreign-production-order-request\",\"header\":"
            + HEADER
            + ",\"order\":{\"dataSought\":[{\"category\":\"SUBSCRIBER_INFORMATION\","
            + "\"description\":\"holder\",\"periodStart\":\"01/02/2026\"}]},\"facts\":{}}";

    assertRejectedAt(DisclosureCodecs.FOREIGN_PRODUCTION_ORDER_REQUEST, json, "/order/dataSought/0/periodStart");
  }

  @Test
  void aProductionOrderRequestWithoutOrderOrFactsIsRejectedAtBoth() {
    String json = "{\"type\":\"foreign-production-order-request\",\"header\":" + HEADER + "}";

    assertRejectedAt(DisclosureCodecs.FOREIGN_PRODUCTION_ORDER_REQUEST, json, "/order", "/facts");
  }

  @Test
  void anUnknownMemberOfTheProductionOrderIsRejectedInsideTheOrder() {
    String json =
        "{\"type\":\"foreign-production-order-request\",\"header\":"
            + HEADER
            + ",\"order\":{\"issuer\":\"x\"},\"facts\":{}}";

    assertRejectedAt(DisclosureCodecs.FOREIGN_PRODUCTION_ORDER_REQUEST, json, "/order/issuer");
  }

  @Test
  void anElectronicConfirmationOfARequestNotMadeOrallyIsRejectedAtTheRequest() {
    // electronicConfirmation needs oral to be true (EmergencyDisclosureRequest.check)
    String json =
        "{\"type\":\"emergency-disclosure-request\",\"header\":"
            + HEADER
            + ",\"emergencyFacts\":{},\"electronicConfirmation\":\"2026-03-02\"}";

    assertRejectedAt(DisclosureCodecs.EMERGENCY_DISCLOSURE_REQUEST, json, "");
  }

  @Test
  void aProviderWithABadPartyIsRejectedAtTheProvidersParty() {
    // "Germany" is not an ISO 3166-1 alpha-2 code
    String json =
        "{\"type\":\"emergency-disclosure-request\",\"header\":"
            + HEADER
            + ",\"provider\":{\"party\":\"Germany\",\"role\":\"SERVICE_PROVIDER\","
            + "\"name\":\"Host\"},"
            + "\"emergencyFacts\":{}}";

    assertRejectedAt(DisclosureCodecs.EMERGENCY_DISCLOSURE_REQUEST, json, "/provider/party");
  }
}
