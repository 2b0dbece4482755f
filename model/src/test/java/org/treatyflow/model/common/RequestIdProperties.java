package org.treatyflow.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A request id's form, checked by hand, is exactly that of its documented pattern. */
class RequestIdProperties {
  @Provide
  Arbitrary<String> referenceLike() {
    return Arbitraries.strings().withChars("aZ09._:/- @\u00e9").ofMinLength(0).ofMaxLength(70);
  }

  @Property(tries = 3000)
  void aReferenceHasTheDocumentedForm(@ForAll("referenceLike") String text) {
    assertThat(RequestId.isReference(text))
        .as(text)
        .isEqualTo(text.matches("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}"));
  }
}
