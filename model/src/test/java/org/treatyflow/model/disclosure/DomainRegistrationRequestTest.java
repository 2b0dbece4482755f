package org.treatyflow.model.disclosure;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Verification.CONFIRMED;
import static org.treatyflow.model.common.Verification.UNVERIFIED;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.model.asset.DomainName;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;

class DomainRegistrationRequestTest {

  /** A complete request, except for the item of the rule {@code omit} (none if empty). */
  private static DomainRegistrationRequest example(String omit) {
    DisclosureFixtures.Header header =
        new DisclosureFixtures.Header(
            DisclosureFixtures.requesting(
                omit.equals("2AP_6_REQUESTING_AUTHORITY")
                    ? AuthorityRole.SERVICE_PROVIDER
                    : AuthorityRole.POLICE,
                !omit.equals("2AP_6_CONTACT_DETAILS")),
            DisclosureFixtures.requested(
                omit.equals("2AP_6_ADDRESSEE_REGISTRAR")
                    ? AuthorityRole.SERVICE_PROVIDER
                    : AuthorityRole.DOMAIN_REGISTRATION_ENTITY),
            omit.equals("2AP_6_CHANNEL_DIRECT") ? Channel.NETWORK_24_7 : Channel.DIRECT_TO_PROVIDER,
            omit.equals("2AP_6_LEGAL_BASIS") ? BUDAPEST.cite(29) : SECOND_PROTOCOL.cite(6));
    header.dated = !omit.equals("2AP_6_DATE_ISSUED");
    DomainRegistrationRequest.Builder b =
        DomainRegistrationRequest.builder()
            .header(header.build())
            .domain(DomainName.builder().name("shop-example.net").build())
            .statementUnderProtocol(!omit.equals("2AP_6_STATEMENT_UNDER_PROTOCOL"));
    if (!omit.equals("2AP_6_INFORMATION_SOUGHT")) {
      b.addInformationSought(
          DisclosureFixtures.item(
              omit.equals("2AP_6_DOMAIN_REGISTRATION_INFORMATION_ONLY")
                  ? DataCategory.TRAFFIC_DATA
                  : DataCategory.DOMAIN_REGISTRATION_INFORMATION));
    }
    if (!omit.equals("2AP_6_OFFENCE")) {
      b.addOffences(DisclosureFixtures.computerFraud(true));
    }
    if (!omit.equals("2AP_6_REASON_NEEDED")) {
      b.reasonInformationNeeded("The domain hosts the fake shop run by " + DisclosureFixtures.MARKER + "Popescu.");
    }
    return b.build();
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("2AP_6_LEGAL_BASIS", "header.legalBasis", CONFIRMED),
        Arguments.of("2AP_6_CHANNEL_DIRECT", "header.channel", CONFIRMED),
        Arguments.of("2AP_6_ADDRESSEE_REGISTRAR", "header.requestedAuthority", CONFIRMED),
        Arguments.of("2AP_6_DATE_ISSUED", "header.dateOfRequest", UNVERIFIED),
        Arguments.of("2AP_6_REQUESTING_AUTHORITY", "header.requestingAuthority", UNVERIFIED),
        Arguments.of("2AP_6_STATEMENT_UNDER_PROTOCOL", "statementUnderProtocol", UNVERIFIED),
        Arguments.of("2AP_6_INFORMATION_SOUGHT", "informationSought", UNVERIFIED),
        Arguments.of("2AP_6_DOMAIN_REGISTRATION_INFORMATION_ONLY", "informationSought", UNVERIFIED),
        Arguments.of("2AP_6_OFFENCE", "offences", UNVERIFIED),
        Arguments.of("2AP_6_REASON_NEEDED", "reasonInformationNeeded", UNVERIFIED),
        Arguments.of(
            "2AP_6_CONTACT_DETAILS", "header.requestingAuthority.contactDetails", UNVERIFIED));
  }

  @Test
  void aCompleteRequestHasNoViolations() {
    DomainRegistrationRequest request = example("");
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.isComplete()).isTrue();
    assertThat(request.family()).isEqualTo(RequestFamily.DOMAIN_REGISTRATION_INFORMATION);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void missingOneItemReportsExactlyItsRule(String code, String field, Verification verification) {
    assertOnlyViolation(example(code).completenessViolations(), code, "2AP 6", field, verification);
  }

  @Test
  void theRulesAreExactlyThoseTestedInTheOrderOfTheArticle() {
    DisclosureFixtures.assertRulesAreExactly(DomainRegistrationRequest.REQUIRED_CONTENT, rules());
  }

  @Test
  void onlyDomainRegistrationInformationMayBeSought() {
    assertThat(DomainRegistrationRequest.ALLOWED_CATEGORIES)
        .containsExactly(DataCategory.DOMAIN_REGISTRATION_INFORMATION);
  }

  @Test
  void toStringHidesTheDomainAndPersonalData() {
    String text = example("").toString();
    assertThat(text).doesNotContain("shop-example.net").doesNotContain(DisclosureFixtures.MARKER);
  }
}
