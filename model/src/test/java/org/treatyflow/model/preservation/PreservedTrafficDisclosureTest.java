package org.treatyflow.model.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Violation;

class PreservedTrafficDisclosureTest {
  private static final Party ROMANIA = Party.of("RO");
  private static final Party AUSTRIA = Party.of("AT");
  private static final Party NETHERLANDS = Party.of("NL");

  private static DataItem item(DataCategory category) {
    return DataItem.builder()
        .category(category)
        .description("Source IP addresses and ports of the connections")
        .selector("198.51.100.23")
        .build();
  }

  /** Romania, executing Austria's preservation request, discloses traffic data except what {@code missing} needs. */
  private static PreservedTrafficDisclosure disclosureWithout(String missing) {
    PreservedTrafficDisclosure.Builder b =
        PreservedTrafficDisclosure.builder()
            .preservationRequestId(RequestId.of("AT-BK-2026-0042"))
            .disclosingParty(ROMANIA)
            .receivingParty(AUSTRIA)
            .disclosingAuthority(
                Authority.of(ROMANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "DIICOT 24/7 point"))
            .disclosedOn(LocalDate.of(2026, 3, 5))
            .path("Austria -> 203.0.113.9 (Zqpath) -> Netherlands");
    if (!missing.equals("BC_30_1_TRAFFIC_DATA")) {
      b.addTrafficData(item(DataCategory.TRAFFIC_DATA));
    }
    if (missing.equals("BC_30_1_ONLY_TRAFFIC_DATA")) {
      b.addTrafficData(item(DataCategory.CONTENT_DATA));
    }
    if (!missing.equals("BC_30_1_PROVIDER_IDENTIFIED")) {
      Party providerParty = missing.equals("BC_30_1_PROVIDER_IN_ANOTHER_STATE") ? ROMANIA : NETHERLANDS;
      b.identifiedProvider(
          Authority.of(providerParty, AuthorityRole.SERVICE_PROVIDER, "Example Transit B.V."));
    }
    return b.build();
  }

  @Test
  void aCompleteDisclosureHasNoViolations() {
    PreservedTrafficDisclosure disclosure = disclosureWithout("");
    assertThat(disclosure.completenessViolations()).isEmpty();
    assertThat(disclosure.family()).isEqualTo(RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "BC_30_1_TRAFFIC_DATA, trafficData",
    "BC_30_1_ONLY_TRAFFIC_DATA, trafficData.category",
    "BC_30_1_PROVIDER_IDENTIFIED, identifiedProvider",
    "BC_30_1_PROVIDER_IN_ANOTHER_STATE, identifiedProvider.party"
  })
  void aDisclosureMissingOneItemReportsExactlyThatViolation(String code, String field) {
    assertThat(disclosureWithout(code).completenessViolations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(code);
              assertThat(v.citation()).hasToString("BC 30(1)");
              assertThat(v.field()).isEqualTo(field);
            });
  }

  @Test
  void everyRuleIsCoveredByAnExample() {
    assertThat(
            PreservedTrafficDisclosure.REQUIRED_CONTENT.rules().stream()
                .map(r -> r.violation().code())
                .collect(Collectors.toList()))
        .containsExactly(
            "BC_30_1_TRAFFIC_DATA",
            "BC_30_1_ONLY_TRAFFIC_DATA",
            "BC_30_1_PROVIDER_IDENTIFIED",
            "BC_30_1_PROVIDER_IN_ANOTHER_STATE");
  }

  @Test
  void aProviderInTheReceivingPartyIsStillInAnotherState() {
    PreservedTrafficDisclosure disclosure =
        PreservedTrafficDisclosure.builder()
            .preservationRequestId(RequestId.of("AT-1"))
            .disclosingParty(ROMANIA)
            .receivingParty(AUSTRIA)
            .disclosingAuthority(Authority.of(ROMANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "24/7"))
            .addTrafficData(item(DataCategory.TRAFFIC_DATA))
            .identifiedProvider(Authority.of(AUSTRIA, AuthorityRole.SERVICE_PROVIDER, "Example ISP"))
            .build();
    assertThat(disclosure.completenessViolations()).extracting(Violation::code).isEmpty();
  }

  @Test
  void theSamePartyOnBothSidesIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PreservedTrafficDisclosure.builder()
                    .preservationRequestId(RequestId.of("AT-1"))
                    .disclosingParty(ROMANIA)
                    .receivingParty(ROMANIA)
                    .disclosingAuthority(
                        Authority.of(ROMANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "24/7"))
                    .build())
        .withMessageContaining("disclosingParty and receivingParty must differ");
  }

  @Test
  void anAuthorityOfAnotherPartyIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PreservedTrafficDisclosure.builder()
                    .preservationRequestId(RequestId.of("AT-1"))
                    .disclosingParty(ROMANIA)
                    .receivingParty(AUSTRIA)
                    .disclosingAuthority(
                        Authority.of(AUSTRIA, AuthorityRole.POINT_OF_CONTACT_24_7, "24/7"))
                    .build())
        .withMessageContaining("PreservedTrafficDisclosure.disclosingAuthority");
  }

  @Test
  void aProviderThatIsNotAServiceProviderIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PreservedTrafficDisclosure.builder()
                    .preservationRequestId(RequestId.of("AT-1"))
                    .disclosingParty(ROMANIA)
                    .receivingParty(AUSTRIA)
                    .disclosingAuthority(
                        Authority.of(ROMANIA, AuthorityRole.POINT_OF_CONTACT_24_7, "24/7"))
                    .identifiedProvider(
                        Authority.of(NETHERLANDS, AuthorityRole.POLICE, "Politie"))
                    .build())
        .withMessageContaining("PreservedTrafficDisclosure.identifiedProvider");
  }

  @Test
  void toStringShowsNoPath() {
    assertThat(disclosureWithout("").toString()).doesNotContain("Zqpath");
  }
}
