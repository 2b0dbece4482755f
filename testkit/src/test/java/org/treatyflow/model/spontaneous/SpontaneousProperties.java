package org.treatyflow.model.spontaneous;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
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

  @Property(tries = 200)
  void removingTheSummaryOfBudapestInformationYieldsExactlyItsViolation(
      @ForAll("information") SpontaneousInformation information) {
    SpontaneousInformation withoutSummary =
        SpontaneousInformation.builder()
            .reference(information.reference())
            .providingParty(information.providingParty())
            .providingAuthority(information.providingAuthority())
            .receivingParty(information.receivingParty())
            .receivingAuthority(information.receivingAuthority())
            .sentOn(information.sentOn())
            .confidentialityRequested(information.confidentialityRequested())
            .addAllConditions(information.conditions())
            .addAllOffences(information.offences())
            .couldLeadToRequest(information.couldLeadToRequest())
            .build();
    assertThat(withoutSummary.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("BC_26_1_INFORMATION");
  }

  @Property(tries = 200)
  void removingTheOffencesAndTheProspectOfARequestYieldsExactlyThePurposeViolation(
      @ForAll("information") SpontaneousInformation information) {
    SpontaneousInformation withoutPurpose =
        SpontaneousInformation.builder()
            .reference(information.reference())
            .providingParty(information.providingParty())
            .providingAuthority(information.providingAuthority())
            .receivingParty(information.receivingParty())
            .receivingAuthority(information.receivingAuthority())
            .sentOn(information.sentOn())
            .informationSummary(information.informationSummary())
            .confidentialityRequested(information.confidentialityRequested())
            .addAllConditions(information.conditions())
            .build();
    assertThat(withoutPurpose.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("BC_26_1_PURPOSE");
  }

  @Property(tries = 200)
  void removingThePropertyYieldsExactlyItsViolation(
      @ForAll("informationOnProceeds") SpontaneousInformationOnProceeds information) {
    SpontaneousInformationOnProceeds withoutProperty =
        SpontaneousInformationOnProceeds.builder()
            .reference(information.reference())
            .providingParty(information.providingParty())
            .providingAuthority(information.providingAuthority())
            .receivingParty(information.receivingParty())
            .receivingAuthority(information.receivingAuthority())
            .sentOn(information.sentOn())
            .informationSummary(information.informationSummary())
            .confidentialityRequested(information.confidentialityRequested())
            .addAllConditions(information.conditions())
            .addAllOffences(information.offences())
            .build();
    assertThat(withoutProperty.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_20_INSTRUMENTALITIES_OR_PROCEEDS");
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return SpontaneousArbitraries.acts();
  }

  @Provide
  Arbitrary<SpontaneousInformation> information() {
    return SpontaneousArbitraries.spontaneousInformation();
  }

  @Provide
  Arbitrary<SpontaneousInformationOnProceeds> informationOnProceeds() {
    return SpontaneousArbitraries.spontaneousInformationOnProceeds();
  }
}
