package org.treatyflow.model.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;

class RealTimeTrafficCollectionRequestTest {
  private static final LocalDate START = LocalDate.of(2026, 4, 1);

  /** A complete request, except for the item named by {@code omit}. */
  private static RealTimeTrafficCollectionRequest request(String omit) {
    RealTimeTrafficCollectionRequest.Builder b =
        RealTimeTrafficCollectionRequest.builder()
            .header(Fixtures.header(omit.equals("legalBasis") ? BUDAPEST.cite(34) : BUDAPEST.cite(33, 1)))
            .facts(Fixtures.facts());
    if (!omit.equals("communications")) {
      b.addSpecifiedCommunications(Fixtures.data(DataCategory.TRAFFIC_DATA));
    }
    if (omit.equals("wrongCategory")) {
      // content data does not belong in a request under BC 33
      b.addSpecifiedCommunications(Fixtures.data(DataCategory.CONTENT_DATA));
    }
    if (omit.equals("period")) {
      b.collectionStart(START);
    } else {
      b.collectionStart(START).collectionEnd(START.plusDays(30));
    }
    if (!omit.equals("offence")) {
      b.addOffences(Fixtures.computerFraud());
    }
    return b.build();
  }

  @Test
  void completeRequestHasNoViolations() {
    assertThat(request("").completenessViolations()).isEmpty();
    assertThat(request("").family()).isEqualTo(RequestFamily.REAL_TIME_TRAFFIC_COLLECTION);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "communications, BC_33_1_SPECIFIED_COMMUNICATIONS, BC 33(1), specifiedCommunications, CONFIRMED",
    "wrongCategory, BC_33_1_TRAFFIC_DATA_ONLY, BC 33(1), specifiedCommunications, CONFIRMED",
    "period, BC_33_1_COLLECTION_PERIOD, BC 33(1), collectionStart, UNVERIFIED",
    "offence, BC_33_2_OFFENCE, BC 33(2), offences, UNVERIFIED",
    "legalBasis, BC_33_LEGAL_BASIS, BC 33, header.legalBasis, CONFIRMED",
  })
  void missingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field, Verification verification) {
    Fixtures.assertSingle(request(omit).completenessViolations(), code, citation, field, verification);
  }

  @Test
  void collectionEndingBeforeItStartsIsRejected() {
    // the end lies before the start
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                RealTimeTrafficCollectionRequest.builder()
                    .header(Fixtures.header(BUDAPEST.cite(33)))
                    .facts(Fixtures.facts())
                    .collectionStart(START)
                    .collectionEnd(START.minusDays(1))
                    .build())
        .withMessageContaining("RealTimeTrafficCollectionRequest.collectionEnd");
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(request("").toString()).doesNotContain("Kova");
  }
}
