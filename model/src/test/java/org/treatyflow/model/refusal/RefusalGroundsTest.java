package org.treatyflow.model.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.refusal.GroundForRefusal.BC_DUAL_CRIMINALITY;
import static org.treatyflow.model.refusal.GroundForRefusal.BC_ESSENTIAL_INTERESTS;
import static org.treatyflow.model.refusal.GroundForRefusal.BC_FISCAL_OFFENCE;
import static org.treatyflow.model.refusal.GroundForRefusal.BC_POLITICAL_OFFENCE;
import static org.treatyflow.model.refusal.GroundForRefusal.WC_DUAL_CRIMINALITY;
import static org.treatyflow.model.refusal.GroundForRefusal.WC_FISCAL_OFFENCE;
import static org.treatyflow.model.refusal.GroundForRefusal.WC_NOT_AVAILABLE_DOMESTICALLY;
import static org.treatyflow.model.refusal.GroundForRefusal.WC_NOT_PERMITTED_OR_NOT_JUDICIALLY_AUTHORISED;
import static org.treatyflow.model.refusal.GroundForRefusal.WC_POLITICAL_OFFENCE;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;

class RefusalGroundsTest {

  private static final Set<GroundForRefusal> CONFISCATION_ONLY =
      EnumSet.range(GroundForRefusal.WC_CONFISCATION_NOT_PROVIDED, GroundForRefusal.WC_IN_ABSENTIA);

  private static Offence laundering() {
    return Offence.builder()
        .domesticDescription("Money laundering")
        .addLaunderingOffences(LaunderingOffence.CONVERSION_OR_TRANSFER)
        .build();
  }

  private static Offence computerFraud() {
    return Offence.builder()
        .domesticDescription("Computer fraud")
        .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
        .build();
  }

  private static Offence financingOfTerrorism() {
    return Offence.builder()
        .domesticDescription("Financing of terrorism")
        .financingOfTerrorism(true)
        .build();
  }

  @Test
  void preservationWithReservationAndLaunderingOnlyAllowsDualCriminality() {
    assertThat(
            RefusalGrounds.available(RequestFamily.EXPEDITED_PRESERVATION, false, laundering(), true))
        .containsExactlyInAnyOrder(BC_POLITICAL_OFFENCE, BC_ESSENTIAL_INTERESTS, BC_DUAL_CRIMINALITY);
  }

  @Test
  void preservationWithReservationForBudapestOffenceExcludesDualCriminality() {
    assertThat(
            RefusalGrounds.available(
                RequestFamily.EXPEDITED_PRESERVATION, false, computerFraud(), true))
        .containsExactlyInAnyOrder(BC_POLITICAL_OFFENCE, BC_ESSENTIAL_INTERESTS);
  }

  @Test
  void preservationWithoutReservationNeverAllowsDualCriminality() {
    assertThat(
            RefusalGrounds.available(
                RequestFamily.EXPEDITED_PRESERVATION, false, laundering(), false))
        .containsExactlyInAnyOrder(BC_POLITICAL_OFFENCE, BC_ESSENTIAL_INTERESTS);
  }

  @Test
  void preservedTrafficDisclosureAllowsOnlyPoliticalOffenceAndEssentialInterests() {
    for (boolean reservation : new boolean[] {true, false}) {
      assertThat(
              RefusalGrounds.available(
                  RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE, false, laundering(), reservation))
          .containsExactlyInAnyOrder(BC_POLITICAL_OFFENCE, BC_ESSENTIAL_INTERESTS);
    }
  }

  @Test
  void mutualAssistanceAllowsDualCriminalityWithoutReservation() {
    assertThat(
            RefusalGrounds.available(RequestFamily.STORED_DATA_ACCESS, true, computerFraud(), false))
        .contains(BC_DUAL_CRIMINALITY, GroundForRefusal.BC_TREATY_OR_DOMESTIC_GROUND);
  }

  @Test
  void fiscalGroundStaysAvailableForBudapestOffences() {
    assertThat(RefusalGrounds.available(RequestFamily.MUTUAL_ASSISTANCE, true, computerFraud(), false))
        .contains(BC_FISCAL_OFFENCE);
    assertThat(RefusalGrounds.available(RequestFamily.MUTUAL_ASSISTANCE, true, laundering(), false))
        .contains(BC_FISCAL_OFFENCE);
    assertThat(BC_FISCAL_OFFENCE.notSoleGroundForBudapestOffences()).isTrue();
    assertThat(GroundForRefusal.BC_ESSENTIAL_INTERESTS.notSoleGroundForBudapestOffences()).isFalse();
  }

  @Test
  void politicalAndFiscalGroundsAreUnavailableForFinancingOfTerrorism() {
    assertThat(
            RefusalGrounds.available(RequestFamily.CONFISCATION, true, financingOfTerrorism(), false))
        .doesNotContain(WC_POLITICAL_OFFENCE, WC_FISCAL_OFFENCE)
        .contains(GroundForRefusal.WC_FUNDAMENTAL_PRINCIPLES);
    assertThat(RefusalGrounds.available(RequestFamily.CONFISCATION, true, laundering(), false))
        .contains(WC_POLITICAL_OFFENCE, WC_FISCAL_OFFENCE);
  }

  @Test
  void dualCriminalityForSectionTwoOnlyWhereCoercive() {
    assertThat(
            RefusalGrounds.available(RequestFamily.BANK_ACCOUNT_INFORMATION, false, laundering(), false))
        .doesNotContain(
            WC_DUAL_CRIMINALITY,
            WC_NOT_AVAILABLE_DOMESTICALLY,
            WC_NOT_PERMITTED_OR_NOT_JUDICIALLY_AUTHORISED)
        .contains(GroundForRefusal.WC_PROPORTIONALITY);
    assertThat(
            RefusalGrounds.available(RequestFamily.BANK_ACCOUNT_INFORMATION, true, laundering(), false))
        .contains(
            WC_DUAL_CRIMINALITY,
            WC_NOT_AVAILABLE_DOMESTICALLY,
            WC_NOT_PERMITTED_OR_NOT_JUDICIALLY_AUTHORISED);
  }

  @Test
  void provisionalMeasuresAreCoerciveByNature() {
    assertThat(
            RefusalGrounds.available(RequestFamily.PROVISIONAL_MEASURES, false, laundering(), false))
        .contains(WC_DUAL_CRIMINALITY, WC_NOT_AVAILABLE_DOMESTICALLY);
  }

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void confiscationGroundsOnlyForConfiscation(RequestFamily family) {
    Set<GroundForRefusal> available = RefusalGrounds.available(family, true, laundering(), false);
    if (family == RequestFamily.CONFISCATION) {
      assertThat(available).containsAll(CONFISCATION_ONLY);
    } else {
      assertThat(available).doesNotContainAnyElementsOf(CONFISCATION_ONLY);
    }
  }

  @Test
  void fiuFamiliesHaveOnlyTheirOwnGrounds() {
    assertThat(RefusalGrounds.available(RequestFamily.FIU_INFORMATION_EXCHANGE, false, laundering(), false))
        .containsExactly(GroundForRefusal.FIU_REFUSAL_TO_DIVULGE);
    assertThat(RefusalGrounds.available(RequestFamily.FIU_POSTPONEMENT, false, laundering(), false))
        .containsExactly(GroundForRefusal.FIU_POSTPONEMENT_CONDITIONS_NOT_MET);
  }

  @Test
  void directOrdersKnowOnlyBlockGrounds() {
    assertThat(
            RefusalGrounds.available(
                RequestFamily.SUBSCRIBER_INFORMATION_ORDER, false, laundering(), false))
        .containsExactlyInAnyOrder(
            BC_POLITICAL_OFFENCE,
            BC_ESSENTIAL_INTERESTS,
            GroundForRefusal.AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS,
            GroundForRefusal.AP_MLA_GROUNDS_WOULD_APPLY);
    assertThat(RefusalGrounds.isBlockInstruction(RequestFamily.SUBSCRIBER_INFORMATION_ORDER)).isTrue();
    assertThat(RefusalGrounds.isBlockInstruction(RequestFamily.FOREIGN_PRODUCTION_ORDER)).isFalse();
    assertThat(GroundForRefusal.AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS.blockInstructionOnly())
        .isTrue();
    assertThat(GroundForRefusal.AP_MLA_GROUNDS_WOULD_APPLY.blockInstructionOnly()).isFalse();
  }

  @Test
  void familiesWithoutRefusalGroundsGetNone() {
    assertThat(RefusalGrounds.available(RequestFamily.TRANS_BORDER_ACCESS, true, laundering(), true))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(GroundForRefusal.class)
  void everyGroundHasCitationFamilyTitleAndIsOptional(GroundForRefusal ground) {
    assertThat(ground.citations()).isNotEmpty();
    assertThat(ground.families()).isNotEmpty();
    assertThat(ground.discretion()).isEqualTo(Discretion.OPTIONAL);
    assertThat(ground.code()).matches("[BWTF][0-9]{1,2}");
    assertThat(ground.title().english()).isNotBlank();
  }

  @Test
  void groundsCiteTheTableArticles() {
    assertThat(BC_POLITICAL_OFFENCE.citations())
        .containsExactly(
            BUDAPEST.cite(29, 5, "a"),
            BUDAPEST.cite(30, 2, "a"),
            BUDAPEST.cite(27, 4, "a"),
            SECOND_PROTOCOL.cite(10));
    assertThat(BC_DUAL_CRIMINALITY.requiresReservation()).contains(ReservationRequirement.BC_29_4);
    assertThat(ReservationRequirement.BC_29_4.citation()).isEqualTo(BUDAPEST.cite(29, 4));
    assertThat(WC_POLITICAL_OFFENCE.citations()).containsExactly(WARSAW.cite(28, 1, "e"));
    assertThat(WC_FISCAL_OFFENCE.citations()).containsExactly(WARSAW.cite(28, 1, "d"));
    assertThat(GroundForRefusal.AP_MLA_GROUNDS_WOULD_APPLY.verification())
        .isEqualTo(Verification.UNVERIFIED);
    assertThat(GroundForRefusal.WC_IN_ABSENTIA.verification()).isEqualTo(Verification.CONFIRMED);
  }

  @Test
  void groundCodesAreUnique() {
    assertThat(EnumSet.allOf(GroundForRefusal.class).stream().map(GroundForRefusal::code))
        .doesNotHaveDuplicates()
        .hasSize(25);
  }

  @Test
  void inadmissibleReasonsCiteTheirProvisions() {
    assertThat(InadmissibleReason.BANK_SECRECY.citation()).isEqualTo(WARSAW.cite(28, 7));
    assertThat(InadmissibleReason.SELF_LAUNDERING.citation()).isEqualTo(WARSAW.cite(28, 8, "c"));
    assertThat(InadmissibleReason.FISCAL_ONLY_FOR_BUDAPEST_OFFENCE.citation())
        .isEqualTo(BUDAPEST.cite(25, 4));
    for (InadmissibleReason reason : InadmissibleReason.values()) {
      assertThat(reason.explanation().french()).isNotBlank();
    }
  }

  @Test
  void postponementGroundsCiteTheirArticles() {
    assertThat(GroundForPostponement.BC_OWN_PROCEEDINGS.citations())
        .containsExactly(BUDAPEST.cite(27, 5), SECOND_PROTOCOL.cite(8, 8), SECOND_PROTOCOL.cite(10));
    assertThat(GroundForPostponement.BC_OWN_PROCEEDINGS.verification())
        .isEqualTo(Verification.UNVERIFIED);
    assertThat(GroundForPostponement.WC_OWN_PROCEEDINGS.citations())
        .containsExactly(WARSAW.cite(29));
    assertThat(GroundForPostponement.WC_OWN_PROCEEDINGS.families())
        .contains(RequestFamily.CONFISCATION)
        .doesNotContain(RequestFamily.FIU_POSTPONEMENT);
    assertThat(PreservationWarningReason.WOULD_NOT_ENSURE_AVAILABILITY.citation())
        .isEqualTo(BUDAPEST.cite(29, 6));
  }
}
