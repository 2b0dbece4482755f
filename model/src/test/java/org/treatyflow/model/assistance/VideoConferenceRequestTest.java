package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.person.PersonRole;

class VideoConferenceRequestTest {

  /** A complete request, except for the item named by {@code omit}. */
  private static VideoConferenceRequest request(String omit) {
    VideoConferenceRequest.Builder b =
        VideoConferenceRequest.builder()
            .header(
                Fixtures.header(
                    omit.equals("legalBasis") ? Instrument.BUDAPEST.cite(27) : SECOND_PROTOCOL.cite(11)))
            .capacity(HearingCapacity.WITNESS)
            .languageOfHearing(Language.of("ro"))
            .interpreterNeeded(true);
    if (!omit.equals("person")) {
      b.personToBeHeard(Fixtures.person(PersonRole.WITNESS_OR_EXPERT));
    }
    if (!omit.equals("proposedDate")) {
      b.proposedDate(LocalDate.of(2026, 5, 12));
    }
    return b.build();
  }

  @Test
  void completeRequestHasNoViolations() {
    assertThat(request("").completenessViolations()).isEmpty();
    assertThat(request("").family()).isEqualTo(RequestFamily.VIDEO_CONFERENCE);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "person, 2AP_11_PERSON_TO_BE_HEARD, 2AP 11, personToBeHeard, UNVERIFIED",
    "proposedDate, 2AP_11_PROPOSED_DATE, 2AP 11, proposedDate, UNVERIFIED",
    "legalBasis, 2AP_11_LEGAL_BASIS, 2AP 11, header.legalBasis, UNVERIFIED",
  })
  void missingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field, Verification verification) {
    assertOnlyViolation(request(omit).completenessViolations(), code, citation, field, verification);
  }

  @Test
  void personWhoIsNotAWitnessOrExpertIsRejected() {
    // a suspect is not heard as a witness or expert under 2AP 11
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                VideoConferenceRequest.builder()
                    .header(Fixtures.header(SECOND_PROTOCOL.cite(11)))
                    .capacity(HearingCapacity.WITNESS)
                    .personToBeHeard(Fixtures.person(PersonRole.SUSPECT))
                    .build())
        .withMessageContaining("VideoConferenceRequest.personToBeHeard")
        .withMessageNotContaining(Fixtures.SECRET);
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(request("").toString()).doesNotContain("Kova");
  }
}
