package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Violation;

class WarsawRequestContentTest {

  private static WarsawRequestContent.Builder nonCoercive() {
    return WarsawRequestContent.builder()
        .objectAndReason("To trace the proceeds of a computer fraud.")
        .facts(Facts.summary("Payments obtained through a fraudulent online shop."));
  }

  @Test
  void completeNonCoerciveContentHasNoViolations() {
    assertThat(WarsawRequestContent.REQUIRED_CONTENT.check(nonCoercive().build())).isEmpty();
  }

  @Test
  void completeCoerciveContentHasNoViolations() {
    WarsawRequestContent content =
        nonCoercive().coercive(true).statutoryProvisions("s. 148a StGB").measureAvailableAtHome(true).build();
    assertThat(WarsawRequestContent.REQUIRED_CONTENT.check(content)).isEmpty();
  }

  @Test
  void missingObjectAndReasonIsReported() {
    WarsawRequestContent content = WarsawRequestContent.builder().facts(Facts.summary("x")).build();
    assertThat(WarsawRequestContent.REQUIRED_CONTENT.check(content))
        .extracting(Violation::code, Violation::citation)
        .containsExactly(Tuple.tuple("WC_37_1_B_OBJECT_AND_REASON", WARSAW.cite(37, 1, "b")));
  }

  @Test
  void blankObjectAndReasonIsReported() {
    WarsawRequestContent content =
        WarsawRequestContent.builder().objectAndReason(" ").facts(Facts.summary("x")).build();
    assertThat(WarsawRequestContent.REQUIRED_CONTENT.check(content))
        .extracting(Violation::code)
        .containsExactly("WC_37_1_B_OBJECT_AND_REASON");
  }

  @Test
  void missingFactsAreReported() {
    WarsawRequestContent content = WarsawRequestContent.builder().objectAndReason("To trace.").build();
    assertThat(WarsawRequestContent.REQUIRED_CONTENT.check(content))
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(
            Tuple.tuple(
                "WC_37_1_C_FACTS", WARSAW.cite(37, 1, "c"), "content.facts.summary"));
  }

  @Test
  void coerciveContentWithoutStatutoryProvisionsIsReported() {
    WarsawRequestContent content = nonCoercive().coercive(true).measureAvailableAtHome(true).build();
    assertThat(WarsawRequestContent.REQUIRED_CONTENT.check(content))
        .extracting(Violation::code, Violation::citation)
        .containsExactly(
            Tuple.tuple(
                "WC_37_1_D_I_STATUTORY_PROVISIONS", WARSAW.cite(37, 1, "d", "i")));
  }

  @Test
  void coerciveContentWithoutConfirmationIsReported() {
    WarsawRequestContent content = nonCoercive().coercive(true).statutoryProvisions("s. 148a StGB").build();
    assertThat(WarsawRequestContent.REQUIRED_CONTENT.check(content))
        .extracting(Violation::code, Violation::citation)
        .containsExactly(
            Tuple.tuple(
                "WC_37_1_D_II_MEASURE_AVAILABLE_AT_HOME", WARSAW.cite(37, 1, "d", "ii")));
  }

  @Test
  void nonCoerciveContentNeedsNeitherLawNorConfirmationNorPersonsNorProperty() {
    WarsawRequestContent content = nonCoercive().build();
    assertThat(content.persons()).isEmpty();
    assertThat(content.property()).isEmpty();
    assertThat(WarsawRequestContent.REQUIRED_CONTENT.check(content)).isEmpty();
  }

  @Test
  void toStringHidesTheObjectAndReason() {
    assertThat(WarsawRequestContent.builder().objectAndReason("Zq secret").build().toString())
        .doesNotContain("Zq");
  }
}
