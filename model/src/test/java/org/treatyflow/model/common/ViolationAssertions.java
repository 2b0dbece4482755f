package org.treatyflow.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on the completeness violations of a value, shared by the example tests of all packages. */
public final class ViolationAssertions {
  private ViolationAssertions() {}

  /**
   * Asserts that {@code violations} is exactly one violation with this code, citation (as written,
   * e.g. "WC 37(1)(b)") and field, and with an English and a French message.
   */
  public static Violation assertOnlyViolation(
      List<Violation> violations, String code, String citation, String field) {
    Violation v = assertOnlyViolation(violations, code, ArticleCitation.parse(citation), field);
    assertThat(v.citation()).as("citation").hasToString(citation);
    return v;
  }

  /**
   * Asserts that {@code violations} is exactly one violation with this code, citation and field, and
   * with an English and a French message.
   */
  public static Violation assertOnlyViolation(
      List<Violation> violations, String code, ArticleCitation citation, String field) {
    assertThat(violations).as("violations").extracting(Violation::code).containsExactly(code);
    Violation v = violations.get(0);
    assertThat(v.citation()).as("citation").isEqualTo(citation);
    assertThat(v.field()).as("field").isEqualTo(field);
    assertThat(v.message().english()).as("English message").isNotBlank();
    assertThat(v.message().french()).as("French message").isNotBlank();
    return v;
  }

  /** As {@link #assertOnlyViolation(List, String, String, String)}, and with this verification. */
  public static void assertOnlyViolation(
      List<Violation> violations,
      String code,
      String citation,
      String field,
      Verification verification) {
    Violation v = assertOnlyViolation(violations, code, citation, field);
    assertThat(v.verification()).as("verification").isEqualTo(verification);
  }
}
