package org.treatyflow.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.testkit.PersonArbitraries;

/**
 * Example 1 of the testkit's guide: a property of your own code over generated requests. The code
 * under test here is a one-line register entry a case-management system might write for every
 * incoming request; it must name the request's article and never show personal data.
 */
class RequestPropertyExamples {
  /** Your code: the line your register writes for an incoming preservation request. */
  static String registerEntry(PreservationRequest request) {
    return request.header().id().value()
        + " from " + request.header().requestingParty().code()
        + " under " + request.family().legalBasis().get(0)
        + ", " + request.dataToPreserve().size() + " item(s) to preserve";
  }

  @Property(tries = 100)
  void theRegisterNamesTheArticleAndShowsNoPersonalData(@ForAll PreservationRequest request) {
    String entry = registerEntry(request);
    assertThat(entry).contains("BC 29");
    assertThat(entry).doesNotContain(PersonArbitraries.MARKER);
  }
}
