package org.treatyflow.model.provisional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.asset.DomainName;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.Incomplete;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.PersonArbitraries;
import org.treatyflow.testkit.ProvisionalArbitraries;

class ProvisionalProperties {

  @Property(tries = 200)
  void everyGeneratedRequestIsComplete(@ForAll("requests") ProvisionalMeasureRequest request) {
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.family().warsawSection()).isPresent();
  }

  @Property(tries = 200)
  void toStringShowsNoPersonalData(@ForAll("requests") ProvisionalMeasureRequest request) {
    assertThat(request.toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  @Property(tries = 200)
  void noDomainNameIsPrinted(@ForAll("requests") ProvisionalMeasureRequest request) {
    // Domain names are lower case, so the marker test above cannot see them.
    request.assets().stream()
        .filter(DomainName.class::isInstance)
        .map(DomainName.class::cast)
        .forEach(d -> assertThat(request.toString()).doesNotContain(d.name()));
  }

  @Property(tries = 200)
  void everyActIsComplete(@ForAll("acts") CooperationAct act) {
    assertThat(act.isComplete()).isTrue();
  }

  @Provide
  Arbitrary<ProvisionalMeasureRequest> requests() {
    return ProvisionalArbitraries.provisionalMeasureRequests();
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return ProvisionalArbitraries.acts();
  }

  @Property(tries = 150)
  void aProvisionalMeasureRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneProvisionalMeasureRequest") Incomplete<ProvisionalMeasureRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<ProvisionalMeasureRequest>> missingOneProvisionalMeasureRequest() {
    return IncompleteArbitraries.provisionalMeasureRequests();
  }
}
