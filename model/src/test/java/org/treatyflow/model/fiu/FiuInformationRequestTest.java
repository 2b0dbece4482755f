package org.treatyflow.model.fiu;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;

class FiuInformationRequestTest {

  private static FiuInformationRequest example(String omit) {
    FiuInformationRequest.Builder request =
        FiuInformationRequest.builder()
            .header(FiuFixtures.header(omit, WARSAW.cite(46)))
            .addPersons(
                Person.builder().role(PersonRole.SUSPECT).kind(Person.Kind.NATURAL).name("Ana Example").build())
            .addAssets(FiuFixtures.transaction().fromAccount().orElseThrow())
            .transactionsDescription("Transfers by Ana Example to a shell company");
    if (!omit.equals("facts")) {
      request.factsStatement("Ana Example received proceeds of an online-shop fraud.");
    }
    if (!omit.equals("intendedUse")) {
      request.intendedUse("Analysis of a suspicious transaction report.");
    }
    return request.build();
  }

  @Test
  void completeExampleHasNoViolations() {
    assertThat(example("").completenessViolations()).isEmpty();
    assertThat(example("").family()).isEqualTo(RequestFamily.FIU_INFORMATION_EXCHANGE);
  }

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "legalBasis, WC_46_LEGAL_BASIS, WC 46, header.legalBasis",
    "requestingFiu, WC_46_2_REQUESTING_FIU, WC 46(2), header.requestingAuthority",
    "requestedFiu, WC_46_2_REQUESTED_FIU, WC 46(2), header.requestedAuthority",
    "channel, WC_46_2_CHANNEL_FIU_TO_FIU, WC 46(2), header.channel",
    "facts, WC_46_4_FACTS, WC 46(4), factsStatement",
    "intendedUse, WC_46_4_INTENDED_USE, WC 46(4), intendedUse"
  })
  void eachMissingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field) {
    assertOnlyViolation(example(omit).completenessViolations(), code, citation, field);
  }

  @Test
  void everyRuleHasAnExampleMissingIt() {
    assertThat(FiuInformationRequest.REQUIRED_CONTENT.rules()).hasSize(6);
  }

  @Test
  void aSpontaneousSendNeedsNoFactsNorIntendedUse() {
    FiuInformationRequest send =
        FiuInformationRequest.builder()
            .header(FiuFixtures.header("", WARSAW.cite(46)))
            .spontaneous(true)
            .build();
    assertThat(send.completenessViolations()).isEmpty();
  }

  @Test
  void toStringShowsNoPersonalData() {
    assertThat(example("").toString()).doesNotContain("Ana Example", "shell", "AT611904300234573201");
  }
}
