package org.treatyflow.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written check of a violation code accepts exactly what its published pattern does. */
class ViolationCodesProperties {
  @Provide
  Arbitrary<String> codeLike() {
    return Arbitraries.strings().withChars("AZ09_a-").ofMaxLength(8);
  }

  @Property(tries = 5000)
  void aCodeIsWhatThePatternAccepts(@ForAll("codeLike") String text) {
    assertThat(ViolationCodes.isCode(text)).as(text).isEqualTo(Violation.CODE.matcher(text).matches());
  }

  @Example
  void theEdges() {
    assertThat(ViolationCodes.isCode("BC_29_2_B_FACTS")).isTrue();
    assertThat(ViolationCodes.isCode("A")).isTrue();
    for (String bad : new String[] {"", "_A", "A_", "A__B", "a", "A-B", "A B", "\u00c4"}) {
      assertThat(ViolationCodes.isCode(bad)).as(bad).isFalse();
    }
  }
}
