package org.treatyflow.model.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.refusal.GroundForRefusal.BC_DUAL_CRIMINALITY;
import static org.treatyflow.model.refusal.GroundForRefusal.BC_ESSENTIAL_INTERESTS;
import static org.treatyflow.model.refusal.GroundForRefusal.BC_FISCAL_OFFENCE;
import static org.treatyflow.model.refusal.GroundForRefusal.BC_POLITICAL_OFFENCE;
import static org.treatyflow.model.refusal.GroundForRefusal.BC_TREATY_OR_DOMESTIC_GROUND;
import static org.treatyflow.model.refusal.GroundForRefusal.WC_DUAL_CRIMINALITY;
import static org.treatyflow.model.refusal.GroundForRefusal.WC_FISCAL_OFFENCE;
import static org.treatyflow.model.refusal.GroundForRefusal.WC_POLITICAL_OFFENCE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.LaunderingOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/** Examples of {@link RefusalGrounds#check}, {@link RefusalGrounds#checkReasons} and per-family verification. */
class RefusalCheckTest {

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

  private static List<String> codes(List<Violation> violations) {
    return violations.stream().map(Violation::code).toList();
  }

  // B3 against preservation: only with the BC 29(4) reservation, never for BC 2-11 offences.

  @Test
  void dualCriminalityAgainstPreservationAllowedWithReservationForNonBudapestOffence() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.EXPEDITED_PRESERVATION,
                false,
                laundering(),
                true,
                List.of(BC_DUAL_CRIMINALITY)))
        .isEmpty();
  }

  @Test
  void dualCriminalityAgainstPreservationRefusedWithoutReservation() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.EXPEDITED_PRESERVATION,
                false,
                laundering(),
                false,
                List.of(BC_DUAL_CRIMINALITY)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("GROUND_NOT_AVAILABLE_B3");
              assertThat(v.citation()).isEqualTo(BUDAPEST.cite(29, 4));
              assertThat(v.field()).isEqualTo("grounds");
              assertThat(v.message().english()).contains("reservation");
              assertThat(v.verification()).isEqualTo(Verification.CONFIRMED);
            });
  }

  @Test
  void dualCriminalityAgainstPreservationRefusedForBudapestOffenceEvenWithReservation() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.EXPEDITED_PRESERVATION,
                false,
                computerFraud(),
                true,
                List.of(BC_DUAL_CRIMINALITY)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("GROUND_NOT_AVAILABLE_B3");
              assertThat(v.message().english()).contains("Articles 2 to 11");
            });
    assertThat(
            codes(
                RefusalGrounds.check(
                    RequestFamily.EXPEDITED_PRESERVATION,
                    false,
                    computerFraud(),
                    false,
                    List.of(BC_DUAL_CRIMINALITY, BC_ESSENTIAL_INTERESTS))))
        .containsExactly("GROUND_NOT_AVAILABLE_B3");
  }

  @Test
  void dualCriminalityAgainstMutualAssistanceDoesNotNeedTheReservation() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.MUTUAL_ASSISTANCE,
                false,
                computerFraud(),
                false,
                List.of(BC_DUAL_CRIMINALITY)))
        .isEmpty();
  }

  // W4 and W5: never for financing of terrorism.

  @Test
  void politicalAndFiscalWarsawGroundsRefusedForFinancingOfTerrorism() {
    List<Violation> violations =
        RefusalGrounds.check(
            RequestFamily.PROVISIONAL_MEASURES,
            true,
            financingOfTerrorism(),
            false,
            List.of(WC_POLITICAL_OFFENCE, WC_FISCAL_OFFENCE));
    assertThat(codes(violations)).containsExactly("GROUND_NOT_AVAILABLE_W4", "GROUND_NOT_AVAILABLE_W5");
    assertThat(violations)
        .extracting(Violation::citation)
        .containsExactly(WARSAW.cite(28, 1, "e"), WARSAW.cite(28, 1, "d"));
    assertThat(violations.get(0).message().english()).contains("financing of terrorism");
  }

  @Test
  void politicalAndFiscalWarsawGroundsAllowedForOtherOffences() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.PROVISIONAL_MEASURES,
                true,
                laundering(),
                false,
                List.of(WC_POLITICAL_OFFENCE, WC_FISCAL_OFFENCE)))
        .isEmpty();
  }

  // W7: Section 2 only where coercive action is involved.

  @Test
  void warsawDualCriminalityAllowedForCoerciveSectionTwoRequest() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.BANK_ACCOUNT_INFORMATION,
                true,
                laundering(),
                false,
                List.of(WC_DUAL_CRIMINALITY)))
        .isEmpty();
  }

  @Test
  void warsawDualCriminalityRefusedForNonCoerciveSectionTwoRequest() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.BANK_ACCOUNT_INFORMATION,
                false,
                laundering(),
                false,
                List.of(WC_DUAL_CRIMINALITY)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("GROUND_NOT_AVAILABLE_W7");
              assertThat(v.citation()).isEqualTo(WARSAW.cite(28, 1, "g"));
              assertThat(v.message().english()).contains("coercive");
            });
  }

  // W10-W15: confiscation only.

  @Test
  void confiscationGroundsAllowedAgainstConfiscation() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.CONFISCATION, true, laundering(), false, CONFISCATION_ONLY))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = RequestFamily.class,
      names = {"PROVISIONAL_MEASURES", "DISPOSAL", "BANK_ACCOUNT_INFORMATION", "MUTUAL_ASSISTANCE"})
  void confiscationGroundsRefusedAgainstOtherFamilies(RequestFamily family) {
    assertThat(codes(RefusalGrounds.check(family, true, laundering(), false, CONFISCATION_ONLY)))
        .containsExactly(
            "GROUND_NOT_AVAILABLE_W10",
            "GROUND_NOT_AVAILABLE_W11",
            "GROUND_NOT_AVAILABLE_W12",
            "GROUND_NOT_AVAILABLE_W13",
            "GROUND_NOT_AVAILABLE_W14",
            "GROUND_NOT_AVAILABLE_W15");
  }

  // B4: never the sole ground for BC 2-11 offences (BC 25(4)).

  @Test
  void fiscalAsSoleGroundForBudapestOffenceIsRefused() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.MUTUAL_ASSISTANCE,
                false,
                computerFraud(),
                false,
                List.of(BC_FISCAL_OFFENCE, BC_FISCAL_OFFENCE)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("INADMISSIBLE_FISCAL_ONLY_FOR_BUDAPEST_OFFENCE");
              assertThat(v.citation()).isEqualTo(BUDAPEST.cite(25, 4));
              assertThat(v.field()).isEqualTo("grounds");
              assertThat(v.message())
                  .isEqualTo(InadmissibleReason.FISCAL_ONLY_FOR_BUDAPEST_OFFENCE.explanation());
            });
  }

  @Test
  void fiscalWithAnotherGroundOrForOtherOffencesIsAllowed() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.MUTUAL_ASSISTANCE,
                false,
                computerFraud(),
                false,
                List.of(BC_FISCAL_OFFENCE, BC_ESSENTIAL_INTERESTS)))
        .isEmpty();
    assertThat(
            RefusalGrounds.check(
                RequestFamily.MUTUAL_ASSISTANCE,
                false,
                laundering(),
                false,
                List.of(BC_FISCAL_OFFENCE)))
        .isEmpty();
  }

  @Test
  void fiscalAgainstPreservationIsReportedOnceAsUnavailable() {
    assertThat(
            codes(
                RefusalGrounds.check(
                    RequestFamily.EXPEDITED_PRESERVATION,
                    false,
                    computerFraud(),
                    true,
                    List.of(BC_FISCAL_OFFENCE))))
        .containsExactly("GROUND_NOT_AVAILABLE_B4");
  }

  // Reasons that are not grounds (WC 28(7)-(8)).

  @Test
  void bankSecrecyGivenAsReasonIsRejected() {
    assertThat(
            RefusalGrounds.checkReasons(
                RequestFamily.BANK_ACCOUNT_INFORMATION, List.of(InadmissibleReason.BANK_SECRECY)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo("INADMISSIBLE_BANK_SECRECY");
              assertThat(v.citation()).isEqualTo(WARSAW.cite(28, 7));
              assertThat(v.field()).isEqualTo("reasons");
              assertThat(v.message()).isEqualTo(InadmissibleReason.BANK_SECRECY.explanation());
            });
    assertThat(RefusalGrounds.checkReasons(RequestFamily.BANK_ACCOUNT_INFORMATION, List.of()))
        .isEmpty();
  }

  @Test
  void warsawNonObstaclesGivenAsReasonsAreRejectedForWarsawFamiliesOnly() {
    List<InadmissibleReason> nonObstacles =
        List.of(
            InadmissibleReason.LEGAL_PERSON,
            InadmissibleReason.DEATH_OR_DISSOLUTION,
            InadmissibleReason.SELF_LAUNDERING);
    List<Violation> violations = RefusalGrounds.checkReasons(RequestFamily.CONFISCATION, nonObstacles);
    assertThat(codes(violations))
        .containsExactly(
            "INADMISSIBLE_LEGAL_PERSON",
            "INADMISSIBLE_DEATH_OR_DISSOLUTION",
            "INADMISSIBLE_SELF_LAUNDERING");
    assertThat(violations)
        .extracting(Violation::citation)
        .containsExactly(WARSAW.cite(28, 8, "a"), WARSAW.cite(28, 8, "b"), WARSAW.cite(28, 8, "c"));
    // WC 28(7)-(8) do not govern Budapest mutual assistance or FIU cooperation.
    assertThat(
            RefusalGrounds.checkReasons(
                RequestFamily.MUTUAL_ASSISTANCE, List.of(InadmissibleReason.BANK_SECRECY)))
        .isEmpty();
    assertThat(RefusalGrounds.checkReasons(RequestFamily.FIU_INFORMATION_EXCHANGE, nonObstacles))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = InadmissibleReason.class,
      names = {"LEGAL_PERSON", "DEATH_OR_DISSOLUTION", "SELF_LAUNDERING"})
  void nonObstaclesAreWithoutPrejudiceToFundamentalPrinciples(InadmissibleReason reason) {
    assertThat(reason.explanation().english()).startsWith("Without prejudice to WC 28(1)(a), ");
    assertThat(reason.explanation().french())
        .startsWith("Sans préjudice de l'article 28(1)(a) de la Convention de Varsovie, ");
  }

  // Emergency mutual assistance (2AP 10) and applications by reference.

  @Test
  void emergencyMutualAssistanceKnowsTheBudapestAndTreatyGrounds() {
    assertThat(
            RefusalGrounds.available(
                RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE, false, computerFraud(), false))
        .containsExactlyInAnyOrder(
            BC_POLITICAL_OFFENCE, BC_ESSENTIAL_INTERESTS, BC_TREATY_OR_DOMESTIC_GROUND);
    for (GroundForRefusal ground :
        List.of(BC_POLITICAL_OFFENCE, BC_ESSENTIAL_INTERESTS, BC_TREATY_OR_DOMESTIC_GROUND)) {
      assertThat(ground.citations()).contains(SECOND_PROTOCOL.cite(10));
      assertThat(ground.verification()).isEqualTo(Verification.CONFIRMED);
      assertThat(ground.verificationFor(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE))
          .isEqualTo(Verification.UNVERIFIED);
      assertThat(ground.verificationFor(RequestFamily.MUTUAL_ASSISTANCE))
          .isEqualTo(Verification.CONFIRMED);
    }
    assertThat(
            codes(
                RefusalGrounds.check(
                    RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE,
                    false,
                    computerFraud(),
                    false,
                    List.of(BC_FISCAL_OFFENCE, BC_DUAL_CRIMINALITY))))
        .containsExactly("GROUND_NOT_AVAILABLE_B4", "GROUND_NOT_AVAILABLE_B3");
  }

  @Test
  void budapestGroundsAgainstProtocolOrdersAreUnverifiedApplications() {
    for (RequestFamily family :
        List.of(RequestFamily.FOREIGN_PRODUCTION_ORDER, RequestFamily.SUBSCRIBER_INFORMATION_ORDER)) {
      assertThat(BC_POLITICAL_OFFENCE.verificationFor(family)).isEqualTo(Verification.UNVERIFIED);
      assertThat(BC_ESSENTIAL_INTERESTS.verificationFor(family)).isEqualTo(Verification.UNVERIFIED);
    }
    assertThat(BC_POLITICAL_OFFENCE.verificationFor(RequestFamily.EXPEDITED_PRESERVATION))
        .isEqualTo(Verification.CONFIRMED);
    assertThat(GroundForRefusal.AP_MLA_GROUNDS_WOULD_APPLY.verificationFor(RequestFamily.FOREIGN_PRODUCTION_ORDER))
        .isEqualTo(Verification.UNVERIFIED);
    assertThat(GroundForRefusal.WC_FUNDAMENTAL_PRINCIPLES.verificationFor(RequestFamily.CONFISCATION))
        .isEqualTo(Verification.CONFIRMED);
  }

  @Test
  void checkReportsTheVerificationOfTheGroundForTheFamily() {
    assertThat(
            RefusalGrounds.check(
                RequestFamily.DOMAIN_REGISTRATION_INFORMATION,
                false,
                laundering(),
                false,
                List.of(BC_POLITICAL_OFFENCE)))
        .singleElement()
        .satisfies(v -> assertThat(v.verification()).isEqualTo(Verification.UNVERIFIED));
    assertThat(
            RefusalGrounds.check(
                RequestFamily.FIU_POSTPONEMENT,
                false,
                laundering(),
                false,
                List.of(BC_POLITICAL_OFFENCE)))
        .singleElement()
        .satisfies(v -> assertThat(v.verification()).isEqualTo(Verification.CONFIRMED));
  }

  @Test
  void postponementOnOwnProceedingsCoversEmergencyMutualAssistanceUnverified() {
    GroundForPostponement p1 = GroundForPostponement.BC_OWN_PROCEEDINGS;
    assertThat(p1.families()).contains(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE);
    assertThat(p1.citations()).contains(SECOND_PROTOCOL.cite(10));
    assertThat(p1.verificationFor(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE))
        .isEqualTo(Verification.UNVERIFIED);
    assertThat(p1.verificationFor(RequestFamily.FOREIGN_PRODUCTION_ORDER))
        .isEqualTo(Verification.UNVERIFIED);
    assertThat(p1.verificationFor(RequestFamily.MUTUAL_ASSISTANCE))
        .isEqualTo(Verification.CONFIRMED);
    assertThat(GroundForPostponement.WC_OWN_PROCEEDINGS.families())
        .doesNotContain(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE);
  }

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void availableIsExactlyWhatCheckAcceptsGroundByGround(RequestFamily family) {
    for (Offence offence : List.of(laundering(), computerFraud(), financingOfTerrorism())) {
      for (boolean flag : new boolean[] {true, false}) {
        Set<GroundForRefusal> available = RefusalGrounds.available(family, flag, offence, flag);
        for (GroundForRefusal ground : GroundForRefusal.values()) {
          boolean reported =
              codes(RefusalGrounds.check(family, flag, offence, flag, List.of(ground)))
                  .contains("GROUND_NOT_AVAILABLE_" + ground.code());
          assertThat(reported).as("%s against %s", ground, family).isEqualTo(!available.contains(ground));
        }
      }
    }
  }
}
