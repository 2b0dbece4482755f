package org.treatyflow.workflow.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACKNOWLEDGE;
import static org.treatyflow.workflow.assistance.AssistanceAction.CLOSE;
import static org.treatyflow.workflow.assistance.AssistanceAction.RECEIVE;
import static org.treatyflow.workflow.assistance.AssistanceAction.START_EXECUTION;
import static org.treatyflow.workflow.assistance.AssistanceAction.SUBMIT;
import static org.treatyflow.workflow.assistance.AssistanceAction.TRANSMIT_RESULT;
import static org.treatyflow.workflow.financial.FinancialFixtures.DUTCH_CENTRAL_AUTHORITY;
import static org.treatyflow.workflow.financial.FinancialFixtures.POLISH_CENTRAL_AUTHORITY;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.financial.BankAccountInformationRequest;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.financial.FinancialFixtures.Spec;

class BankAccountInformationWorkflowTest extends SectionTwoWorkflowContract<BankAccountInformationRequest> {
  @Override
  Workflow<BankAccountInformationRequest, AssistanceStatus, AssistanceAction> workflow() {
    return BankAccountInformationWorkflow.WORKFLOW;
  }

  @Override
  BankAccountInformationRequest request(Spec spec) {
    return FinancialFixtures.bankAccount(spec);
  }

  @Override
  ArticleCitation conditionalGrantCitation() {
    return WARSAW.cite(17, 4);
  }

  @Test
  void aCompleteRequestIsSentAcceptedExecutedAnsweredAndClosed() {
    var c = workflow().open(request(Spec.standard()));
    assertThat(c.status()).isEqualTo(AssistanceStatus.DRAFT);
    c = step(c, SUBMIT, DUTCH_CENTRAL_AUTHORITY);
    c = step(c, RECEIVE, POLISH_CENTRAL_AUTHORITY);
    c = step(c, ACKNOWLEDGE, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.acknowledgement(family(), true));
    c = step(c, ACCEPT, POLISH_CENTRAL_AUTHORITY);
    c = step(c, START_EXECUTION, POLISH_CENTRAL_AUTHORITY);
    c = resultsDue(c);
    c = step(c, TRANSMIT_RESULT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of()));
    c = step(c, CLOSE, DUTCH_CENTRAL_AUTHORITY);
    assertThat(c.status()).isEqualTo(AssistanceStatus.CLOSED);
    assertThat(c.history()).extracting(e -> e.citation().toString())
        .containsSubsequence(
            "WC 37(1)", "WC 17(1)", "WC 41(1)(a)", "WC 17(1)", "WC 17(1)", "WC 41(1)(b)", "WC 41(1)(b)");
    assertThat(c.history()).extracting(e -> e.to()).endsWith(
        AssistanceStatus.EXECUTING, AssistanceStatus.RESULT_TRANSMITTED, AssistanceStatus.CLOSED);
    assertThat(c.lastEvent().orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
  }

  @Test
  void theTableCitesTheFamilysArticleForReceivingAcceptingAndExecuting() {
    assertThat(workflow().table().find(AssistanceStatus.TRANSMITTED, RECEIVE).orElseThrow().citation())
        .hasToString("WC 17(1)");
    assertThat(workflow().table().find(AssistanceStatus.UNDER_REVIEW, ACCEPT).orElseThrow().citation())
        .hasToString("WC 17(1)");
    assertThat(workflow().table().find(AssistanceStatus.ACCEPTED, START_EXECUTION).orElseThrow().citation())
        .hasToString("WC 17(1)");
  }

  /** Results are due as soon as execution has started. */
  private org.treatyflow.workflow.CaseFile<BankAccountInformationRequest, AssistanceStatus, AssistanceAction> resultsDue(
      org.treatyflow.workflow.CaseFile<BankAccountInformationRequest, AssistanceStatus, AssistanceAction> c) {
    return c;
  }

  @Test
  void wc17_3_aRequestNotExplainingTheSubstantialValueIsNotSent() {
    BankAccountInformationRequest complete = request(Spec.standard());
    BankAccountInformationRequest incomplete =
        BankAccountInformationRequest.builder()
            .header(complete.header())
            .content(complete.content())
            .addAllOffences(complete.offences())
            .presumptionReason(complete.presumptionReason())
            .build();
    assertIncompleteRequestIsNotSent(incomplete, "WC_17_3_A_SUBSTANTIAL_VALUE");
  }

  @Test
  void wc17_4_conditionsAsForSearchAndSeizureRestOnWc17_4() {
    var line = workflow().table().find(AssistanceStatus.UNDER_REVIEW, AssistanceAction.GRANT_CONDITIONALLY).orElseThrow();
    assertThat(line.citation()).isEqualTo(WARSAW.cite(17, 4));
    assertThat(line.verification()).isEqualTo(Verification.CONFIRMED);
  }
}
