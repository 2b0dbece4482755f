package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.assistance.Fixtures.SECRET;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Verification;

class StoredDataAccessRequestTest {

  /** A complete urgent request, except for the item named by {@code omit}. */
  private static StoredDataAccessRequest request(String omit) {
    StoredDataAccessRequest.Builder b =
        StoredDataAccessRequest.builder()
            .header(
                Fixtures.header(
                    Channel.CENTRAL_AUTHORITY,
                    Urgency.URGENT,
                    omit.equals("legalBasis") ? BUDAPEST.cite(29) : BUDAPEST.cite(31, 1)))
            .facts(omit.equals("facts") ? Facts.none() : Fixtures.facts())
            .precedingPreservation(RequestId.of("AT-247-2026-0007"));
    if (!omit.equals("data")) {
      b.addDataItems(Fixtures.data(DataCategory.CONTENT_DATA), Fixtures.data(DataCategory.TRAFFIC_DATA));
    }
    if (!omit.equals("measures")) {
      b.addMeasures(StoredDataAccessMeasure.SEIZURE_OR_SIMILAR_SECURING, StoredDataAccessMeasure.DISCLOSURE);
    }
    if (!omit.equals("offence")) {
      b.addOffences(Fixtures.computerFraud());
    }
    if (!omit.equals("expeditedGrounds")) {
      b.expeditedGrounds("The provider deletes inactive accounts of " + SECRET + " after 30 days");
    }
    return b.build();
  }

  @Test
  void completeRequestHasNoViolations() {
    assertThat(request("").completenessViolations()).isEmpty();
    assertThat(request("").family()).isEqualTo(RequestFamily.STORED_DATA_ACCESS);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "data, BC_31_1_DATA, BC 31(1), dataItems, CONFIRMED",
    "measures, BC_31_1_MEASURES, BC 31(1), measures, CONFIRMED",
    "offence, BC_31_2_OFFENCE, BC 31(2), offences, UNVERIFIED",
    "facts, BC_31_2_FACTS, BC 31(2), facts.summary, UNVERIFIED",
    "expeditedGrounds, BC_31_3_EXPEDITED_GROUNDS, BC 31(3), expeditedGrounds, UNVERIFIED",
    "legalBasis, BC_31_LEGAL_BASIS, BC 31, header.legalBasis, CONFIRMED",
  })
  void missingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field, Verification verification) {
    assertOnlyViolation(request(omit).completenessViolations(), code, citation, field, verification);
  }

  @Test
  void routineRequestNeedsNoExpeditedGrounds() {
    StoredDataAccessRequest request =
        StoredDataAccessRequest.builder()
            .header(Fixtures.header(BUDAPEST.cite(31)))
            .facts(Fixtures.facts())
            .addOffences(Fixtures.computerFraud())
            .addDataItems(Fixtures.data(DataCategory.TRAFFIC_DATA))
            .addMeasures(StoredDataAccessMeasure.DISCLOSURE)
            .build();
    assertThat(request.completenessViolations()).isEmpty();
  }

  @Test
  void everyMeasureCitesArticle31Paragraph1() {
    for (StoredDataAccessMeasure measure : StoredDataAccessMeasure.values()) {
      assertThat(measure.legalBasis()).hasToString("BC 31(1)");
    }
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(request("").toString()).doesNotContain("Kova");
  }

  @Test
  void theFrenchMessageOfBc311MeasuresIsPlainLegalFrench() {
    String french =
        StoredDataAccessRequest.REQUIRED_CONTENT
            .rule("BC_31_1_MEASURES")
            .orElseThrow()
            .violation()
            .message()
            .french();
    assertThat(french)
        .isEqualTo(
            "La demande doit préciser si les données doivent faire l'objet d'une perquisition ou"
                + " d'un accès similaire, d'une saisie ou d'une obtention similaire, ou d'une"
                + " divulgation.");
  }
}
