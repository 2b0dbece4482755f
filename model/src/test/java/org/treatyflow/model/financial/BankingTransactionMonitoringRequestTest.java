package org.treatyflow.model.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.model.common.ViolationAssertions.assertOnlyViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.RequestFamily;

class BankingTransactionMonitoringRequestTest extends AccountPeriodRequestTestBase {

  @Override
  BankingTransactionMonitoringRequest example(String omit) {
    return BankingTransactionMonitoringRequest.builder()
        .header(SectionTwoFixtures.header(omit, WARSAW.cite(19)))
        .content(SectionTwoFixtures.content(omit))
        .practicalArrangements("Weekly reports to the investigating police unit.")
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
    return RequestFamily.BANKING_TRANSACTION_MONITORING;
  }

  @Override
  String typeName() {
    return "BankingTransactionMonitoringRequest";
  }

  @ParameterizedTest(name = "without {0}: {1}")
  @CsvSource({
    "legalBasis, WC_19_LEGAL_BASIS, WC 19, header.legalBasis",
    "accounts, WC_19_ACCOUNTS, WC 19, accounts",
    "period, WC_19_PERIOD, WC 19, periodStart",
    "periodEnd, WC_19_PERIOD, WC 19, periodStart",
    "relevance, WC_19_RELEVANCE, WC 19, relevance"
  })
  void eachMissingItemReportsExactlyItsViolation(
      String omit, String code, String citation, String field) {
    assertOnlyViolation(example(omit).completenessViolations(), code, citation, field);
  }

  @Test
  void everyRuleHasAnExampleMissingIt() {
    assertThat(BankingTransactionMonitoringRequest.REQUIRED_CONTENT.rules()).hasSize(12); // "period" and "periodEnd" share one rule
  }
}
