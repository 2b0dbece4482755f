package org.treatyflow.workflow.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;

import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.financial.BankingTransactionInformationRequest;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.financial.FinancialFixtures.Spec;

class BankingTransactionInformationWorkflowTest extends SectionTwoWorkflowContract<BankingTransactionInformationRequest> {
  @Override
  Workflow<BankingTransactionInformationRequest, AssistanceStatus, AssistanceAction> workflow() {
    return BankingTransactionInformationWorkflow.WORKFLOW;
  }

  @Override
  BankingTransactionInformationRequest request(Spec spec) {
    return FinancialFixtures.transactions(spec);
  }

  @Override
  ArticleCitation basis() {
    return WARSAW.cite(18, 1);
  }

  @Override
  ArticleCitation conditionalGrantCitation() {
    return WARSAW.cite(18, 4);
  }

  @Test
  void wc18_1_aRequestWithoutItsPeriodIsNotSent() {
    BankingTransactionInformationRequest complete = request(Spec.standard());
    BankingTransactionInformationRequest incomplete =
        BankingTransactionInformationRequest.builder()
            .header(complete.header())
            .content(complete.content())
            .addAllOffences(complete.offences())
            .addAllAccounts(complete.accounts())
            .relevance(complete.relevance())
            .build();
    assertIncompleteRequestIsNotSent(incomplete, "WC_18_1_PERIOD");
  }

  @Test
  void wc18_4_conditionsAsForSearchAndSeizureRestOnWc18_4() {
    var line = workflow().table().find(AssistanceStatus.UNDER_REVIEW, AssistanceAction.GRANT_CONDITIONALLY).orElseThrow();
    assertThat(line.citation()).isEqualTo(WARSAW.cite(18, 4));
    assertThat(line.verification()).isEqualTo(Verification.CONFIRMED);
    assertThat(workflow().table().actions()).doesNotContain(AssistanceAction.TRANSMIT_INTERIM_RESULT);
  }
}
