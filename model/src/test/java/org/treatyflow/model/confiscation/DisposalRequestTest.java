package org.treatyflow.model.confiscation;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.financial.WarsawRequestContent;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.person.PersonRole;

class DisposalRequestTest {

  /** An item the fixture leaves out or gets wrong. */
  enum Gap {
    LEGAL_BASIS,
    PROPERTY,
    BENEFICIARY_ROLE,
    SHARING_TERMS,
    CHANNEL,
    ROUTINE_DIRECT_JUDICIAL,
    OBJECT_AND_REASON,
    FACTS
  }

  static final String VICTIM_NAME = "Ana Example-Victim";

  static Person person(PersonRole role) {
    return Person.builder().role(role).kind(Person.Kind.NATURAL).name(VICTIM_NAME).build();
  }

  /** A disposal request of {@code disposition}, complete except for {@code gaps}. */
  static DisposalRequest request(Disposition disposition, Set<Gap> gaps) {
    WarsawRequestContent.Builder content = WarsawRequestContent.builder();
    if (!gaps.contains(Gap.OBJECT_AND_REASON)) {
      content.objectAndReason("To compensate the victims from the confiscated funds.");
    }
    if (!gaps.contains(Gap.FACTS)) {
      content.facts(Facts.summary("Payments obtained through a fraudulent online shop."));
    }
    DisposalRequest.Builder request =
        DisposalRequest.builder()
            .header(
                ConfiscationRequestTest.header(
                    gaps.contains(Gap.CHANNEL)
                        ? Channel.FIU_TO_FIU
                        : gaps.contains(Gap.ROUTINE_DIRECT_JUDICIAL)
                            ? Channel.DIRECT_JUDICIAL
                            : Channel.CENTRAL_AUTHORITY,
                    gaps.contains(Gap.LEGAL_BASIS) ? BUDAPEST.cite(27) : WARSAW.cite(25, 2)))
            .content(content.build())
            .confiscationRequestId(RequestId.of("AT-2026-00001"))
            .disposition(disposition);
    if (!gaps.contains(Gap.PROPERTY)) {
      request.amount(Amount.of("80000.00", AssetCode.EUR));
    }
    PersonRole role = disposition.beneficiaryRole().orElse(PersonRole.VICTIM);
    request.addBeneficiaries(
        person(gaps.contains(Gap.BENEFICIARY_ROLE) ? PersonRole.SUSPECT : role));
    if (disposition == Disposition.SHARING && !gaps.contains(Gap.SHARING_TERMS)) {
      request.proposedShare(new BigDecimal("0.5"));
    }
    return request.build();
  }

  static Stream<Arguments> gaps() {
    Disposition victims = Disposition.RETURN_FOR_VICTIM_COMPENSATION;
    return Stream.of(
        Arguments.of(victims, Gap.LEGAL_BASIS,
            "WC_25_LEGAL_BASIS", WARSAW.cite(25), "header.legalBasis"),
        Arguments.of(victims, Gap.PROPERTY,
            "WC_25_1_PROPERTY_CONCERNED", WARSAW.cite(25, 1), "assets"),
        Arguments.of(victims, Gap.BENEFICIARY_ROLE,
            "WC_25_2_BENEFICIARY_ROLES", WARSAW.cite(25, 2), "beneficiaries"),
        Arguments.of(Disposition.SHARING, Gap.SHARING_TERMS,
            "WC_25_3_SHARING_TERMS", WARSAW.cite(25, 3), "proposedShare"),
        Arguments.of(victims, Gap.CHANNEL,
            "WC_34_DISPOSAL_CHANNEL", WARSAW.cite(34), "header.channel"),
        Arguments.of(victims, Gap.ROUTINE_DIRECT_JUDICIAL,
            "WC_34_2_DIRECT_JUDICIAL_URGENCY", WARSAW.cite(34, 2), "header.urgency"),
        Arguments.of(victims, Gap.OBJECT_AND_REASON,
            "WC_37_1_B_OBJECT_AND_REASON", WARSAW.cite(37, 1, "b"), "content.objectAndReason"),
        Arguments.of(victims, Gap.FACTS,
            "WC_37_1_C_FACTS", WARSAW.cite(37, 1, "c"), "content.facts.summary"));
  }

  @ParameterizedTest
  @EnumSource(Disposition.class)
  void aCompleteRequestHasNoViolations(Disposition disposition) {
    DisposalRequest request = request(disposition, EnumSet.noneOf(Gap.class));
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.family()).isEqualTo(RequestFamily.DISPOSAL);
  }

  @ParameterizedTest(name = "{1} ({0}) -> {2}")
  @MethodSource("gaps")
  void eachMissingItemReportsExactlyItsViolation(
      Disposition disposition, Gap gap, String code, ArticleCitation citation, String field) {
    assertOnlyViolation(request(disposition, EnumSet.of(gap)).completenessViolations(), code, citation, field);
  }

  @Test
  void everyRuleOfTheFamilyIsExercisedByAGap() {
    // The WC 37(1)(d) rules of the shared content apply only to coercive action, which disposal is not.
    assertThat(gaps().map(a -> (String) a.get()[2]))
        .containsExactlyElementsOf(
            DisposalRequest.REQUIRED_CONTENT.rules().stream()
                .map(r -> r.violation().code())
                .filter(code -> !code.startsWith("WC_37_1_D"))
                .toList());
  }

  @Test
  void anUrgentRequestMayGoDirectlyBetweenJudicialAuthorities() {
    DisposalRequest request =
        DisposalRequest.builder()
            .header(
                ConfiscationRequestTest.header(
                    Channel.DIRECT_JUDICIAL, Urgency.URGENT, WARSAW.cite(25, 2)))
            .content(request(Disposition.SHARING, EnumSet.noneOf(Gap.class)).content())
            .confiscationRequestId(RequestId.of("AT-2026-00001"))
            .disposition(Disposition.SHARING)
            .proposedShare(new BigDecimal("0.5"))
            .amount(Amount.of("10.00", AssetCode.EUR))
            .build();
    assertThat(request.completenessViolations()).isEmpty();
  }

  @Test
  void aReturnMayBeAskedWithoutNamingTheBeneficiaries() {
    // WC 25 sets no content for the request: naming the victims or owners is not required.
    DisposalRequest request =
        DisposalRequest.builder()
            .header(ConfiscationRequestTest.header(Channel.CENTRAL_AUTHORITY, WARSAW.cite(25, 2)))
            .content(request(Disposition.SHARING, EnumSet.noneOf(Gap.class)).content())
            .confiscationRequestId(RequestId.of("AT-2026-00001"))
            .disposition(Disposition.RETURN_FOR_VICTIM_COMPENSATION)
            .amount(Amount.of("10.00", AssetCode.EUR))
            .build();
    assertThat(request.completenessViolations()).isEmpty();
  }

  @Test
  void theBeneficiaryAndSharingRulesAreLibraryReadings() {
    assertThat(DisposalRequest.REQUIRED_CONTENT.rules())
        .extracting(r -> r.violation().code(), r -> r.violation().verification())
        .contains(
            Tuple.tuple("WC_25_2_BENEFICIARY_ROLES", Verification.UNVERIFIED),
            Tuple.tuple("WC_25_3_SHARING_TERMS", Verification.UNVERIFIED),
            Tuple.tuple("WC_25_1_PROPERTY_CONCERNED", Verification.CONFIRMED));
    assertThat(DisposalRequest.REQUIRED_CONTENT.rules())
        .extracting(r -> r.violation().code())
        .doesNotContain("WC_25_2_BENEFICIARIES_NAMED");
  }

  @Test
  void aReturnToOwnersNamingAVictimIsInconsistent() {
    DisposalRequest request =
        DisposalRequest.builder()
            .header(ConfiscationRequestTest.header(Channel.CENTRAL_AUTHORITY, WARSAW.cite(25)))
            .content(request(Disposition.SHARING, EnumSet.noneOf(Gap.class)).content())
            .confiscationRequestId(RequestId.of("AT-2026-00001"))
            .disposition(Disposition.RETURN_TO_LEGITIMATE_OWNER)
            .addBeneficiaries(person(PersonRole.VICTIM))
            .amount(Amount.of("10.00", AssetCode.EUR))
            .build();
    assertThat(request.completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_25_2_BENEFICIARY_ROLES");
  }

  @Test
  void sharingMayStateAnArrangementInsteadOfAShare() {
    DisposalRequest request =
        DisposalRequest.builder()
            .header(ConfiscationRequestTest.header(Channel.CENTRAL_AUTHORITY, WARSAW.cite(25, 3)))
            .content(request(Disposition.SHARING, EnumSet.noneOf(Gap.class)).content())
            .confiscationRequestId(RequestId.of("AT-2026-00001"))
            .disposition(Disposition.SHARING)
            .sharingArrangement("Bilateral asset-sharing agreement of 2019")
            .amount(Amount.of("10.00", AssetCode.EUR))
            .build();
    assertThat(request.completenessViolations()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "1.01", "2"})
  void aShareOutsideZeroToOneIsRejected(String share) {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DisposalRequest.builder()
                    .header(ConfiscationRequestTest.header(Channel.CENTRAL_AUTHORITY, WARSAW.cite(25)))
                    .content(WarsawRequestContent.builder().build())
                    .confiscationRequestId(RequestId.of("AT-2026-00001"))
                    .disposition(Disposition.SHARING)
                    .proposedShare(new BigDecimal(share))
                    .build())
        .withMessageContaining("DisposalRequest.proposedShare");
  }

  @Test
  void theConfiscationRequestMustBeAnotherRequest() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DisposalRequest.builder()
                    .header(ConfiscationRequestTest.header(Channel.CENTRAL_AUTHORITY, WARSAW.cite(25)))
                    .content(WarsawRequestContent.builder().build())
                    .confiscationRequestId(RequestId.of("AT-2026-00077"))
                    .disposition(Disposition.SHARING)
                    .build())
        .withMessageContaining("DisposalRequest.confiscationRequestId");
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(request(Disposition.RETURN_FOR_VICTIM_COMPENSATION, EnumSet.noneOf(Gap.class)).toString())
        .doesNotContain(VICTIM_NAME);
  }
}
