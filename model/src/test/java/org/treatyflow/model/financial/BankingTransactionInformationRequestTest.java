package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;

class BankingTransactionInformationRequestTest {

  private static BankingTransactionInformationRequest example(String omit) {
    BankingTransactionInformationRequest.Builder request =
        BankingTransactionInformationRequest.builder()
            .header(Fixtures.header(omit, WARSAW.cite(18)))
            .content(Fixtures.content(omit));
    if (!omit.equals("offences")) {
      request.addOffences(Fixtures.offence());
    }
    if (!omit.equals("accounts")) {
      request.addAccounts(Fixtures.account());
    }
    if (!omit.equals("period")) {
      request.periodStart(LocalDate.of(2026, 1, 1));
    }
    if (!omit.equals("period") && !omit.equals("periodEnd")) {
      request.periodEnd(LocalDate.of(2026, 3, 31));
    }
    if (!omit.equals("relevance")) {
      request.relevance("The accounts received the takings of the online shop.");
    }
    return request.build();
  }

  @Test
  void completeExampleHasNoViolations() {
    BankingTransactionInformationRequest request = example("");
    assertThat(request.completenessViolations()).isEmpty();
    assertThat(request.family()).isEqualTo(RequestFamily.BANKING_TRANSACTION_INFORMATION);
  }

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "legalBasis, WC_18_LEGAL_BASIS, WC 18, header.legalBasis",
    "channel, WC_34_CHAPTER_IV_CHANNEL, WC 34, header.channel",
    "urgency, WC_34_2_DIRECT_JUDICIAL_URGENCY, WC 34(2), header.urgency",
    "direct, WC_34_5_DIRECT_NON_COERCIVE, WC 34(5), header.channel",
    "objectAndReason, WC_37_1_B_OBJECT_AND_REASON, WC 37(1)(b), content.objectAndReason",
    "facts, WC_37_1_C_FACTS, WC 37(1)(c), content.facts.summary",
    "statutory, WC_37_1_D_I_STATUTORY_PROVISIONS, WC 37(1)(d)(i), content.statutoryProvisions",
    "confirmation, WC_37_1_D_II_MEASURE_AVAILABLE_AT_HOME, WC 37(1)(d)(ii), content.measureAvailableAtHome",
    "offences, WC_37_1_C_OFFENCE, WC 37(1)(c), offences",
    "accounts, WC_18_1_ACCOUNTS, WC 18(1), accounts",
    "period, WC_18_1_PERIOD, WC 18(1), periodStart",
    "periodEnd, WC_18_1_PERIOD, WC 18(1), periodStart",
    "relevance, WC_18_3_RELEVANCE, WC 18(3), relevance"
  })
  void eachMissingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field) {
    assertThat(example(omit).completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(Tuple.tuple(code, ArticleCitation.parse(citation), field));
  }

  @Test
  void everyRuleHasAnExampleMissingIt() {
    assertThat(BankingTransactionInformationRequest.REQUIRED_CONTENT.rules()).hasSize(12); // "period" and "periodEnd" share one rule
  }

  @Test
  void directRoutesAreOpenWhenTheirConditionsHold() {
    assertThat(example("nonCoerciveDirect").completenessViolations()).isEmpty();
    assertThat(example("urgentDirectJudicial").completenessViolations()).isEmpty();
  }

  @Test
  void toStringShowsNoPersonalData() {
    assertThat(example("").toString())
        .doesNotContain("Ana Example", "online shop", "AT611904300234573201", "Zq");
  }

  @Test
  void aOneDayPeriodIsAllowed() {
    BankingTransactionInformationRequest request =
        BankingTransactionInformationRequest.builder()
            .header(Fixtures.header("", WARSAW.cite(18)))
            .content(Fixtures.content(""))
            .addOffences(Fixtures.offence())
            .addAccounts(Fixtures.account())
            .periodStart(LocalDate.of(2026, 1, 1))
            .periodEnd(LocalDate.of(2026, 1, 1))
            .relevance("Relevant.")
            .build();
    assertThat(request.completenessViolations()).isEmpty();
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRejected() {
    // broken on purpose: the period ends the day before it starts
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                BankingTransactionInformationRequest.builder()
                    .header(Fixtures.header("", WARSAW.cite(18)))
                    .content(Fixtures.content(""))
                    .periodStart(LocalDate.of(2026, 1, 2))
                    .periodEnd(LocalDate.of(2026, 1, 1))
                    .build())
        .withMessageContaining("BankingTransactionInformationRequest.periodEnd");
  }
}
