package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

class InvestigativeAssistanceRequestTest extends SectionTwoRequestTestBase {

  /**
   * Besides the items of {@link SectionTwoFixtures}: "objectOfTracing" and "blankDescription" (a
   * blank description instead of an object of tracing).
   */
  @Override
  InvestigativeAssistanceRequest example(String omit) {
    boolean traced = !omit.equals("objectOfTracing") && !omit.equals("blankDescription");
    return InvestigativeAssistanceRequest.builder()
        .header(SectionTwoFixtures.header(omit, WARSAW.cite(16)))
        .content(SectionTwoFixtures.content(omit))
        .addAspects(TracingAspect.LOCATION_OR_MOVEMENT)
        .addAllOffences(SectionTwoFixtures.offences(omit))
        .addAllPropertyKinds(traced ? Set.of(Asset.Kind.VIRTUAL_CURRENCY_WALLET) : Set.of())
        .addAllPropertyDescriptions(
            traced
                ? List.of("Wallets Zq fed from the online shop's accounts")
                : omit.equals("blankDescription") ? List.of(" ") : List.of())
        .build();
  }

  @Override
  RequestFamily family() {
    return RequestFamily.INVESTIGATIVE_ASSISTANCE;
  }

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "legalBasis, WC_16_LEGAL_BASIS, WC 16, header.legalBasis",
    "objectOfTracing, WC_16_OBJECT_OF_TRACING, WC 16, propertyKinds"
  })
  void eachMissingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field) {
    assertOnlyViolation(example(omit).completenessViolations(), code, citation, field);
  }

  @Test
  void everyRuleHasAnExampleMissingIt() {
    assertThat(InvestigativeAssistanceRequest.REQUIRED_CONTENT.rules()).hasSize(10);
  }

  @Test
  void theObjectOfTracingRuleIsALibraryReading() {
    assertThat(InvestigativeAssistanceRequest.REQUIRED_CONTENT.rule("WC_16_OBJECT_OF_TRACING"))
        .hasValueSatisfying(
            r -> assertThat(r.violation().verification()).isEqualTo(Verification.UNVERIFIED));
    assertThat(example("objectOfTracing").completenessViolations())
        .extracting(Violation::verification)
        .containsExactly(Verification.UNVERIFIED);
  }

  @Test
  void propertyInTheContentIsAnObjectOfTracing() {
    InvestigativeAssistanceRequest request =
        InvestigativeAssistanceRequest.builder()
            .header(SectionTwoFixtures.header("", WARSAW.cite(16)))
            .content(
                WarsawRequestContent.builder()
                    .objectAndReason("To trace the proceeds.")
                    .facts(Facts.summary("A fraud."))
                    .addProperty(SectionTwoFixtures.account())
                    .build())
            .addOffences(SectionTwoFixtures.offence())
            .build();
    assertThat(request.completenessViolations()).isEmpty();
  }

  @Test
  void aBlankDescriptionIsNoObjectOfTracing() {
    assertThat(example("blankDescription").completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_16_OBJECT_OF_TRACING");
  }
}
