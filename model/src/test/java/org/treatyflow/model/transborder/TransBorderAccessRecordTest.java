package org.treatyflow.model.transborder;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.common.Verification;

class TransBorderAccessRecordTest {
  private static final Party GERMANY = Party.of("DE");
  private static final Party IRELAND = Party.of("IE");
  private static final Instant ACCESSED_AT = Instant.parse("2026-04-01T10:15:00Z");
  private static final String PERSONAL = "Marko Secretname";

  /** German police access mail stored in Ireland with consent, except what {@code missing} needs. */
  private static TransBorderAccessRecord recordWithout(String missing) {
    TransBorderAccessRecord.Builder b =
        TransBorderAccessRecord.builder()
            .accessingParty(GERMANY)
            .accessingAuthority(Authority.of(GERMANY, AuthorityRole.POLICE, "Landeskriminalamt"))
            .storedIn(missing.equals("BC_32_STORED_ABROAD") ? GERMANY : IRELAND)
            .basis(TransBorderAccessBasis.LAWFUL_AND_VOLUNTARY_CONSENT)
            .accessedAt(ACCESSED_AT);
    if (!missing.equals("BC_32_DATA_ACCESSED")) {
      b.addDataAccessed(
          DataItem.builder()
              .category(DataCategory.CONTENT_DATA)
              .description("Stored e-mails of the account")
              .selector("victim@mail.example")
              .build());
    }
    if (!missing.equals("BC_32_B_CONSENT_GIVER")) {
      b.consentGiver(PERSONAL + ", account holder and victim");
    }
    if (!missing.equals("BC_32_B_CONSENT_DATE")) {
      b.consentObtainedOn(
          missing.equals("BC_32_B_CONSENT_BEFORE_ACCESS")
              ? LocalDate.of(2026, 4, 3)
              : LocalDate.of(2026, 3, 31));
    }
    return b.build();
  }

  @Test
  void aCompleteRecordHasNoViolations() {
    TransBorderAccessRecord record = recordWithout("");
    assertThat(record.completenessViolations()).isEmpty();
    assertThat(record.family()).isEqualTo(RequestFamily.TRANS_BORDER_ACCESS);
    assertThat(record.legalBasis()).hasToString("BC 32(b)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "BC_32_DATA_ACCESSED, BC 32, dataAccessed, UNVERIFIED",
    "BC_32_STORED_ABROAD, BC 32, storedIn, CONFIRMED",
    "BC_32_B_CONSENT_GIVER, BC 32(b), consentGiver, UNVERIFIED",
    "BC_32_B_CONSENT_DATE, BC 32(b), consentObtainedOn, UNVERIFIED",
    "BC_32_B_CONSENT_BEFORE_ACCESS, BC 32(b), consentObtainedOn, UNVERIFIED"
  })
  void aRecordMissingOneItemReportsExactlyThatViolation(
      String code, String citation, String field, Verification verification) {
    assertOnlyViolation(recordWithout(code).completenessViolations(), code, citation, field, verification);
  }

  @Test
  void everyRuleIsCoveredByAnExample() {
    assertThat(
            TransBorderAccessRecord.REQUIRED_CONTENT.rules().stream()
                .map(r -> r.violation().code())
                .collect(Collectors.toList()))
        .containsExactly(
            "BC_32_DATA_ACCESSED",
            "BC_32_STORED_ABROAD",
            "BC_32_B_CONSENT_GIVER",
            "BC_32_B_CONSENT_DATE",
            "BC_32_B_CONSENT_BEFORE_ACCESS");
  }

  @Test
  void publiclyAvailableDataNeedsNoConsentNorAKnownLocation() {
    TransBorderAccessRecord record =
        TransBorderAccessRecord.builder()
            .accessingParty(GERMANY)
            .accessingAuthority(Authority.of(GERMANY, AuthorityRole.POLICE, "Landeskriminalamt"))
            .basis(TransBorderAccessBasis.PUBLICLY_AVAILABLE)
            .accessedAt(ACCESSED_AT)
            .addDataAccessed(
                DataItem.builder()
                    .category(DataCategory.CONTENT_DATA)
                    .description("Public forum posts")
                    .build())
            .build();
    assertThat(record.completenessViolations()).extracting(Violation::code).isEmpty();
    assertThat(record.legalBasis()).hasToString("BC 32(a)");
  }

  @Test
  void consentOnTheDayOfAccessInAnyTimeZoneIsBeforeAccess() {
    // 23:30 UTC on 1 April is already 2 April in Tokyo, where consent may have been given that morning.
    TransBorderAccessRecord record =
        TransBorderAccessRecord.builder()
            .accessingParty(Party.of("JP"))
            .accessingAuthority(Authority.of(Party.of("JP"), AuthorityRole.POLICE, "NPA"))
            .storedIn(IRELAND)
            .basis(TransBorderAccessBasis.LAWFUL_AND_VOLUNTARY_CONSENT)
            .consentGiver(PERSONAL)
            .consentObtainedOn(LocalDate.of(2026, 4, 2))
            .accessedAt(Instant.parse("2026-04-01T23:30:00Z"))
            .addAllDataAccessed(recordWithout("").dataAccessed())
            .build();
    assertThat(record.completenessViolations()).isEmpty();
  }

  @Test
  void anAuthorityOfAnotherPartyIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                TransBorderAccessRecord.builder()
                    .accessingParty(GERMANY)
                    .accessingAuthority(Authority.of(IRELAND, AuthorityRole.POLICE, "Garda"))
                    .basis(TransBorderAccessBasis.PUBLICLY_AVAILABLE)
                    .accessedAt(ACCESSED_AT)
                    .build())
        .withMessageContaining("TransBorderAccessRecord.accessingAuthority");
  }

  @Test
  void toStringShowsNoPersonalData() {
    assertThat(recordWithout("").toString()).doesNotContain("Secretname");
  }

  @Test
  void theFrenchMessageOfBc32DataAccessedIsPlainLegalFrench() {
    String french =
        TransBorderAccessRecord.REQUIRED_CONTENT
            .rule("BC_32_DATA_ACCESSED")
            .orElseThrow()
            .violation()
            .message()
            .french();
    assertThat(french)
        .isEqualTo(
            "L'enregistrement doit décrire les données informatiques stockées qui ont été"
                + " consultées ou reçues.");
  }
}
