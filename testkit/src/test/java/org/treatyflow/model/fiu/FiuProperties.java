package org.treatyflow.model.fiu;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.FiuArbitraries;
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

  @Property(tries = 200)
  void removingTheIntendedUseOfARequestYieldsExactlyWc464(
      @ForAll("information") FiuInformationRequest r) {
    FiuInformationRequest without =
        FiuInformationRequest.builder()
            .header(r.header())
            .spontaneous(r.spontaneous())
            .factsStatement(r.factsStatement())
            .addAllPersons(r.persons())
            .addAllAssets(r.assets())
            .transactionsDescription(r.transactionsDescription())
            .build();
    if (r.spontaneous()) {
      assertThat(without.completenessViolations()).isEmpty();
    } else {
      assertThat(without.completenessViolations())
          .extracting(Violation::code)
          .containsExactly("WC_46_4_INTENDED_USE");
    }
  }

  @Property(tries = 200)
  void removingTheLaunderingJustificationYieldsExactlyWc472a(
      @ForAll("postponement") FiuPostponementRequest r) {
    FiuPostponementRequest without =
        FiuPostponementRequest.builder()
            .header(r.header())
            .transaction(r.transaction())
            .domesticPostponementJustification(r.domesticPostponementJustification())
            .build();
    assertThat(without.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_47_2_A_MONEY_LAUNDERING");
  }

  @Property(tries = 200)
  void removingTheDomesticJustificationYieldsExactlyWc472b(
      @ForAll("postponement") FiuPostponementRequest r) {
    FiuPostponementRequest without =
        FiuPostponementRequest.builder()
            .header(r.header())
            .transaction(r.transaction())
            .launderingJustification(r.launderingJustification())
            .build();
    assertThat(without.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_47_2_B_DOMESTIC_POSTPONEMENT");
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return FiuArbitraries.acts();
  }

  @Provide
  Arbitrary<FiuInformationRequest> information() {
    return FiuArbitraries.fiuInformationRequests();
  }

  @Provide
  Arbitrary<FiuPostponementRequest> postponement() {
    return FiuArbitraries.fiuPostponementRequests();
  }
}
