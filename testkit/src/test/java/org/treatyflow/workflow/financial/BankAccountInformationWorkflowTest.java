package org.treatyflow.workflow.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;

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
  ArticleCitation basis() {
    return WARSAW.cite(17, 1);
  }

  @Override
  ArticleCitation conditionalGrantCitation() {
    return WARSAW.cite(17, 4);
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
