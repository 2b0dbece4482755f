package org.treatyflow.model.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Violation;
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

  @Property(tries = 200)
  void removingOneItemOfArticle29Paragraph2YieldsExactlyItsViolation(
      @ForAll("requests") PreservationRequest request, @ForAll("omittable") String code) {
    assertThat(without(request, code).completenessViolations())
        .extracting(Violation::code)
        .containsExactly(code);
  }

  @Property(tries = 200)
  void removingTheProviderYieldsExactlyItsViolation(
      @ForAll("disclosures") PreservedTrafficDisclosure disclosure) {
    PreservedTrafficDisclosure withoutProvider =
        PreservedTrafficDisclosure.builder()
            .preservationRequestId(disclosure.preservationRequestId())
            .disclosingParty(disclosure.disclosingParty())
            .receivingParty(disclosure.receivingParty())
            .disclosingAuthority(disclosure.disclosingAuthority())
            .disclosedOn(disclosure.disclosedOn())
            .addAllTrafficData(disclosure.trafficData())
            .path(disclosure.path())
            .build();
    assertThat(withoutProvider.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("BC_30_1_PROVIDER_IDENTIFIED");
  }

  @Property(tries = 200)
  void removingTheTrafficDataYieldsExactlyItsViolation(
      @ForAll("disclosures") PreservedTrafficDisclosure disclosure) {
    PreservedTrafficDisclosure withoutData =
        PreservedTrafficDisclosure.builder()
            .preservationRequestId(disclosure.preservationRequestId())
            .disclosingParty(disclosure.disclosingParty())
            .receivingParty(disclosure.receivingParty())
            .disclosingAuthority(disclosure.disclosingAuthority())
            .identifiedProvider(disclosure.identifiedProvider())
            .build();
    assertThat(withoutData.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("BC_30_1_TRAFFIC_DATA");
  }

  /** {@code request} rebuilt without the item the rule {@code code} requires. */
  private static PreservationRequest without(PreservationRequest request, String code) {
    PreservationRequest.Builder b =
        PreservationRequest.builder()
            .header(request.header())
            .preservationDaysRequested(request.preservationDaysRequested());
    if (!code.equals("BC_29_2_B_OFFENCE")) {
      b.addAllOffences(request.offences());
    }
    if (!code.equals("BC_29_2_B_FACTS")) {
      b.facts(request.facts());
    }
    if (code.equals("BC_29_2_C_RELATION_TO_OFFENCE")) {
      for (DataItem item : request.dataToPreserve()) {
        b.addDataToPreserve(
            DataItem.builder()
                .category(item.category())
                .description(item.description())
                .selector(item.selector())
                .periodStart(item.periodStart())
                .periodEnd(item.periodEnd())
                .build());
      }
    } else if (!code.equals("BC_29_2_C_DATA_TO_PRESERVE")) {
      b.addAllDataToPreserve(request.dataToPreserve());
    }
    if (!code.equals("BC_29_2_D_CUSTODIAN_OR_LOCATION")) {
      b.custodianOrLocation(request.custodianOrLocation());
    }
    if (!code.equals("BC_29_2_E_NECESSITY")) {
      b.necessity(request.necessity());
    }
    if (!code.equals("BC_29_2_F_FOLLOW_UP_INTENT")) {
      b.intendsMutualAssistanceFollowUp(request.intendsMutualAssistanceFollowUp());
    }
    return b.build();
  }

  @Provide
  Arbitrary<CooperationAct> acts() {
    return PreservationArbitraries.acts();
  }

  @Provide
  Arbitrary<PreservationRequest> requests() {
    return PreservationArbitraries.preservationRequests();
  }

  @Provide
  Arbitrary<PreservedTrafficDisclosure> disclosures() {
    return PreservationArbitraries.preservedTrafficDisclosures();
  }

  @Provide
  Arbitrary<String> omittable() {
    return net.jqwik.api.Arbitraries.of(
        Set.of(
            "BC_29_2_B_OFFENCE",
            "BC_29_2_B_FACTS",
            "BC_29_2_C_DATA_TO_PRESERVE",
            "BC_29_2_C_RELATION_TO_OFFENCE",
            "BC_29_2_D_CUSTODIAN_OR_LOCATION",
            "BC_29_2_E_NECESSITY",
            "BC_29_2_F_FOLLOW_UP_INTENT"));
  }
}
