package org.treatyflow.model.assistance;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.assistance.Fixtures.AUSTRIA;
import static org.treatyflow.model.assistance.Fixtures.ROMANIA;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;

class JointInvestigationTeamAgreementTest {
  private static final LocalDate START = LocalDate.of(2026, 1, 15);

  /** A complete agreement between Austria and Romania, except for the item named by {@code omit}. */
  private static JointInvestigationTeamAgreement agreement(String omit) {
    JointInvestigationTeamAgreement.Builder b =
        JointInvestigationTeamAgreement.builder()
            .reference(RequestId.of("JIT-AT-RO-2026-01"))
            .addParties(AUSTRIA)
            .addCompetentAuthorities(Authority.of(AUSTRIA, AuthorityRole.PROSECUTOR, "Public Prosecutor's Office Vienna"))
            .startDate(START);
    if (!omit.equals("parties")) {
      b.addParties(ROMANIA);
      if (!omit.equals("authorities")) {
        b.addCompetentAuthorities(Authority.of(ROMANIA, AuthorityRole.PROSECUTOR, "DIICOT"));
      }
    }
    if (!omit.equals("purpose")) {
      b.purpose("Investigate the online shop fraud of " + Fixtures.SECRET);
    }
    if (!omit.equals("duration")) {
      b.endDate(START.plusMonths(12));
    }
    if (!omit.equals("useOfInformation")) {
      b.informationUseTerms("Only for the investigations named in the agreement, otherwise with consent of the supplying Party");
    }
    return b.build();
  }

  @Test
  void completeAgreementHasNoViolations() {
    assertThat(agreement("").completenessViolations()).isEmpty();
    assertThat(agreement("").family()).isEqualTo(RequestFamily.JOINT_INVESTIGATION_TEAM);
    assertThat(agreement("").family().kind()).isEqualTo(RequestFamily.Kind.ARRANGEMENT);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "parties, 2AP_12_PARTIES, 2AP 12, parties, UNVERIFIED",
    "authorities, 2AP_12_COMPETENT_AUTHORITIES, 2AP 12, competentAuthorities, UNVERIFIED",
    "purpose, 2AP_12_PURPOSE, 2AP 12, purpose, UNVERIFIED",
    "duration, 2AP_12_DURATION, 2AP 12, endDate, UNVERIFIED",
    "useOfInformation, 2AP_12_USE_OF_INFORMATION, 2AP 12, informationUseTerms, UNVERIFIED",
  })
  void missingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field, Verification verification) {
    assertOnlyViolation(agreement(omit).completenessViolations(), code, citation, field, verification);
  }

  @Test
  void endBeforeStartIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                JointInvestigationTeamAgreement.builder()
                    .reference(RequestId.of("JIT-1"))
                    .startDate(START)
                    .endDate(START.minusDays(1))
                    .build())
        .withMessageContaining("JointInvestigationTeamAgreement.endDate");
  }

  @Test
  void authorityOfANonParticipatingPartyIsRejected() {
    // Germany's authority in an agreement between Austria and Romania
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                JointInvestigationTeamAgreement.builder()
                    .reference(RequestId.of("JIT-1"))
                    .addParties(AUSTRIA, ROMANIA)
                    .addCompetentAuthorities(
                        Authority.of(Party.of("DE"), AuthorityRole.PROSECUTOR, "Prosecutor Berlin"))
                    .startDate(START)
                    .build())
        .withMessageContaining("JointInvestigationTeamAgreement.competentAuthorities");
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(agreement("").toString()).doesNotContain("Kova");
  }
}
