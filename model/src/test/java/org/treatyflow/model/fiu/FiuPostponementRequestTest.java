package org.treatyflow.model.fiu;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.RequestFamily;

class FiuPostponementRequestTest {

  private static FiuPostponementRequest example(String omit) {
    FiuPostponementRequest.Builder request =
        FiuPostponementRequest.builder().header(FiuFixtures.header(omit, WARSAW.cite(47)));
    if (!omit.equals("transaction")) {
      request.transaction(FiuFixtures.transaction());
    }
    if (!omit.equals("laundering")) {
      request.launderingJustification("The funds come from Ana Example's online-shop fraud.");
    }
    if (!omit.equals("domestic")) {
      request.domesticPostponementJustification("A domestic report would have led to suspension.");
    }
    return request.build();
  }

  @Test
  void completeExampleHasNoViolations() {
    assertThat(example("").completenessViolations()).isEmpty();
    assertThat(example("").family()).isEqualTo(RequestFamily.FIU_POSTPONEMENT);
  }

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "legalBasis, WC_47_LEGAL_BASIS, WC 47, header.legalBasis",
    "requestingFiu, WC_47_1_REQUESTING_FIU, WC 47(1), header.requestingAuthority",
    "requestedFiu, WC_47_1_REQUESTED_FIU, WC 47(1), header.requestedAuthority",
    "channel, WC_47_1_CHANNEL_FIU_TO_FIU, WC 47(1), header.channel",
    "transaction, WC_47_1_TRANSACTION, WC 47(1), transaction",
    "laundering, WC_47_2_A_MONEY_LAUNDERING, WC 47(2)(a), launderingJustification",
    "domestic, WC_47_2_B_DOMESTIC_POSTPONEMENT, WC 47(2)(b), domesticPostponementJustification"
  })
  void eachMissingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field) {
    assertOnlyViolation(example(omit).completenessViolations(), code, citation, field);
  }

  @Test
  void everyRuleHasAnExampleMissingIt() {
    assertThat(FiuPostponementRequest.REQUIRED_CONTENT.rules()).hasSize(7);
  }

  @Test
  void theRequestCarriesNoPeriodOfPostponement() {
    // WC 47(1): the period is the requested Party's domestic law, so no attribute may fix it
    assertThat(Arrays.stream(FiuPostponementRequest.class.getMethods()).map(m -> m.getName()))
        .noneMatch(name -> name.toLowerCase().contains("period") || name.toLowerCase().contains("days"));
  }

  @Test
  void toStringShowsNoPersonalData() {
    assertThat(example("").toString())
        .doesNotContain("Ana Example", "shell company", "AT611904300234573201");
  }
}
