package org.treatyflow.model.disclosure;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Verification.CONFIRMED;
import static org.treatyflow.model.common.Verification.UNVERIFIED;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Verification;

class EmergencyDisclosureRequestTest {

  private static RequestHeader header(String omit) {
    DisclosureFixtures.Header header =
        new DisclosureFixtures.Header(
            DisclosureFixtures.requesting(
                omit.equals("2AP_9_SENDER_24_7")
                    ? AuthorityRole.PROSECUTOR
                    : AuthorityRole.POINT_OF_CONTACT_24_7,
                true),
            DisclosureFixtures.requested(
                omit.equals("2AP_9_ADDRESSEE_24_7")
                    ? AuthorityRole.SERVICE_PROVIDER
                    : AuthorityRole.POINT_OF_CONTACT_24_7),
            omit.equals("2AP_9_CHANNEL_24_7") ? Channel.DIRECT_TO_PROVIDER : Channel.NETWORK_24_7,
            omit.equals("2AP_9_LEGAL_BASIS") ? SECOND_PROTOCOL.cite(10) : SECOND_PROTOCOL.cite(9));
    header.urgency = omit.equals("2AP_9_EMERGENCY") ? Urgency.URGENT : Urgency.EMERGENCY;
    header.dated = !omit.equals("2AP_9_DATE");
    return header.build();
  }

  /** A complete request, except for the item of the rule {@code omit} (none if empty). */
  private static EmergencyDisclosureRequest example(String omit) {
    EmergencyDisclosureRequest.Builder b =
        EmergencyDisclosureRequest.builder()
            .header(header(omit))
            .statementUnderProtocol(!omit.equals("2AP_9_STATEMENT_UNDER_PROTOCOL"))
            .emergencyFacts(
                omit.equals("2AP_9_EMERGENCY_FACTS")
                    ? Facts.none()
                    : Facts.summary(
                        DisclosureFixtures.MARKER
                            + "Ana announced on a forum that she will take her life tonight."))
            .oral(true)
            .electronicConfirmation(DisclosureFixtures.ISSUED);
    if (!omit.equals("2AP_9_PROVIDER")) {
      b.provider(DisclosureFixtures.requested(AuthorityRole.SERVICE_PROVIDER));
    }
    if (!omit.equals("2AP_9_OFFENCES")) {
      b.addOffences(DisclosureFixtures.computerFraud(!omit.equals("2AP_9_PROVISIONS_AND_PENALTIES")));
    }
    if (!omit.equals("2AP_9_DATA_RELATION_TO_EMERGENCY")) {
      b.dataRelationToEmergency("The login IP addresses locate " + DisclosureFixtures.MARKER + "Ana.");
    }
    if (!omit.equals("2AP_9_DATA_DESCRIPTION")) {
      b.addDataSought(
          DisclosureFixtures.item(
              omit.equals("2AP_9_DATA_CATEGORIES")
                  ? DataCategory.DOMAIN_REGISTRATION_INFORMATION
                  : DataCategory.TRAFFIC_DATA));
    }
    return b.build();
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("2AP_9_LEGAL_BASIS", "header.legalBasis", CONFIRMED),
        Arguments.of("2AP_9_EMERGENCY", "header.urgency", CONFIRMED),
        Arguments.of("2AP_9_CHANNEL_24_7", "header.channel", UNVERIFIED),
        Arguments.of("2AP_9_SENDER_24_7", "header.requestingAuthority", UNVERIFIED),
        Arguments.of("2AP_9_ADDRESSEE_24_7", "header.requestedAuthority", UNVERIFIED),
        Arguments.of("2AP_9_DATA_CATEGORIES", "dataSought", UNVERIFIED),
        Arguments.of("2AP_9_DATE", "header.dateOfRequest", UNVERIFIED),
        Arguments.of("2AP_9_STATEMENT_UNDER_PROTOCOL", "statementUnderProtocol", UNVERIFIED),
        Arguments.of("2AP_9_PROVIDER", "provider", UNVERIFIED),
        Arguments.of("2AP_9_OFFENCES", "offences", UNVERIFIED),
        Arguments.of("2AP_9_PROVISIONS_AND_PENALTIES", "offences", UNVERIFIED),
        Arguments.of("2AP_9_EMERGENCY_FACTS", "emergencyFacts.summary", UNVERIFIED),
        Arguments.of("2AP_9_DATA_RELATION_TO_EMERGENCY", "dataRelationToEmergency", UNVERIFIED),
        Arguments.of("2AP_9_DATA_DESCRIPTION", "dataSought", UNVERIFIED));
  }

  @Test
  void aCompleteRequestHasNoViolations() {
    EmergencyDisclosureRequest request = example("");
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.family()).isEqualTo(RequestFamily.EMERGENCY_DISCLOSURE);
    assertThat(request.awaitsElectronicConfirmation()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void missingOneItemReportsExactlyItsRule(String code, String field, Verification verification) {
    assertOnlyViolation(example(code).completenessViolations(), code, "2AP 9", field, verification);
  }

  @Test
  void theRulesAreExactlyThoseTestedInTheOrderOfTheArticle() {
    DisclosureFixtures.assertRulesAreExactly(EmergencyDisclosureRequest.REQUIRED_CONTENT, rules());
  }

  @Test
  void domainRegistrationInformationIsNotSoughtThroughThe247Network() {
    assertThat(EmergencyDisclosureRequest.ALLOWED_CATEGORIES)
        .containsExactlyInAnyOrder(
            DataCategory.SUBSCRIBER_INFORMATION, DataCategory.TRAFFIC_DATA, DataCategory.CONTENT_DATA);
  }

  @Test
  void anOralRequestAwaitsElectronicConfirmation() {
    EmergencyDisclosureRequest oral =
        EmergencyDisclosureRequest.builder()
            .header(header(""))
            .emergencyFacts(Facts.none())
            .oral(true)
            .build();
    assertThat(oral.awaitsElectronicConfirmation()).isTrue();
  }

  @Test
  void anElectronicConfirmationNeedsAnOralRequest() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                EmergencyDisclosureRequest.builder()
                    .header(header(""))
                    .emergencyFacts(Facts.none())
                    .electronicConfirmation(DisclosureFixtures.ISSUED)
                    .build())
        .withMessageContaining("EmergencyDisclosureRequest.electronicConfirmation");
  }

  @Test
  void anElectronicConfirmationCannotPrecedeTheRequest() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                EmergencyDisclosureRequest.builder()
                    .header(header(""))
                    .emergencyFacts(Facts.none())
                    .oral(true)
                    .electronicConfirmation(DisclosureFixtures.ISSUED.minusDays(1))
                    .build())
        .withMessageContaining("EmergencyDisclosureRequest.electronicConfirmation");
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(example("").toString()).doesNotContain(DisclosureFixtures.MARKER);
  }

  @Test
  void theFrenchMessageOf2Ap9ProviderIsPlainLegalFrench() {
    String french =
        EmergencyDisclosureRequest.REQUIRED_CONTENT
            .rule("2AP_9_PROVIDER")
            .orElseThrow()
            .violation()
            .message()
            .french();
    assertThat(french)
        .contains("le fournisseur de services qui détiendrait les données")
        .doesNotContain("réputé");
  }
}
