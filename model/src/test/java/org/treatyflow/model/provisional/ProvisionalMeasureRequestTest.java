package org.treatyflow.model.provisional;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.VirtualCurrencyWallet;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.financial.WarsawRequestContent;

class ProvisionalMeasureRequestTest {

  /** An item the fixture leaves out or gets wrong. */
  enum Gap {
    LEGAL_BASIS,
    PROCEEDINGS,
    ASSETS,
    CHANNEL,
    ROUTINE_DIRECT_JUDICIAL,
    OBJECT_AND_REASON,
    FACTS,
    STATUTORY_PROVISIONS,
    MEASURE_AVAILABLE_AT_HOME,
    COERCIVE,
    MAXIMUM_AMOUNT
  }

  private static final Party AT = Party.of("AT");
  private static final Party RO = Party.of("RO");

  /** A value-based freezing request for a bitcoin wallet, complete except for {@code gaps}. */
  static ProvisionalMeasureRequest request(Set<Gap> gaps) {
    return request(gaps, Urgency.ROUTINE);
  }

  /** As {@link #request(Set)}, sent with {@code urgency}. */
  static ProvisionalMeasureRequest request(Set<Gap> gaps, Urgency urgency) {
    RequestHeader.Builder header =
        RequestHeader.builder()
            .id(RequestId.of("AT-2026-00042"))
            .requestingParty(AT)
            .requestedParty(RO)
            .requestingAuthority(
                Authority.of(AT, AuthorityRole.CENTRAL_AUTHORITY, "Federal Ministry of Justice"))
            .channel(
                gaps.contains(Gap.CHANNEL)
                    ? Channel.NETWORK_24_7
                    : gaps.contains(Gap.ROUTINE_DIRECT_JUDICIAL)
                        ? Channel.DIRECT_JUDICIAL
                        : Channel.CENTRAL_AUTHORITY)
            .urgency(urgency)
            .language(Language.of("en"))
            .addLegalBasis(gaps.contains(Gap.LEGAL_BASIS) ? BUDAPEST.cite(29) : WARSAW.cite(21, 1));
    WarsawRequestContent.Builder content =
        WarsawRequestContent.builder().coercive(!gaps.contains(Gap.COERCIVE));
    if (!gaps.contains(Gap.OBJECT_AND_REASON)) {
      content.objectAndReason("To freeze the proceeds of a computer fraud pending confiscation.");
    }
    if (!gaps.contains(Gap.FACTS)) {
      content.facts(Facts.summary("Payments obtained through a fraudulent online shop."));
    }
    if (!gaps.contains(Gap.STATUTORY_PROVISIONS)) {
      content.statutoryProvisions("Section 115 of the Code of Criminal Procedure");
    }
    content.measureAvailableAtHome(!gaps.contains(Gap.MEASURE_AVAILABLE_AT_HOME));
    ProvisionalMeasureRequest.Builder request =
        ProvisionalMeasureRequest.builder()
            .header(header.build())
            .addOffences(Offence.builder().domesticDescription("Computer fraud").build())
            .content(content.build())
            .measure(ProvisionalMeasure.FREEZING)
            .proceedingsInstituted(!gaps.contains(Gap.PROCEEDINGS))
            .proceedingsReference("12 St 345/26 against Zq Example")
            .valueBased(true);
    if (!gaps.contains(Gap.ASSETS)) {
      request.addAssets(
          VirtualCurrencyWallet.builder()
              .asset(AssetCode.BTC)
              .network("bitcoin")
              .address("1BoatSLRHtKNngkdXEeobR76b53LETtpyT")
              .build());
    }
    if (!gaps.contains(Gap.MAXIMUM_AMOUNT)) {
      request.maximumAmount(Amount.of("50000.00", AssetCode.EUR));
    }
    return request.build();
  }

  static Stream<Arguments> gaps() {
    return Stream.of(
        Arguments.of(Gap.LEGAL_BASIS, "WC_21_LEGAL_BASIS", WARSAW.cite(21), "header.legalBasis"),
        Arguments.of(
            Gap.PROCEEDINGS, "WC_21_1_PROCEEDINGS_INSTITUTED", WARSAW.cite(21, 1), "proceedingsInstituted"),
        Arguments.of(
            Gap.ASSETS, "WC_21_1_PROPERTY_TO_FREEZE_OR_SEIZE", WARSAW.cite(21, 1), "assets"),
        Arguments.of(
            Gap.CHANNEL, "WC_34_PROVISIONAL_MEASURE_CHANNEL", WARSAW.cite(34), "header.channel"),
        Arguments.of(
            Gap.ROUTINE_DIRECT_JUDICIAL,
            "WC_34_2_DIRECT_JUDICIAL_URGENCY",
            WARSAW.cite(34, 2),
            "header.urgency"),
        Arguments.of(
            Gap.OBJECT_AND_REASON,
            "WC_37_1_B_OBJECT_AND_REASON",
            WARSAW.cite(37, 1, "b"),
            "content.objectAndReason"),
        Arguments.of(Gap.FACTS, "WC_37_1_C_FACTS", WARSAW.cite(37, 1, "c"), "content.facts.summary"),
        Arguments.of(
            Gap.STATUTORY_PROVISIONS,
            "WC_37_1_D_I_STATUTORY_PROVISIONS",
            WARSAW.cite(37, 1, "d", "i"),
            "content.statutoryProvisions"),
        Arguments.of(
            Gap.MEASURE_AVAILABLE_AT_HOME,
            "WC_37_1_D_II_MEASURE_AVAILABLE_AT_HOME",
            WARSAW.cite(37, 1, "d", "ii"),
            "content.measureAvailableAtHome"),
        Arguments.of(
            Gap.COERCIVE,
            "WC_37_1_D_PROVISIONAL_MEASURE_IS_COERCIVE",
            WARSAW.cite(37, 1, "d"),
            "content.coercive"),
        Arguments.of(Gap.MAXIMUM_AMOUNT, "WC_37_2_MAXIMUM_AMOUNT", WARSAW.cite(37, 2), "maximumAmount"));
  }

  @Test
  void aCompleteRequestHasNoViolations() {
    ProvisionalMeasureRequest request = request(EnumSet.noneOf(Gap.class));
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.isComplete()).isTrue();
    assertThat(request.family()).isEqualTo(RequestFamily.PROVISIONAL_MEASURES);
    assertThat(request.family().warsawSection()).hasValueSatisfying(s -> assertThat(s.number()).isEqualTo(3));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("gaps")
  void eachMissingItemReportsExactlyItsViolation(
      Gap gap, String code, ArticleCitation citation, String field) {
    assertOnlyViolation(request(EnumSet.of(gap)).completenessViolations(), code, citation, field);
  }

  @Test
  void everyRuleIsExercisedByAGap() {
    assertThat(gaps().map(a -> (String) a.get()[1]))
        .containsExactlyElementsOf(
            ProvisionalMeasureRequest.REQUIRED_CONTENT.rules().stream()
                .map(r -> r.violation().code())
                .toList());
  }

  @Test
  void anUrgentRequestMayGoDirectlyBetweenJudicialAuthorities() {
    ProvisionalMeasureRequest urgent =
        request(EnumSet.of(Gap.ROUTINE_DIRECT_JUDICIAL), Urgency.URGENT);
    assertThat(urgent.header().channel()).isEqualTo(Channel.DIRECT_JUDICIAL);
    assertThat(urgent.completenessViolations()).isEmpty();
  }

  @Test
  void aMeasureNotSecuringValueConfiscationNeedsNoMaximumAmount() {
    ProvisionalMeasureRequest request =
        ProvisionalMeasureRequest.builder()
            .header(request(EnumSet.noneOf(Gap.class)).header())
            .content(request(EnumSet.noneOf(Gap.class)).content())
            .measure(ProvisionalMeasure.SEIZURE)
            .proceedingsInstituted(true)
            .addAllAssets(request(EnumSet.noneOf(Gap.class)).assets())
            .build();
    assertThat(request.completenessViolations()).isEmpty();
  }

  @Test
  void aDraftReportsEveryMissingItemAtOnceInArticleOrder() {
    ProvisionalMeasureRequest draft = request(EnumSet.allOf(Gap.class));
    assertThat(draft.completenessViolations())
        .extracting(Violation::code)
        .containsExactly(
            "WC_21_LEGAL_BASIS",
            "WC_21_1_PROCEEDINGS_INSTITUTED",
            "WC_21_1_PROPERTY_TO_FREEZE_OR_SEIZE",
            "WC_34_PROVISIONAL_MEASURE_CHANNEL",
            "WC_37_1_B_OBJECT_AND_REASON",
            "WC_37_1_C_FACTS",
            "WC_37_1_D_PROVISIONAL_MEASURE_IS_COERCIVE",
            "WC_37_2_MAXIMUM_AMOUNT");
  }

  @Test
  void aBlankProceedingsReferenceIsRejected() {
    ProvisionalMeasureRequest complete = request(EnumSet.noneOf(Gap.class));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ProvisionalMeasureRequest.builder()
                    .header(complete.header())
                    .content(complete.content())
                    .measure(ProvisionalMeasure.FREEZING)
                    .proceedingsReference(" ")
                    .build())
        .withMessageContaining("ProvisionalMeasureRequest.proceedingsReference");
  }

  @Test
  void aLinkToItselfIsRejected() {
    ProvisionalMeasureRequest complete = request(EnumSet.noneOf(Gap.class));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ProvisionalMeasureRequest.builder()
                    .header(complete.header())
                    .content(complete.content())
                    .measure(ProvisionalMeasure.FREEZING)
                    .linkedConfiscationRequest(complete.header().id())
                    .build())
        .withMessageContaining("ProvisionalMeasureRequest.linkedConfiscationRequest");
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(request(EnumSet.noneOf(Gap.class)).toString())
        .doesNotContain("1BoatSLRHtKNngkdXEeobR76b53LETtpyT")
        .doesNotContain("fraudulent online shop")
        .doesNotContain("12 St 345/26")
        .doesNotContain("Zq");
  }
}
