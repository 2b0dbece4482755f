package org.treatyflow.model.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.Incomplete;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.PersonArbitraries;
import org.treatyflow.testkit.PreservationArbitraries;

class PreservationProperties {

  @Property(tries = 200)
  void everyGeneratedActIsComplete(@ForAll("acts") CooperationAct act) {
    assertThat(act.completenessViolations()).as("violations of %s", act.family()).isEmpty();
  }

  @Property(tries = 200)
  void noGeneratedActShowsPersonalData(@ForAll("acts") CooperationAct act) {
    assertThat(act.toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return PreservationArbitraries.acts();
  }

  @Property(tries = 150)
  void aPreservationRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOnePreservationRequest") Incomplete<PreservationRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<PreservationRequest>> missingOnePreservationRequest() {
    return IncompleteArbitraries.preservationRequests();
  }

  @Property(tries = 150)
  void aPreservedTrafficDisclosureMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOnePreservedTrafficDisclosure") Incomplete<PreservedTrafficDisclosure> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<PreservedTrafficDisclosure>> missingOnePreservedTrafficDisclosure() {
    return IncompleteArbitraries.preservedTrafficDisclosures();
  }
}
