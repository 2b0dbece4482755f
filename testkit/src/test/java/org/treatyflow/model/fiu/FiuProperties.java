package org.treatyflow.model.fiu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.FiuArbitraries;
import org.treatyflow.testkit.Incomplete;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.PersonArbitraries;

class FiuProperties {

  @Property(tries = 200)
  void everyGeneratedRequestIsComplete(@ForAll("acts") CooperationAct act) {
    assertThat(act.completenessViolations()).as("violations of %s", act.family()).isEmpty();
  }

  @Property(tries = 200)
  void noGeneratedRequestShowsPersonalData(@ForAll("acts") CooperationAct act) {
    assertThat(act.toString()).doesNotContain(PersonArbitraries.MARKER);
  }

  @Property(tries = 100)
  void aSpontaneousExchangeNeedsNoIntendedUse(@ForAll("information") FiuInformationRequest r) {
    Assume.that(r.spontaneous());
    FiuInformationRequest withoutUse =
        FiuInformationRequest.builder()
            .header(r.header())
            .spontaneous(true)
            .factsStatement(r.factsStatement())
            .addAllPersons(r.persons())
            .addAllAssets(r.assets())
            .transactionsDescription(r.transactionsDescription())
            .build();
    assertThat(withoutUse.completenessViolations()).isEmpty();
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return FiuArbitraries.acts();
  }

  @Provide
  Arbitrary<FiuInformationRequest> information() {
    return FiuArbitraries.fiuInformationRequests();
  }

  @Property(tries = 150)
  void aFiuInformationRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneFiuInformationRequest") Incomplete<FiuInformationRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<FiuInformationRequest>> missingOneFiuInformationRequest() {
    return IncompleteArbitraries.fiuInformationRequests();
  }

  @Property(tries = 150)
  void aFiuPostponementRequestMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneFiuPostponementRequest") Incomplete<FiuPostponementRequest> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<FiuPostponementRequest>> missingOneFiuPostponementRequest() {
    return IncompleteArbitraries.fiuPostponementRequests();
  }
}
