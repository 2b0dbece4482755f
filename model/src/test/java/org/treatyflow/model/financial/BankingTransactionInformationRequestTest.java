package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.RequestFamily;

class BankingTransactionInformationRequestTest extends AccountPeriodRequestTestBase {

  @Override
  BankingTransactionInformationRequest example(String omit) {
    return BankingTransactionInformationRequest.builder()
        .header(SectionTwoFixtures.header(omit, WARSAW.cite(18)))
        .content(SectionTwoFixtures.content(omit))
        .addAllOffences(SectionTwoFixtures.offences(omit))
        .addAllAccounts(SectionTwoFixtures.accounts(omit))
        .periodStart(SectionTwoFixtures.periodStart(omit))
        .periodEnd(SectionTwoFixtures.periodEnd(omit))
        .relevance(
            SectionTwoFixtures.unless(
                omit, "relevance", "The accounts received the takings of the online shop."))
        .build();
  }

  @Override
  RequestFamily family() {
    return RequestFamily.BANKING_TRANSACTION_INFORMATION;
  }

  @Override
  String typeName() {
    return "BankingTransactionInformationRequest";
  }

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "legalBasis, WC_18_LEGAL_BASIS, WC 18, header.legalBasis",
    "accounts, WC_18_1_ACCOUNTS, WC 18(1), accounts",
    "period, WC_18_1_PERIOD, WC 18(1), periodStart",
    "periodEnd, WC_18_1_PERIOD, WC 18(1), periodStart",
    "relevance, WC_18_3_RELEVANCE, WC 18(3), relevance"
  })
  void eachMissingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field) {
    assertOnlyViolation(example(omit).completenessViolations(), code, citation, field);
  }

  @Test
  void everyRuleHasAnExampleMissingIt() {
    assertThat(BankingTransactionInformationRequest.REQUIRED_CONTENT.rules()).hasSize(12); // "period" and "periodEnd" share one rule
  }
}
