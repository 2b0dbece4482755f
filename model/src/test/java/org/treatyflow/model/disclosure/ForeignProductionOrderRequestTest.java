package org.treatyflow.model.disclosure;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Verification.CONFIRMED;
import static org.treatyflow.model.common.Verification.UNVERIFIED;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;

class ForeignProductionOrderRequestTest {

  private static ProductionOrder order(String omit) {
    ProductionOrder.Builder b =
        ProductionOrder.builder()
            .statementUnderProtocol(!omit.equals("2AP_8_3_STATEMENT_UNDER_PROTOCOL"));
    if (!omit.equals("2AP_8_3_ISSUING_AUTHORITY")) {
      b.issuingAuthority(DisclosureFixtures.requesting(AuthorityRole.PROSECUTOR, false));
    }
    if (!omit.equals("2AP_8_3_DATE_ISSUED")) {
      b.dateIssued(DisclosureFixtures.ISSUED);
    }
    if (!omit.equals("2AP_8_3_PROVIDER_NAME")) {
      b.provider(DisclosureFixtures.requested(AuthorityRole.SERVICE_PROVIDER));
    }
    if (!omit.equals("2AP_8_3_PROVIDER_ADDRESS")) {
      b.providerAddress("Strada Exemplu 1, Bucharest");
    }
    if (!omit.equals("2AP_8_3_OFFENCES")) {
      b.addOffences(
          DisclosureFixtures.computerFraud(!omit.equals("2AP_8_4_PROVISIONS_AND_PENALTIES")));
    }
    if (!omit.equals("2AP_8_3_DATA_DESCRIPTION")) {
      b.addDataSought(DisclosureFixtures.item(DataCategory.TRAFFIC_DATA));
      b.addDataSought(
          DisclosureFixtures.item(
              omit.equals("2AP_8_SUBSCRIBER_OR_TRAFFIC_DATA_ONLY")
                  ? DataCategory.CONTENT_DATA
                  : DataCategory.SUBSCRIBER_INFORMATION));
    }
    return b.build();
  }

  /** A complete request, except for the item of the rule {@code omit} (none if empty). */
  private static ForeignProductionOrderRequest example(String omit) {
    DisclosureFixtures.Header header =
        new DisclosureFixtures.Header(
            DisclosureFixtures.requesting(
                AuthorityRole.CENTRAL_AUTHORITY, !omit.equals("2AP_8_4_CONTACT_DETAILS")),
            DisclosureFixtures.requested(
                omit.equals("2AP_8_ADDRESSEE_AUTHORITY")
                    ? AuthorityRole.SERVICE_PROVIDER
                    : AuthorityRole.CENTRAL_AUTHORITY),
            omit.equals("2AP_8_NOT_DIRECT_TO_PROVIDER")
                ? Channel.DIRECT_TO_PROVIDER
                : Channel.CENTRAL_AUTHORITY,
            omit.equals("2AP_8_LEGAL_BASIS") ? SECOND_PROTOCOL.cite(7) : SECOND_PROTOCOL.cite(8));
    ForeignProductionOrderRequest.Builder b =
        ForeignProductionOrderRequest.builder()
            .header(header.build())
            .order(order(omit))
            .facts(
                omit.equals("2AP_8_4_FACTS")
                    ? Facts.none()
                    : Facts.summary(
                        "The suspect " + DisclosureFixtures.MARKER + "Popescu ran a fake shop."))
            .precedingOrder(RequestId.of("AT-2026-00001"));
    if (!omit.equals("2AP_8_4_LEGAL_GROUNDS")) {
      b.legalGrounds("s. 76a StPO");
    }
    if (!omit.equals("2AP_8_4_PROVIDER_HOLDS_DATA")) {
      b.reasonsProviderHoldsData(
          "The account of " + DisclosureFixtures.MARKER + "Popescu is hosted by the provider.");
    }
    if (!omit.equals("2AP_8_4_RELEVANCE")) {
      b.relevance("The login data identify " + DisclosureFixtures.MARKER + "Popescu.");
    }
    if (!omit.equals("2AP_8_4_PRESERVATION")) {
      b.preservation(PreservationStatus.notSought());
    }
    if (!omit.equals("2AP_8_4_OTHER_MEANS")) {
      b.soughtByOtherMeans(true);
    }
    return b.build();
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("2AP_8_LEGAL_BASIS", "2AP 8", "header.legalBasis", CONFIRMED),
        Arguments.of("2AP_8_NOT_DIRECT_TO_PROVIDER", "2AP 8", "header.channel", CONFIRMED),
        Arguments.of("2AP_8_ADDRESSEE_AUTHORITY", "2AP 8", "header.requestedAuthority", CONFIRMED),
        Arguments.of(
            "2AP_8_SUBSCRIBER_OR_TRAFFIC_DATA_ONLY", "2AP 8", "order.dataSought", CONFIRMED),
        Arguments.of("2AP_8_3_ISSUING_AUTHORITY", "2AP 8(3)", "order.issuingAuthority", UNVERIFIED),
        Arguments.of("2AP_8_3_DATE_ISSUED", "2AP 8(3)", "order.dateIssued", UNVERIFIED),
        Arguments.of(
            "2AP_8_3_STATEMENT_UNDER_PROTOCOL",
            "2AP 8(3)",
            "order.statementUnderProtocol",
            UNVERIFIED),
        Arguments.of("2AP_8_3_PROVIDER_NAME", "2AP 8(3)", "order.provider", UNVERIFIED),
        Arguments.of("2AP_8_3_PROVIDER_ADDRESS", "2AP 8(3)", "order.providerAddress", UNVERIFIED),
        Arguments.of("2AP_8_3_OFFENCES", "2AP 8(3)", "order.offences", UNVERIFIED),
        Arguments.of("2AP_8_3_DATA_DESCRIPTION", "2AP 8(3)", "order.dataSought", UNVERIFIED),
        Arguments.of("2AP_8_4_LEGAL_GROUNDS", "2AP 8(4)", "legalGrounds", UNVERIFIED),
        Arguments.of("2AP_8_4_PROVISIONS_AND_PENALTIES", "2AP 8(4)", "order.offences", UNVERIFIED),
        Arguments.of(
            "2AP_8_4_PROVIDER_HOLDS_DATA", "2AP 8(4)", "reasonsProviderHoldsData", UNVERIFIED),
        Arguments.of("2AP_8_4_FACTS", "2AP 8(4)", "facts.summary", UNVERIFIED),
        Arguments.of("2AP_8_4_RELEVANCE", "2AP 8(4)", "relevance", UNVERIFIED),
        Arguments.of(
            "2AP_8_4_CONTACT_DETAILS",
            "2AP 8(4)",
            "header.requestingAuthority.contactDetails",
            UNVERIFIED),
        Arguments.of("2AP_8_4_PRESERVATION", "2AP 8(4)", "preservation", UNVERIFIED),
        Arguments.of("2AP_8_4_OTHER_MEANS", "2AP 8(4)", "soughtByOtherMeans", UNVERIFIED));
  }

  @Test
  void aCompleteRequestHasNoViolations() {
    ForeignProductionOrderRequest request = example("");
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.family()).isEqualTo(RequestFamily.FOREIGN_PRODUCTION_ORDER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void missingOneItemReportsExactlyItsRule(
      String code, String citation, String field, Verification verification) {
    assertOnlyViolation(example(code).completenessViolations(), code, citation, field, verification);
  }

  @Test
  void theRulesAreExactlyThoseTestedInTheOrderOfTheArticle() {
    DisclosureFixtures.assertRulesAreExactly(ForeignProductionOrderRequest.REQUIRED_CONTENT, rules());
  }

  @Test
  void subscriberInformationAndTrafficDataMayBeSought() {
    assertThat(ForeignProductionOrderRequest.ALLOWED_CATEGORIES)
        .containsExactlyInAnyOrder(DataCategory.SUBSCRIBER_INFORMATION, DataCategory.TRAFFIC_DATA);
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(example("").toString()).doesNotContain(DisclosureFixtures.MARKER);
  }

  @Test
  void theFrenchMessageOf2Ap84ProviderHoldsDataIsPlainLegalFrench() {
    String french =
        ForeignProductionOrderRequest.REQUIRED_CONTENT
            .rule("2AP_8_4_PROVIDER_HOLDS_DATA")
            .orElseThrow()
            .violation()
            .message()
            .french();
    assertThat(french)
        .contains("il y a lieu de penser que le fournisseur détient les données")
        .doesNotContain("réputé");
  }
}
