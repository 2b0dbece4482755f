package org.treatyflow.workflow.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;

import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.ArticleCitation;
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
  ArticleCitation basis() {
    return WARSAW.cite(16);
  }

  @Override
  ArticleCitation conditionalGrantCitation() {
    return WARSAW.cite(30);
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
