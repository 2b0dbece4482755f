package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.Verification;

class RealTimeTrafficCollectionRequestTest extends RealTimeCollectionTestBase {

  RealTimeTrafficCollectionRequestTest() {
    super(
        RequestFamily.REAL_TIME_TRAFFIC_COLLECTION,
        "RealTimeTrafficCollectionRequest",
        BUDAPEST.cite(33, 1),
        BUDAPEST.cite(34),
        DataCategory.TRAFFIC_DATA,
        DataCategory.CONTENT_DATA);
  }

  @Override
  RealTimeTrafficCollectionRequest build(
      RequestHeader header,
      Facts facts,
      List<DataItem> communications,
      LocalDate collectionStart,
      Optional<LocalDate> collectionEnd,
      List<Offence> offences) {
    return RealTimeTrafficCollectionRequest.builder()
        .header(header)
        .facts(facts)
        .addAllSpecifiedCommunications(communications)
        .collectionStart(collectionStart)
        .collectionEnd(collectionEnd)
        .addAllOffences(offences)
        .build();
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
    assertOnlyViolation(request(omit).completenessViolations(), code, citation, field, verification);
  }
}
