package org.treatyflow.model.disclosure;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Verification.CONFIRMED;
import static org.treatyflow.model.common.Verification.UNVERIFIED;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;

class SubscriberInformationOrderTest {

  /** A complete order, except for the item of the rule {@code omit} (none if empty). */
  private static SubscriberInformationOrder example(String omit) {
    DisclosureFixtures.Header header =
        new DisclosureFixtures.Header(
            DisclosureFixtures.requesting(
                omit.equals("2AP_7_3_ISSUING_AUTHORITY")
                    ? AuthorityRole.DOMAIN_REGISTRATION_ENTITY
                    : AuthorityRole.PROSECUTOR,
                true),
            DisclosureFixtures.requested(
                omit.equals("2AP_7_ADDRESSEE_PROVIDER")
                    ? AuthorityRole.CENTRAL_AUTHORITY
                    : AuthorityRole.SERVICE_PROVIDER),
            omit.equals("2AP_7_CHANNEL_DIRECT") ? Channel.CENTRAL_AUTHORITY : Channel.DIRECT_TO_PROVIDER,
            omit.equals("2AP_7_LEGAL_BASIS") ? SECOND_PROTOCOL.cite(8) : SECOND_PROTOCOL.cite(7));
    header.dated = !omit.equals("2AP_7_3_DATE_ISSUED");
    if (omit.equals("2AP_7_3_PROVIDER_NAME")) {
      header.requestedAuthority = Optional.empty();
    }
    SubscriberInformationOrder.Builder b =
        SubscriberInformationOrder.builder()
            .header(header.build())
            .statementUnderProtocol(!omit.equals("2AP_7_3_STATEMENT_UNDER_PROTOCOL"))
            .specialProceduralInstructions(
                "Do not inform the account holder " + DisclosureFixtures.MARKER + "Ionescu.");
    if (!omit.equals("2AP_7_3_PROVIDER_ADDRESS")) {
      b.providerAddress("Strada Exemplu 1, Bucharest");
    }
    if (!omit.equals("2AP_7_3_OFFENCES")) {
      b.addOffences(
          DisclosureFixtures.computerFraud(!omit.equals("2AP_7_4_PROVISIONS_AND_PENALTIES")));
    }
    if (!omit.equals("2AP_7_3_DATA_DESCRIPTION")) {
      b.addDataSought(DisclosureFixtures.item(DataCategory.SUBSCRIBER_INFORMATION));
    }
    if (omit.equals("2AP_7_SUBSCRIBER_INFORMATION_ONLY")) {
      b.addDataSought(DisclosureFixtures.item(DataCategory.TRAFFIC_DATA));
    }
    if (!omit.equals("2AP_7_4_LEGAL_GROUNDS")) {
      b.domesticLegalGrounds("s. 76a StPO");
    }
    if (!omit.equals("2AP_7_4_CONTACT_AUTHORITY")) {
      b.contactAuthority(DisclosureFixtures.requesting(AuthorityRole.PROSECUTOR, true));
    }
    if (!omit.equals("2AP_7_4_RETURN_TIME_FRAME")) {
      b.returnWithinDays(30);
    }
    if (!omit.equals("2AP_7_4_RETURN_MANNER")) {
      b.mannerOfReturn("By encrypted e-mail to the contact authority");
    }
    b.preservation(
        omit.equals("2AP_7_4_PRESERVATION")
            ? PreservationStatus.builder().sought(true).build()
            : PreservationStatus.sought(RequestId.of("AT-2026-00007"), DisclosureFixtures.ISSUED));
    if (!omit.equals("2AP_7_4_NOTIFICATION")) {
      b.notificationMade(false);
    }
    return b.build();
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("2AP_7_LEGAL_BASIS", "2AP 7", "header.legalBasis", CONFIRMED),
        Arguments.of("2AP_7_CHANNEL_DIRECT", "2AP 7", "header.channel", CONFIRMED),
        Arguments.of("2AP_7_ADDRESSEE_PROVIDER", "2AP 7", "header.requestedAuthority", CONFIRMED),
        Arguments.of("2AP_7_SUBSCRIBER_INFORMATION_ONLY", "2AP 7", "dataSought", CONFIRMED),
        Arguments.of(
            "2AP_7_3_ISSUING_AUTHORITY", "2AP 7(3)", "header.requestingAuthority", UNVERIFIED),
        Arguments.of("2AP_7_3_DATE_ISSUED", "2AP 7(3)", "header.dateOfRequest", UNVERIFIED),
        Arguments.of(
            "2AP_7_3_STATEMENT_UNDER_PROTOCOL", "2AP 7(3)", "statementUnderProtocol", UNVERIFIED),
        Arguments.of("2AP_7_3_PROVIDER_NAME", "2AP 7(3)", "header.requestedAuthority", UNVERIFIED),
        Arguments.of("2AP_7_3_PROVIDER_ADDRESS", "2AP 7(3)", "providerAddress", UNVERIFIED),
        Arguments.of("2AP_7_3_OFFENCES", "2AP 7(3)", "offences", UNVERIFIED),
        Arguments.of("2AP_7_3_DATA_DESCRIPTION", "2AP 7(3)", "dataSought", UNVERIFIED),
        Arguments.of("2AP_7_4_LEGAL_GROUNDS", "2AP 7(4)", "domesticLegalGrounds", UNVERIFIED),
        Arguments.of("2AP_7_4_PROVISIONS_AND_PENALTIES", "2AP 7(4)", "offences", UNVERIFIED),
        Arguments.of("2AP_7_4_CONTACT_AUTHORITY", "2AP 7(4)", "contactAuthority", UNVERIFIED),
        Arguments.of("2AP_7_4_RETURN_TIME_FRAME", "2AP 7(4)", "returnWithinDays", UNVERIFIED),
        Arguments.of("2AP_7_4_RETURN_MANNER", "2AP 7(4)", "mannerOfReturn", UNVERIFIED),
        Arguments.of("2AP_7_4_PRESERVATION", "2AP 7(4)", "preservation", UNVERIFIED),
        Arguments.of("2AP_7_4_NOTIFICATION", "2AP 7(4)", "notificationMade", UNVERIFIED));
  }

  @Test
  void aCompleteOrderHasNoViolations() {
    SubscriberInformationOrder order = example("");
    assertThat(order.completenessViolations()).isEmpty();
    assertThat(order.family()).isEqualTo(RequestFamily.SUBSCRIBER_INFORMATION_ORDER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void missingOneItemReportsExactlyItsRule(
      String code, String citation, String field, Verification verification) {
    assertOnlyViolation(example(code).completenessViolations(), code, citation, field, verification);
  }

  @Test
  void theRulesAreExactlyThoseTestedInTheOrderOfTheArticle() {
    DisclosureFixtures.assertRulesAreExactly(SubscriberInformationOrder.REQUIRED_CONTENT, rules());
  }

  @Test
  void onlySubscriberInformationMayBeOrdered() {
    assertThat(SubscriberInformationOrder.ALLOWED_CATEGORIES)
        .containsExactly(DataCategory.SUBSCRIBER_INFORMATION);
  }

  @Test
  void preservationNotSoughtIsAStatement() {
    assertThat(PreservationStatus.notSought().isStated()).isTrue();
    assertThat(PreservationStatus.builder().sought(true).build().isStated()).isFalse();
  }

  @Test
  void aReferenceWithoutPreservationSoughtIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PreservationStatus.builder()
                    .sought(false)
                    .reference(RequestId.of("AT-2026-00007"))
                    .build())
        .withMessageContaining("PreservationStatus.reference");
  }

  @Test
  void aReturnTimeFrameMustBePositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                SubscriberInformationOrder.builder()
                    .header(
                        new DisclosureFixtures.Header(
                                DisclosureFixtures.requesting(AuthorityRole.PROSECUTOR, true),
                                DisclosureFixtures.requested(AuthorityRole.SERVICE_PROVIDER),
                                Channel.DIRECT_TO_PROVIDER,
                                BUDAPEST.cite(25))
                            .build())
                    .returnWithinDays(0)
                    .build())
        .withMessageContaining("SubscriberInformationOrder.returnWithinDays");
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(example("").toString()).doesNotContain(DisclosureFixtures.MARKER);
  }
}
