package org.treatyflow.model.preservation;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.BudapestOffence;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

class PreservationRequestTest {
  private static final Party AUSTRIA = Party.of("AT");
  private static final Party ROMANIA = Party.of("RO");
  private static final String PERSONAL = "Ana Secretname";

  /** A complete request from Austria to Romania, except for the item the rule {@code missing} needs. */
  private static PreservationRequest requestWithout(String missing) {
    return requestWithout(missing, Channel.NETWORK_24_7);
  }

  /** As {@link #requestWithout(String)}, sent through {@code channel}. */
  private static PreservationRequest requestWithout(String missing, Channel channel) {
    AuthorityRole requestingRole =
        missing.equals("BC_29_2_A_PUBLIC_AUTHORITY")
            ? AuthorityRole.SERVICE_PROVIDER
            : AuthorityRole.POINT_OF_CONTACT_24_7;
    RequestHeader header =
        RequestHeader.builder()
            .id(RequestId.of("AT-BK-2026-0042"))
            .requestingParty(AUSTRIA)
            .requestedParty(ROMANIA)
            .requestingAuthority(
                Authority.of(AUSTRIA, requestingRole, "Federal Criminal Police Office, C4"))
            .channel(channel)
            .language(Language.ENGLISH)
            .addLegalBasis(
                missing.equals("BC_29_LEGAL_BASIS") ? BUDAPEST.cite(31) : BUDAPEST.cite(29))
            .dateOfRequest(LocalDate.of(2026, 3, 2))
            .build();
    PreservationRequest.Builder b = PreservationRequest.builder().header(header);
    if (!missing.equals("BC_29_2_B_OFFENCE")) {
      b.addOffences(
          Offence.builder()
              .domesticDescription("Computer fraud")
              .addBudapestOffences(BudapestOffence.BC8_COMPUTER_FRAUD)
              .build());
    }
    if (!missing.equals("BC_29_2_B_FACTS")) {
      b.facts(Facts.summary("The suspect " + PERSONAL + " ran a phishing page."));
    }
    if (!missing.equals("BC_29_2_C_DATA_TO_PRESERVE")) {
      DataItem.Builder item =
          DataItem.builder()
              .category(DataCategory.TRAFFIC_DATA)
              .description("Login IP addresses with timestamps")
              .selector("user4711@mail.example");
      if (!missing.equals("BC_29_2_C_RELATION_TO_OFFENCE")) {
        item.relationToOffence("Account used by " + PERSONAL + " to log in to victims' banking");
      }
      b.addDataToPreserve(item.build());
    }
    if (!missing.equals("BC_29_2_D_CUSTODIAN_OR_LOCATION")) {
      b.custodianOrLocation("Example Hosting SRL, Bucharest, servers of " + PERSONAL);
    }
    if (!missing.equals("BC_29_2_E_NECESSITY")) {
      b.necessity("Logs of " + PERSONAL + " are deleted after 30 days");
    }
    if (!missing.equals("BC_29_2_F_FOLLOW_UP_INTENT")) {
      b.intendsMutualAssistanceFollowUp(true);
    }
    return b.build();
  }

  private static PreservationRequest complete() {
    return requestWithout("");
  }

  @Test
  void aCompleteRequestHasNoViolations() {
    PreservationRequest request = complete();
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.isComplete()).isTrue();
    assertThat(request.family()).isEqualTo(RequestFamily.EXPEDITED_PRESERVATION);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "BC_29_LEGAL_BASIS, BC 29, header.legalBasis, CONFIRMED",
    "BC_29_2_A_PUBLIC_AUTHORITY, BC 29(2)(a), header.requestingAuthority, CONFIRMED",
    "BC_29_2_B_OFFENCE, BC 29(2)(b), offences, CONFIRMED",
    "BC_29_2_B_FACTS, BC 29(2)(b), facts.summary, CONFIRMED",
    "BC_29_2_C_DATA_TO_PRESERVE, BC 29(2)(c), dataToPreserve, CONFIRMED",
    "BC_29_2_C_RELATION_TO_OFFENCE, BC 29(2)(c), dataToPreserve.relationToOffence, CONFIRMED",
    "BC_29_2_D_CUSTODIAN_OR_LOCATION, BC 29(2)(d), custodianOrLocation, CONFIRMED",
    "BC_29_2_E_NECESSITY, BC 29(2)(e), necessity, CONFIRMED",
    "BC_29_2_F_FOLLOW_UP_INTENT, BC 29(2)(f), intendsMutualAssistanceFollowUp, CONFIRMED"
  })
  void aRequestMissingOneItemReportsExactlyThatViolation(
      String code, String citation, String field, Verification verification) {
    assertOnlyViolation(requestWithout(code).completenessViolations(), code, citation, field, verification);
  }

  @Test
  void everyRuleIsCoveredByAnExampleAndListedInTheOrderOfTheArticle() {
    assertThat(
            PreservationRequest.REQUIRED_CONTENT.rules().stream()
                .map(r -> r.violation().code())
                .collect(Collectors.toList()))
        .containsExactly(
            "BC_29_LEGAL_BASIS",
            "BC_29_2_A_PUBLIC_AUTHORITY",
            "BC_29_2_B_OFFENCE",
            "BC_29_2_B_FACTS",
            "BC_29_2_C_DATA_TO_PRESERVE",
            "BC_29_2_C_RELATION_TO_OFFENCE",
            "BC_29_2_D_CUSTODIAN_OR_LOCATION",
            "BC_29_2_E_NECESSITY",
            "BC_29_2_F_FOLLOW_UP_INTENT");
  }

  @Test
  void anEmptyDraftReportsEveryContentItemOfArticle29Paragraph2ButNotTheRelationTwice() {
    PreservationRequest draft =
        PreservationRequest.builder().header(complete().header()).build();
    assertThat(draft.completenessViolations())
        .extracting(Violation::code)
        .containsExactly(
            "BC_29_2_B_OFFENCE",
            "BC_29_2_B_FACTS",
            "BC_29_2_C_DATA_TO_PRESERVE",
            "BC_29_2_D_CUSTODIAN_OR_LOCATION",
            "BC_29_2_E_NECESSITY",
            "BC_29_2_F_FOLLOW_UP_INTENT");
  }

  @Test
  void aLegalBasisCitingAParagraphOfArticle29Counts() {
    RequestHeader header =
        RequestHeader.builder()
            .id(RequestId.of("AT-2026-1"))
            .requestingParty(AUSTRIA)
            .requestedParty(ROMANIA)
            .requestingAuthority(Authority.of(AUSTRIA, AuthorityRole.CENTRAL_AUTHORITY, "BMJ"))
            .channel(Channel.CENTRAL_AUTHORITY)
            .language(Language.ENGLISH)
            .addLegalBasis(BUDAPEST.cite(29, 1))
            .build();
    assertThat(PreservationRequest.REQUIRED_CONTENT.rule("BC_29_LEGAL_BASIS").orElseThrow()
            .check(PreservationRequest.builder().header(header).build()))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Channel.class)
  void bc29FixesNoChannel(Channel channel) {
    // CONVENTIONS 2.2.5: the 24/7 network is practice, not a requirement of BC 29.
    assertThat(PreservationRequest.REQUIRED_CONTENT.rules())
        .extracting(r -> r.violation().field())
        .doesNotContain("header.channel");
    assertThat(requestWithout("", channel).completenessViolations()).isEmpty();
  }

  @Test
  void aBlankNecessityIsMissing() {
    PreservationRequest request =
        PreservationRequest.builder()
            .header(complete().header())
            .addAllOffences(complete().offences())
            .facts(complete().facts())
            .addAllDataToPreserve(complete().dataToPreserve())
            .custodianOrLocation(complete().custodianOrLocation())
            .necessity("  ")
            .intendsMutualAssistanceFollowUp(true)
            .build();
    assertThat(request.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("BC_29_2_E_NECESSITY");
  }

  @Test
  void aRequestedPeriodBelowOneDayIsRejectedNamingTheField() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PreservationRequest.builder()
                    .header(complete().header())
                    .preservationDaysRequested(0)
                    .build())
        .withMessageContaining("PreservationRequest.preservationDaysRequested");
  }

  @Test
  void toStringShowsNoPersonalData() {
    assertThat(complete().toString()).doesNotContain("Secretname");
  }
}
