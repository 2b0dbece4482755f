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

class InterceptionRequestTest {
  private static final LocalDate START = LocalDate.of(2026, 4, 1);

  /** A complete request, except for the item named by {@code omit}. */
  private static InterceptionRequest request(String omit) {
    InterceptionRequest.Builder b =
        InterceptionRequest.builder()
            .header(Fixtures.header(omit.equals("legalBasis") ? BUDAPEST.cite(33) : BUDAPEST.cite(34)))
            .facts(Fixtures.facts());
    if (!omit.equals("communications")) {
      b.addSpecifiedCommunications(Fixtures.data(DataCategory.CONTENT_DATA));
    }
    if (omit.equals("wrongCategory")) {
      // traffic data does not belong in a request under BC 34
      b.addSpecifiedCommunications(Fixtures.data(DataCategory.TRAFFIC_DATA));
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
    assertThat(request("").family()).isEqualTo(RequestFamily.CONTENT_INTERCEPTION);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "communications, BC_34_SPECIFIED_COMMUNICATIONS, BC 34, specifiedCommunications, CONFIRMED",
    "wrongCategory, BC_34_CONTENT_DATA_ONLY, BC 34, specifiedCommunications, CONFIRMED",
    "period, BC_34_COLLECTION_PERIOD, BC 34, collectionStart, UNVERIFIED",
    "offence, BC_34_OFFENCE, BC 34, offences, UNVERIFIED",
    "legalBasis, BC_34_LEGAL_BASIS, BC 34, header.legalBasis, CONFIRMED",
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
                InterceptionRequest.builder()
                    .header(Fixtures.header(BUDAPEST.cite(34)))
                    .facts(Fixtures.facts())
                    .collectionStart(START)
                    .collectionEnd(START.minusDays(1))
                    .build())
        .withMessageContaining("InterceptionRequest.collectionEnd");
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(request("").toString()).doesNotContain("Kova");
  }
}
