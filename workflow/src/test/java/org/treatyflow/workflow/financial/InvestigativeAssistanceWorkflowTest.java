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
import org.treatyflow.model.financial.InvestigativeAssistanceRequest;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.financial.FinancialFixtures.Spec;

class InvestigativeAssistanceWorkflowTest extends SectionTwoWorkflowContract<InvestigativeAssistanceRequest> {
  @Override
  Workflow<InvestigativeAssistanceRequest, AssistanceStatus, AssistanceAction> workflow() {
    return InvestigativeAssistanceWorkflow.WORKFLOW;
  }

  @Override
  InvestigativeAssistanceRequest request(Spec spec) {
    return FinancialFixtures.investigative(spec);
  }

  @Override
  ArticleCitation conditionalGrantCitation() {
    return WARSAW.cite(30);
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
            "WC 37(1)", "WC 16", "WC 41(1)(a)", "WC 16", "WC 16", "WC 41(1)(b)", "WC 41(1)(b)");
    assertThat(c.history()).extracting(e -> e.to()).endsWith(
        AssistanceStatus.EXECUTING, AssistanceStatus.RESULT_TRANSMITTED, AssistanceStatus.CLOSED);
    assertThat(c.lastEvent().orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
  }

  @Test
  void theTableCitesTheFamilysArticleForReceivingAcceptingAndExecuting() {
    assertThat(workflow().table().find(AssistanceStatus.TRANSMITTED, RECEIVE).orElseThrow().citation())
        .hasToString("WC 16");
    assertThat(workflow().table().find(AssistanceStatus.UNDER_REVIEW, ACCEPT).orElseThrow().citation())
        .hasToString("WC 16");
    assertThat(workflow().table().find(AssistanceStatus.ACCEPTED, START_EXECUTION).orElseThrow().citation())
        .hasToString("WC 16");
  }

  /** Results are due as soon as execution has started. */
  private org.treatyflow.workflow.CaseFile<InvestigativeAssistanceRequest, AssistanceStatus, AssistanceAction> resultsDue(
      org.treatyflow.workflow.CaseFile<InvestigativeAssistanceRequest, AssistanceStatus, AssistanceAction> c) {
    return c;
  }

  @Test
  void wc16_aRequestNotSayingWhatPropertyToTraceIsNotSent() {
    InvestigativeAssistanceRequest complete = request(Spec.standard());
    InvestigativeAssistanceRequest incomplete =
        InvestigativeAssistanceRequest.builder()
            .header(complete.header())
            .content(complete.content())
            .addAllOffences(complete.offences())
            .build();
    assertIncompleteRequestIsNotSent(incomplete, "WC_16_OBJECT_OF_TRACING");
  }

  @Test
  void tracingHasNoInterimResults() {
    assertThat(workflow().table().actions()).doesNotContain(AssistanceAction.TRANSMIT_INTERIM_RESULT);
    assertThat(workflow().table().find(AssistanceStatus.UNDER_REVIEW, AssistanceAction.GRANT_CONDITIONALLY)
        .orElseThrow().citation()).isEqualTo(WARSAW.cite(30));
  }
}
