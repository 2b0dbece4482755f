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

class InterceptionRequestTest extends RealTimeCollectionTestBase {

  InterceptionRequestTest() {
    super(
        RequestFamily.CONTENT_INTERCEPTION,
        "InterceptionRequest",
        BUDAPEST.cite(34),
        BUDAPEST.cite(33),
        DataCategory.CONTENT_DATA,
        DataCategory.TRAFFIC_DATA);
  }

  @Override
  InterceptionRequest build(
      RequestHeader header,
      Facts facts,
      List<DataItem> communications,
      LocalDate collectionStart,
      Optional<LocalDate> collectionEnd,
      List<Offence> offences) {
    return InterceptionRequest.builder()
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
    "communications, BC_34_SPECIFIED_COMMUNICATIONS, BC 34, specifiedCommunications, CONFIRMED",
    "wrongCategory, BC_34_CONTENT_DATA_ONLY, BC 34, specifiedCommunications, CONFIRMED",
    "period, BC_34_COLLECTION_PERIOD, BC 34, collectionStart, UNVERIFIED",
    "offence, BC_34_OFFENCE, BC 34, offences, UNVERIFIED",
    "legalBasis, BC_34_LEGAL_BASIS, BC 34, header.legalBasis, CONFIRMED",
  })
  void missingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field, Verification verification) {
    assertOnlyViolation(request(omit).completenessViolations(), code, citation, field, verification);
  }
}
