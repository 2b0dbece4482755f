package org.treatyflow.model.confiscation;

import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.confiscation.ConfiscationKind.PROPERTY;
import static org.treatyflow.model.confiscation.ConfiscationKind.VALUE;
import static org.treatyflow.model.confiscation.ConfiscationMode.DOMESTIC_ORDER;
import static org.treatyflow.model.confiscation.ConfiscationMode.ENFORCE_FOREIGN_ORDER;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.asset.AssetCode;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.asset.Iban;
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

class ConfiscationRequestTest {

  /** An item the fixture leaves out or gets wrong. */
  enum Gap {
    LEGAL_BASIS,
    ASSETS,
    ORDER_AMOUNT,
    CHANNEL,
    ROUTINE_DIRECT_JUDICIAL,
    OBJECT_AND_REASON,
    FACTS,
    STATUTORY_PROVISIONS,
    MEASURE_AVAILABLE_AT_HOME,
    COERCIVE,
    CERTIFIED_COPY,
    STATEMENT_OF_GROUNDS,
    ENFORCEABILITY,
    EXTENT,
    PROVISIONAL_MEASURES_STATED,
    FACTS_FOR_DOMESTIC_ORDER,
    THIRD_PARTY_DOCUMENTS
  }

  static final Party AT = Party.of("AT");
  static final Party RO = Party.of("RO");
  static final String IBAN = "RO49AAAA1B31007593840000";

  static RequestHeader header(Channel channel, ArticleCitation legalBasis) {
    return header(channel, Urgency.ROUTINE, legalBasis);
  }

  static RequestHeader header(Channel channel, Urgency urgency, ArticleCitation legalBasis) {
    return RequestHeader.builder()
        .id(RequestId.of("AT-2026-00077"))
        .requestingParty(AT)
        .requestedParty(RO)
        .requestingAuthority(
            Authority.of(AT, AuthorityRole.CENTRAL_AUTHORITY, "Federal Ministry of Justice"))
        .channel(channel)
        .urgency(urgency)
        .language(Language.of("en"))
        .addLegalBasis(legalBasis)
        .build();
  }

  static WarsawRequestContent content(Set<Gap> gaps, boolean coercive) {
    WarsawRequestContent.Builder content = WarsawRequestContent.builder().coercive(coercive);
    if (!gaps.contains(Gap.OBJECT_AND_REASON)) {
      content.objectAndReason("To confiscate the proceeds of a computer fraud.");
    }
    if (!gaps.contains(Gap.FACTS)) {
      content.facts(Facts.summary("Payments obtained through a fraudulent online shop."));
    }
    if (!gaps.contains(Gap.STATUTORY_PROVISIONS)) {
      content.statutoryProvisions("Section 20 of the Criminal Code");
    }
    return content.measureAvailableAtHome(!gaps.contains(Gap.MEASURE_AVAILABLE_AT_HOME)).build();
  }

  /** A confiscation request of {@code mode} and {@code kind}, complete except for {@code gaps}. */
  static ConfiscationRequest request(ConfiscationMode mode, ConfiscationKind kind, Set<Gap> gaps) {
    return request(mode, kind, gaps, Urgency.ROUTINE);
  }

  /** As {@link #request(ConfiscationMode, ConfiscationKind, Set)}, sent with {@code urgency}. */
  static ConfiscationRequest request(
      ConfiscationMode mode, ConfiscationKind kind, Set<Gap> gaps, Urgency urgency) {
    ConfiscationRequest.Builder request =
        ConfiscationRequest.builder()
            .header(
                header(
                    gaps.contains(Gap.CHANNEL)
                        ? Channel.DIRECT_COMPETENT_AUTHORITIES
                        : gaps.contains(Gap.ROUTINE_DIRECT_JUDICIAL)
                            ? Channel.DIRECT_JUDICIAL
                            : Channel.CENTRAL_AUTHORITY,
                    urgency,
                    gaps.contains(Gap.LEGAL_BASIS) ? BUDAPEST.cite(27) : WARSAW.cite(23, 1, "a")))
            .addOffences(Offence.builder().domesticDescription("Computer fraud").build())
            .content(content(gaps, !gaps.contains(Gap.COERCIVE)))
            .mode(mode)
            .kind(kind)
            .noImprisonmentInDefault(true)
            .addOtherPartiesRequested(Party.of("DE"))
            .thirdPartiesInvolved(true)
            .thirdPartyDocumentsAttached(!gaps.contains(Gap.THIRD_PARTY_DOCUMENTS));
    if (!gaps.contains(Gap.ASSETS)) {
      request.addAssets(BankAccount.builder().iban(Iban.of(IBAN)).build());
    }
    if (kind == VALUE && !gaps.contains(Gap.ORDER_AMOUNT)) {
      request.orderAmount(Amount.of("120000.00", AssetCode.EUR));
    }
    if (mode == ENFORCE_FOREIGN_ORDER) {
      request
          .certifiedCopyOfOrderAttached(!gaps.contains(Gap.CERTIFIED_COPY))
          .statementOfGroundsAttached(!gaps.contains(Gap.STATEMENT_OF_GROUNDS))
          .enforceabilityAttested(!gaps.contains(Gap.ENFORCEABILITY));
      if (!gaps.contains(Gap.EXTENT)) {
        request.extentOfEnforcement("The full amount of the order, from the account described.");
      }
      if (!gaps.contains(Gap.PROVISIONAL_MEASURES_STATED)) {
        request.provisionalMeasuresNeeded(false);
      }
    } else if (!gaps.contains(Gap.FACTS_FOR_DOMESTIC_ORDER)) {
      request.statementOfFactsForDomesticOrder(
          "The account received the payments of the victims of the fraudulent shop.");
    }
    return request.build();
  }

  static Stream<Arguments> gaps() {
    return Stream.of(
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.LEGAL_BASIS,
            "WC_23_LEGAL_BASIS", WARSAW.cite(23), "header.legalBasis"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, PROPERTY, Gap.ASSETS,
            "WC_23_1_PROPERTY_OR_AMOUNT", WARSAW.cite(23, 1), "assets"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.ORDER_AMOUNT,
            "WC_23_3_ORDER_AMOUNT", WARSAW.cite(23, 3), "orderAmount"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.CHANNEL,
            "WC_34_CONFISCATION_CHANNEL", WARSAW.cite(34), "header.channel"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.ROUTINE_DIRECT_JUDICIAL,
            "WC_34_2_DIRECT_JUDICIAL_URGENCY", WARSAW.cite(34, 2), "header.urgency"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.OBJECT_AND_REASON,
            "WC_37_1_B_OBJECT_AND_REASON", WARSAW.cite(37, 1, "b"), "content.objectAndReason"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.FACTS,
            "WC_37_1_C_FACTS", WARSAW.cite(37, 1, "c"), "content.facts.summary"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.STATUTORY_PROVISIONS,
            "WC_37_1_D_I_STATUTORY_PROVISIONS", WARSAW.cite(37, 1, "d", "i"),
            "content.statutoryProvisions"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.MEASURE_AVAILABLE_AT_HOME,
            "WC_37_1_D_II_MEASURE_AVAILABLE_AT_HOME", WARSAW.cite(37, 1, "d", "ii"),
            "content.measureAvailableAtHome"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.COERCIVE,
            "WC_37_1_D_CONFISCATION_IS_COERCIVE", WARSAW.cite(37, 1, "d"), "content.coercive"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.CERTIFIED_COPY,
            "WC_37_3_CERTIFIED_COPY_OF_ORDER", WARSAW.cite(37, 3), "certifiedCopyOfOrderAttached"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.STATEMENT_OF_GROUNDS,
            "WC_37_3_STATEMENT_OF_GROUNDS", WARSAW.cite(37, 3), "statementOfGroundsAttached"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.ENFORCEABILITY,
            "WC_37_3_ENFORCEABILITY_ATTESTATION", WARSAW.cite(37, 3), "enforceabilityAttested"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.EXTENT,
            "WC_37_3_EXTENT_OF_ENFORCEMENT", WARSAW.cite(37, 3), "extentOfEnforcement"),
        Arguments.of(ENFORCE_FOREIGN_ORDER, VALUE, Gap.PROVISIONAL_MEASURES_STATED,
            "WC_37_3_NEED_FOR_PROVISIONAL_MEASURES", WARSAW.cite(37, 3),
            "provisionalMeasuresNeeded"),
        Arguments.of(DOMESTIC_ORDER, PROPERTY, Gap.FACTS_FOR_DOMESTIC_ORDER,
            "WC_37_3_FACTS_FOR_DOMESTIC_ORDER", WARSAW.cite(37, 3),
            "statementOfFactsForDomesticOrder"),
        Arguments.of(DOMESTIC_ORDER, VALUE, Gap.THIRD_PARTY_DOCUMENTS,
            "WC_37_3_THIRD_PARTY_DOCUMENTS", WARSAW.cite(37, 3), "thirdPartyDocumentsAttached"));
  }

  @ParameterizedTest
  @EnumSource(ConfiscationMode.class)
  void completeRequestsOfEitherModeAndKindHaveNoViolations(ConfiscationMode mode) {
    for (ConfiscationKind kind : ConfiscationKind.values()) {
      ConfiscationRequest request = request(mode, kind, EnumSet.noneOf(Gap.class));
      assertThat(request.completenessViolations()).as("%s %s", mode, kind).isEmpty();
      assertThat(request.family()).isEqualTo(RequestFamily.CONFISCATION);
      assertThat(request.family().warsawSection())
          .hasValueSatisfying(s -> assertThat(s.number()).isEqualTo(4));
    }
  }

  @ParameterizedTest(name = "{2} ({0}, {1}) -> {3}")
  @MethodSource("gaps")
  void eachMissingItemReportsExactlyItsViolation(
      ConfiscationMode mode,
      ConfiscationKind kind,
      Gap gap,
      String code,
      ArticleCitation citation,
      String field) {
    assertOnlyViolation(request(mode, kind, EnumSet.of(gap)).completenessViolations(), code, citation, field);
  }

  @Test
  void everyRuleIsExercisedByAGap() {
    assertThat(gaps().map(a -> (String) a.get()[3]))
        .containsExactlyElementsOf(
            ConfiscationRequest.REQUIRED_CONTENT.rules().stream()
                .map(r -> r.violation().code())
                .toList());
  }

  @Test
  void anUrgentRequestMayGoDirectlyBetweenJudicialAuthorities() {
    ConfiscationRequest urgent =
        request(ENFORCE_FOREIGN_ORDER, VALUE, EnumSet.of(Gap.ROUTINE_DIRECT_JUDICIAL), Urgency.URGENT);
    assertThat(urgent.header().channel()).isEqualTo(Channel.DIRECT_JUDICIAL);
    assertThat(urgent.completenessViolations()).isEmpty();
  }

  @Test
  void theModeADocumentsAreNotAskedOfADomesticOrderRequest() {
    // Mode (b) fixture sets none of the mode (a) documents.
    ConfiscationRequest request = request(DOMESTIC_ORDER, PROPERTY, EnumSet.noneOf(Gap.class));
    assertThat(request.certifiedCopyOfOrderAttached()).isFalse();
    assertThat(request.enforceabilityAttested()).isFalse();
    assertThat(request.completenessViolations()).isEmpty();
  }

  @Test
  void aValueConfiscationNeedsNoAssetWhenTheAmountIsGiven() {
    assertThat(
            request(ENFORCE_FOREIGN_ORDER, VALUE, EnumSet.of(Gap.ASSETS)).completenessViolations())
        .isEmpty();
  }

  @Test
  void aValueConfiscationWithNeitherAssetNorAmountReportsBoth() {
    assertThat(
            request(ENFORCE_FOREIGN_ORDER, VALUE, EnumSet.of(Gap.ASSETS, Gap.ORDER_AMOUNT))
                .completenessViolations())
        .extracting(Violation::code)
        .containsExactly("WC_23_1_PROPERTY_OR_AMOUNT", "WC_23_3_ORDER_AMOUNT");
  }

  @Test
  void otherPartiesRequestedMustNotNameTheRequestedParty() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ConfiscationRequest.builder()
                    .header(header(Channel.CENTRAL_AUTHORITY, WARSAW.cite(23)))
                    .content(content(EnumSet.noneOf(Gap.class), true))
                    .mode(ENFORCE_FOREIGN_ORDER)
                    .kind(PROPERTY)
                    .addOtherPartiesRequested(RO)
                    .build())
        .withMessageContaining("ConfiscationRequest.otherPartiesRequested");
  }

  @Test
  void toStringHidesPersonalData() {
    assertThat(request(ENFORCE_FOREIGN_ORDER, VALUE, EnumSet.noneOf(Gap.class)).toString())
        .doesNotContain(IBAN)
        .doesNotContain("account described");
    assertThat(request(DOMESTIC_ORDER, VALUE, EnumSet.noneOf(Gap.class)).toString())
        .doesNotContain("victims of the fraudulent shop");
  }
}
