package org.treatyflow.model.spontaneous;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Violation;

class SpontaneousInformationTest {
  private static final Party SERBIA = Party.of("RS");
  private static final Party ALBANIA = Party.of("AL");
  private static final String PERSONAL = "Bekim Secretname";

  private static final Offence COMPUTER_FRAUD =
      Offence.builder()
          .domesticDescription("Computer fraud")
          .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
          .build();
  private static final Offence FRAUD = Offence.builder().domesticDescription("Fraud").build();

  /** Serbia informs Albania, except for the item the rule {@code missing} needs. */
  private static SpontaneousInformation informationWithout(String missing) {
    SpontaneousInformation.Builder b =
        SpontaneousInformation.builder()
            .providingParty(SERBIA)
            .providingAuthority(
                Authority.of(SERBIA, AuthorityRole.PROSECUTOR, "Special Prosecutor for High-Tech Crime"))
            .receivingParty(ALBANIA)
            .receivingAuthority(
                Authority.of(ALBANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "Cybercrime Unit"))
            .sentOn(LocalDate.of(2026, 2, 10))
            .confidentialityRequested(true)
            .addConditions(UseCondition.PURPOSE_LIMITED);
    if (!missing.equals("BC_26_1_INFORMATION")) {
      b.informationSummary("Servers rented by " + PERSONAL + " in Tirana host a botnet controller");
    }
    if (!missing.equals("BC_26_1_PURPOSE")) {
      b.addOffences(COMPUTER_FRAUD);
    }
    return b.build();
  }

  @Test
  void completeInformationHasNoViolations() {
    SpontaneousInformation information = informationWithout("");
    assertThat(information.completenessViolations()).isEmpty();
    assertThat(information.family()).isEqualTo(RequestFamily.SPONTANEOUS_INFORMATION);
    assertThat(information.attachesConditions()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"BC_26_1_INFORMATION, informationSummary", "BC_26_1_PURPOSE, offences"})
  void informationMissingOneItemReportsExactlyThatViolation(String code, String field) {
    assertThat(informationWithout(code).completenessViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(code);
              assertThat(v.citation()).hasToString("BC 26(1)");
              assertThat(v.field()).isEqualTo(field);
            });
  }

  @Test
  void everyRuleIsCoveredByAnExample() {
    assertThat(
            SpontaneousInformation.REQUIRED_CONTENT.rules().stream()
                .map(r -> r.violation().code())
                .collect(Collectors.toList()))
        .containsExactly("BC_26_1_INFORMATION", "BC_26_1_PURPOSE");
  }

  @Test
  void anOffenceOutsideArticles2To11CountsOnlyIfTheInformationCouldLeadToARequest() {
    SpontaneousInformation.Builder base =
        SpontaneousInformation.builder()
            .providingParty(SERBIA)
            .providingAuthority(Authority.of(SERBIA, AuthorityRole.PROSECUTOR, "Prosecutor"))
            .receivingParty(ALBANIA)
            .receivingAuthority(Authority.of(ALBANIA, AuthorityRole.PROSECUTOR, "Prosecutor"))
            .informationSummary("E-mails show the fraud")
            .addOffences(FRAUD);
    SpontaneousInformation fraudOnly = base.build();
    assertThat(fraudOnly.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("BC_26_1_PURPOSE");

    SpontaneousInformation leadingToRequest =
        SpontaneousInformation.builder()
            .providingParty(SERBIA)
            .providingAuthority(Authority.of(SERBIA, AuthorityRole.PROSECUTOR, "Prosecutor"))
            .receivingParty(ALBANIA)
            .receivingAuthority(Authority.of(ALBANIA, AuthorityRole.PROSECUTOR, "Prosecutor"))
            .informationSummary("E-mails show the fraud")
            .addOffences(FRAUD)
            .couldLeadToRequest(true)
            .build();
    assertThat(leadingToRequest.completenessViolations()).isEmpty();
  }

  @Test
  void theSamePartyOnBothSidesIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                SpontaneousInformation.builder()
                    .providingParty(SERBIA)
                    .providingAuthority(Authority.of(SERBIA, AuthorityRole.PROSECUTOR, "P"))
                    .receivingParty(SERBIA)
                    .receivingAuthority(Authority.of(SERBIA, AuthorityRole.POLICE, "Police"))
                    .build())
        .withMessageContaining("SpontaneousInformation: providingParty and receivingParty must differ");
  }

  @Test
  void aReceivingAuthorityOfAnotherPartyIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                SpontaneousInformationOnProceeds.builder()
                    .providingParty(SERBIA)
                    .providingAuthority(Authority.of(SERBIA, AuthorityRole.PROSECUTOR, "P"))
                    .receivingParty(ALBANIA)
                    .receivingAuthority(Authority.of(SERBIA, AuthorityRole.POLICE, "Police"))
                    .build())
        .withMessageContaining("SpontaneousInformationOnProceeds.receivingAuthority");
  }

  @Test
  void toStringShowsNoPersonalData() {
    assertThat(informationWithout("").toString()).doesNotContain("Secretname");
  }
}
