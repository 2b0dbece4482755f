package org.treatyflow.model.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.common.WarsawSection;
import org.treatyflow.testkit.CommonArbitraries;

class RefusalGroundsProperties {

  @Property(tries = 500)
  void availableGroundsAlwaysApplyToTheFamily(
      @ForAll RequestFamily family,
      @ForAll boolean coercive,
      @ForAll("offences") Offence offence,
      @ForAll boolean reservation) {
    for (GroundForRefusal ground : RefusalGrounds.available(family, coercive, offence, reservation)) {
      assertThat(ground.families()).as("%s against %s", ground, family).contains(family);
    }
  }

  @Property(tries = 300)
  void preservationAndTrafficDisclosureKeepTheirClosedLists(
      @ForAll boolean coercive, @ForAll("offences") Offence offence, @ForAll boolean reservation) {
    assertThat(
            RefusalGrounds.available(
                RequestFamily.EXPEDITED_PRESERVATION, coercive, offence, reservation))
        .isSubsetOf(
            GroundForRefusal.BC_POLITICAL_OFFENCE,
            GroundForRefusal.BC_ESSENTIAL_INTERESTS,
            GroundForRefusal.BC_DUAL_CRIMINALITY)
        .contains(GroundForRefusal.BC_POLITICAL_OFFENCE, GroundForRefusal.BC_ESSENTIAL_INTERESTS);
    assertThat(
            RefusalGrounds.available(
                RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE, coercive, offence, reservation))
        .containsExactlyInAnyOrder(
            GroundForRefusal.BC_POLITICAL_OFFENCE, GroundForRefusal.BC_ESSENTIAL_INTERESTS);
  }

  @Property(tries = 300)
  void dualCriminalityAgainstPreservationExactlyWithReservationAndNonBudapestOffence(
      @ForAll boolean coercive, @ForAll("offences") Offence offence, @ForAll boolean reservation) {
    boolean expected = reservation && !offence.isBudapestOffence();
    assertThat(
            RefusalGrounds.available(
                    RequestFamily.EXPEDITED_PRESERVATION, coercive, offence, reservation)
                .contains(GroundForRefusal.BC_DUAL_CRIMINALITY))
        .isEqualTo(expected);
  }

  @Property(tries = 300)
  void politicalAndFiscalWarsawGroundsNeverForFinancingOfTerrorism(
      @ForAll RequestFamily family,
      @ForAll boolean coercive,
      @ForAll("offences") Offence offence,
      @ForAll boolean reservation) {
    Set<GroundForRefusal> available = RefusalGrounds.available(family, coercive, offence, reservation);
    if (offence.financingOfTerrorism()) {
      assertThat(available)
          .doesNotContain(GroundForRefusal.WC_POLITICAL_OFFENCE, GroundForRefusal.WC_FISCAL_OFFENCE);
    }
  }

  @Property(tries = 300)
  void fiscalGroundAvailabilityDoesNotDependOnTheOffence(
      @ForAll RequestFamily family,
      @ForAll boolean coercive,
      @ForAll("offences") Offence offence,
      @ForAll boolean reservation) {
    // BC 25(4) forbids fiscal only as the SOLE ground for BC 2-11 offences: it stays available.
    assertThat(
            RefusalGrounds.available(family, coercive, offence, reservation)
                .contains(GroundForRefusal.BC_FISCAL_OFFENCE))
        .isEqualTo(GroundForRefusal.BC_FISCAL_OFFENCE.families().contains(family));
  }

  @Property(tries = 300)
  void checkAcceptsEveryAvailableSetOfGrounds(
      @ForAll RequestFamily family,
      @ForAll boolean coercive,
      @ForAll("offences") Offence offence,
      @ForAll boolean reservation) {
    Set<GroundForRefusal> available = RefusalGrounds.available(family, coercive, offence, reservation);
    assertThat(RefusalGrounds.check(family, coercive, offence, reservation, available)).isEmpty();
  }

  @Property(tries = 300)
  void checkReportsExactlyTheUnavailableGrounds(
      @ForAll RequestFamily family,
      @ForAll boolean coercive,
      @ForAll("offences") Offence offence,
      @ForAll boolean reservation,
      @ForAll("groundSets") Set<GroundForRefusal> invoked) {
    Set<GroundForRefusal> available = RefusalGrounds.available(family, coercive, offence, reservation);
    List<String> expected =
        invoked.stream()
            .filter(g -> !available.contains(g))
            .map(g -> "GROUND_NOT_AVAILABLE_" + g.code())
            .collect(Collectors.toList());
    if (invoked.equals(EnumSet.of(GroundForRefusal.BC_FISCAL_OFFENCE))
        && available.contains(GroundForRefusal.BC_FISCAL_OFFENCE)
        && offence.isBudapestOffence()) {
      expected.add("INADMISSIBLE_FISCAL_ONLY_FOR_BUDAPEST_OFFENCE");
    }
    List<Violation> violations = RefusalGrounds.check(family, coercive, offence, reservation, invoked);
    assertThat(violations).extracting(Violation::code).containsExactlyElementsOf(expected);
    for (Violation v : violations) {
      assertThat(v.code()).matches(Violation.CODE);
    }
  }

  @Property(tries = 300)
  void nonCoerciveSectionTwoRequestsAreNeverRefusedForDualCriminality(
      @ForAll RequestFamily family, @ForAll("offences") Offence offence, @ForAll boolean reservation) {
    if (family.warsawSection().equals(Optional.of(WarsawSection.INVESTIGATIVE_ASSISTANCE))) {
      assertThat(RefusalGrounds.available(family, false, offence, reservation))
          .doesNotContain(
              GroundForRefusal.WC_DUAL_CRIMINALITY,
              GroundForRefusal.WC_NOT_AVAILABLE_DOMESTICALLY,
              GroundForRefusal.WC_NOT_PERMITTED_OR_NOT_JUDICIALLY_AUTHORISED);
    }
  }

  @Property(tries = 300)
  void confiscationGroundsOnlyForConfiscation(
      @ForAll RequestFamily family,
      @ForAll boolean coercive,
      @ForAll("offences") Offence offence,
      @ForAll boolean reservation) {
    Set<GroundForRefusal> confiscationOnly =
        EnumSet.range(GroundForRefusal.WC_CONFISCATION_NOT_PROVIDED, GroundForRefusal.WC_IN_ABSENTIA);
    Set<GroundForRefusal> available = RefusalGrounds.available(family, coercive, offence, reservation);
    if (family == RequestFamily.CONFISCATION) {
      assertThat(available).containsAll(confiscationOnly);
    } else {
      assertThat(available).doesNotContainAnyElementsOf(confiscationOnly);
    }
  }

  @Property(tries = 300)
  void moreFacilitiesNeverRemoveAGround(
      @ForAll RequestFamily family, @ForAll("offences") Offence offence) {
    // Coercion and the reservation only ever open grounds, never close them.
    assertThat(RefusalGrounds.available(family, true, offence, true))
        .containsAll(RefusalGrounds.available(family, false, offence, false));
  }

  @Provide
  Arbitrary<Offence> offences() {
    return CommonArbitraries.offences();
  }

  @Provide
  Arbitrary<Set<GroundForRefusal>> groundSets() {
    return Arbitraries.oneOf(
        Arbitraries.subsetOf(GroundForRefusal.values()).ofMaxSize(4),
        Arbitraries.just(EnumSet.of(GroundForRefusal.BC_FISCAL_OFFENCE)));
  }
}
