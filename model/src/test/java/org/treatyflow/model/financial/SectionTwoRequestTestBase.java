package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;

/**
 * The examples every Section 2 (Warsaw Convention, Chapter IV) request shares: a complete example,
 * the channel and Article 37 content rules, the direct routes and a toString without personal data.
 * Each subclass builds its own example from {@link SectionTwoFixtures} and tests its own rules.
 */
abstract class SectionTwoRequestTestBase {

  /** A complete example, except for the item named by {@code omit} (see {@link SectionTwoFixtures}). */
  abstract Request example(String omit);

  /** The family of the examples. */
  abstract RequestFamily family();

  @Test
  void completeExampleHasNoViolations() {
    Request request = example("");
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.family()).isEqualTo(family());
  }

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "channel, WC_34_CHAPTER_IV_CHANNEL, WC 34, header.channel",
    "urgency, WC_34_2_DIRECT_JUDICIAL_URGENCY, WC 34(2), header.urgency",
    "direct, WC_34_5_DIRECT_NON_COERCIVE, WC 34(5), header.channel",
    "objectAndReason, WC_37_1_B_OBJECT_AND_REASON, WC 37(1)(b), content.objectAndReason",
    "facts, WC_37_1_C_FACTS, WC 37(1)(c), content.facts.summary",
    "statutory, WC_37_1_D_I_STATUTORY_PROVISIONS, WC 37(1)(d)(i), content.statutoryProvisions",
    "confirmation, WC_37_1_D_II_MEASURE_AVAILABLE_AT_HOME, WC 37(1)(d)(ii), content.measureAvailableAtHome",
    "offences, WC_37_1_C_OFFENCE, WC 37(1)(c), offences"
  })
  void eachMissingSectionTwoItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field) {
    assertOnlyViolation(example(omit).completenessViolations(), code, citation, field);
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
}
