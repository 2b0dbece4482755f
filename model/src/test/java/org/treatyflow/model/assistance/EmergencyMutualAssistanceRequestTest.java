package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.assistance.Fixtures.SECRET;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.assistance.AssistanceMeasure.Kind;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Verification;

class EmergencyMutualAssistanceRequestTest {

  /** A complete request, except for the item named by {@code omit}. */
  private static EmergencyMutualAssistanceRequest request(String omit) {
    EmergencyMutualAssistanceRequest.Builder b =
        EmergencyMutualAssistanceRequest.builder()
            .header(
                Fixtures.header(
                    Channel.CENTRAL_AUTHORITY,
                    omit.equals("urgency") ? Urgency.URGENT : Urgency.EMERGENCY,
                    omit.equals("legalBasis") ? BUDAPEST.cite(27) : SECOND_PROTOCOL.cite(10)))
            .facts(Fixtures.facts())
            .addOffences(Fixtures.computerFraud())
            .addDataItems(Fixtures.data(DataCategory.TRAFFIC_DATA));
    if (!omit.equals("emergencyFacts")) {
      b.emergencyFacts("A post announces that " + SECRET + " will be harmed tonight; the location of the sender is needed.");
    }
    if (!omit.equals("measures")) {
      b.addMeasures(AssistanceMeasure.of(Kind.IDENTIFICATION_OF_PERSON));
    }
    return b.build();
  }

  @Test
  void completeRequestHasNoViolations() {
    assertThat(request("").completenessViolations()).isEmpty();
    assertThat(request("").family()).isEqualTo(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "urgency, 2AP_10_EMERGENCY_URGENCY, 2AP 10, header.urgency, CONFIRMED",
    "measures, 2AP_10_MEASURES, 2AP 10, measures, UNVERIFIED",
    "emergencyFacts, 2AP_10_EMERGENCY_FACTS, 2AP 10, emergencyFacts, UNVERIFIED",
    "legalBasis, 2AP_10_LEGAL_BASIS, 2AP 10, header.legalBasis, UNVERIFIED",
  })
  void missingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field, Verification verification) {
    assertOnlyViolation(request(omit).completenessViolations(), code, citation, field, verification);
  }

  @Test
  void theFamilyBeyondItsCoreIsUnverified() {
    assertThat(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE.verification())
        .isEqualTo(Verification.UNVERIFIED);
    assertThat(EmergencyMutualAssistanceRequest.REQUIRED_CONTENT.rules())
        .extracting(r -> r.violation().citation())
        .containsOnly(SECOND_PROTOCOL.cite(10));
  }

  @Test
  void blankEmergencyFactsCountAsMissing() {
    EmergencyMutualAssistanceRequest request =
        EmergencyMutualAssistanceRequest.builder()
            .header(Fixtures.header(Channel.CENTRAL_AUTHORITY, Urgency.EMERGENCY, SECOND_PROTOCOL.cite(10)))
            .facts(Fixtures.facts())
            .emergencyFacts("  ")
            .addMeasures(AssistanceMeasure.of(Kind.PRODUCTION_OF_DOCUMENTS))
            .build();
    assertOnlyViolation(
        request.completenessViolations(), "2AP_10_EMERGENCY_FACTS", "2AP 10", "emergencyFacts", Verification.UNVERIFIED);
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(request("").toString()).doesNotContain("Kova").doesNotContain("harmed");
  }
}
