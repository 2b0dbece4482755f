package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.asset.Asset;

class InvestigativeAssistanceRequestTest {

  private static InvestigativeAssistanceRequest example(String omit) {
    InvestigativeAssistanceRequest.Builder request =
        InvestigativeAssistanceRequest.builder()
            .header(Fixtures.header(omit, WARSAW.cite(16)))
            .content(Fixtures.content(omit))
            .addAspects(TracingAspect.LOCATION_OR_MOVEMENT);
    if (!omit.equals("offences")) {
      request.addOffences(Fixtures.offence());
    }
    if (!omit.equals("objectOfTracing")) {
      request.addPropertyKinds(Asset.Kind.VIRTUAL_CURRENCY_WALLET)
          .addPropertyDescriptions("Wallets Zq fed from the online shop's accounts");
    }
    return request.build();
  }

  @Test
  void completeExampleHasNoViolations() {
    InvestigativeAssistanceRequest request = example("");
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.family()).isEqualTo(RequestFamily.INVESTIGATIVE_ASSISTANCE);
  }

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "legalBasis, WC_16_LEGAL_BASIS, WC 16, header.legalBasis",
    "channel, WC_34_CHAPTER_IV_CHANNEL, WC 34, header.channel",
    "urgency, WC_34_2_DIRECT_JUDICIAL_URGENCY, WC 34(2), header.urgency",
    "direct, WC_34_5_DIRECT_NON_COERCIVE, WC 34(5), header.channel",
    "objectAndReason, WC_37_1_B_OBJECT_AND_REASON, WC 37(1)(b), content.objectAndReason",
    "facts, WC_37_1_C_FACTS, WC 37(1)(c), content.facts.summary",
    "statutory, WC_37_1_D_I_STATUTORY_PROVISIONS, WC 37(1)(d)(i), content.statutoryProvisions",
    "confirmation, WC_37_1_D_II_MEASURE_AVAILABLE_AT_HOME, WC 37(1)(d)(ii), content.measureAvailableAtHome",
    "offences, WC_37_1_C_OFFENCE, WC 37(1)(c), offences",
    "objectOfTracing, WC_16_OBJECT_OF_TRACING, WC 16, propertyKinds"
  })
  void eachMissingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field) {
    assertThat(example(omit).completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(Tuple.tuple(code, ArticleCitation.parse(citation), field));
  }

  @Test
  void everyRuleHasAnExampleMissingIt() {
    assertThat(InvestigativeAssistanceRequest.REQUIRED_CONTENT.rules()).hasSize(10);
  }

  @Test
  void directRoutesAreOpenWhenTheirConditionsHold() {
    assertThat(example("nonCoerciveDirect").completenessViolations()).isEmpty();
    assertThat(example("urgentDirectJudicial").completenessViolations()).isEmpty();
  }

  @Test
  void toStringShowsNoPersonalData() {
    assertThat(example("").toString())
        .doesNotContain("Ana Example", "online shop", "AT611904300234573201", "Zq");
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
            .header(Fixtures.header("", WARSAW.cite(16)))
            .content(
                WarsawRequestContent.builder()
                    .objectAndReason("To trace the proceeds.")
                    .facts(org.treatyflow.model.common.Facts.summary("A fraud."))
                    .addProperty(Fixtures.account())
                    .build())
            .addOffences(Fixtures.offence())
            .build();
    assertThat(request.completenessViolations()).isEmpty();
  }

  @Test
  void aBlankDescriptionIsNoObjectOfTracing() {
    InvestigativeAssistanceRequest request =
        InvestigativeAssistanceRequest.builder()
            .header(Fixtures.header("", WARSAW.cite(16)))
            .content(Fixtures.content(""))
            .addOffences(Fixtures.offence())
            .addPropertyDescriptions(" ")
            .build();
    assertThat(request.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_16_OBJECT_OF_TRACING");
  }
}
