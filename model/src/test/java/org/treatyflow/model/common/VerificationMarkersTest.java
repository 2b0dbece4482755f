package org.treatyflow.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Markers on shared enums that are library readings rather than treaty text. */
class VerificationMarkersTest {

  @Test
  void thePoliceRoleIsALibraryReading() {
    assertThat(AuthorityRole.POLICE.verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(AuthorityRole.CENTRAL_AUTHORITY.verification()).isEqualTo(Verification.CONFIRMED);
  }

  @Test
  void emergencyMutualAssistanceIsUnverifiedBeyondItsCore() {
    assertThat(RequestFamily.EMERGENCY_MUTUAL_ASSISTANCE.verification())
        .isEqualTo(Verification.UNVERIFIED);
    assertThat(RequestFamily.MUTUAL_ASSISTANCE.verification()).isEqualTo(Verification.CONFIRMED);
  }
}
