package org.treatyflow.model.spontaneous;

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
import org.treatyflow.testkit.SpontaneousArbitraries;

class SpontaneousProperties {

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
    return SpontaneousArbitraries.acts();
  }

  @Property(tries = 150)
  void aSpontaneousInformationMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneSpontaneousInformation") Incomplete<SpontaneousInformation> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<SpontaneousInformation>> missingOneSpontaneousInformation() {
    return IncompleteArbitraries.spontaneousInformation();
  }

  @Property(tries = 150)
  void aSpontaneousInformationOnProceedsMissingOneItemReportsExactlyThatItem(
      @ForAll("missingOneSpontaneousInformationOnProceeds") Incomplete<SpontaneousInformationOnProceeds> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Provide
  Arbitrary<Incomplete<SpontaneousInformationOnProceeds>> missingOneSpontaneousInformationOnProceeds() {
    return IncompleteArbitraries.spontaneousInformationOnProceeds();
  }
}
