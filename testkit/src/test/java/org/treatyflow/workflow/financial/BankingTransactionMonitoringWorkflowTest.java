package org.treatyflow.workflow.financial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;
import static org.treatyflow.workflow.assistance.AssistanceAction.ACCEPT;
import static org.treatyflow.workflow.assistance.AssistanceAction.TRANSMIT_RESULT;
import static org.treatyflow.workflow.financial.FinancialFixtures.POLISH_CENTRAL_AUTHORITY;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.financial.BankingTransactionMonitoringRequest;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.financial.FinancialFixtures.Spec;

class BankingTransactionMonitoringWorkflowTest extends SectionTwoWorkflowContract<BankingTransactionMonitoringRequest> {
  @Override
  Workflow<BankingTransactionMonitoringRequest, AssistanceStatus, AssistanceAction> workflow() {
    return BankingTransactionMonitoringWorkflow.WORKFLOW;
  }

  @Override
  BankingTransactionMonitoringRequest request(Spec spec) {
    return FinancialFixtures.monitoring(spec);
  }

  /** The monitoring period (to 30 June 2026) is over at midnight in Warsaw, 22:00 UTC in summer. */
  private static final Instant PERIOD_OVER = Instant.parse("2026-06-30T22:00:00Z");

  @Override
  CaseFile<BankingTransactionMonitoringRequest, AssistanceStatus, AssistanceAction> resultsDue(
      CaseFile<BankingTransactionMonitoringRequest, AssistanceStatus, AssistanceAction> c) {
    clock.set(PERIOD_OVER);
    return c;
  }

  @Override
  ArticleCitation basis() {
    return WARSAW.cite(19);
  }

  @Override
  ArticleCitation conditionalGrantCitation() {
    return WARSAW.cite(30);
  }

  @Test
  void wc19_resultsMayBeSentAsTheyComeWhileTheMonitoringRuns() {
    var c = executing();
    clock.set(java.time.Instant.parse("2026-05-04T08:00:00Z"));
    c = step(c, AssistanceAction.TRANSMIT_INTERIM_RESULT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of()));
    c = step(c, AssistanceAction.TRANSMIT_INTERIM_RESULT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of()));
    assertLast(c, AssistanceStatus.EXECUTING, "WC 19");
    assertThat(c.lastEvent().orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
    assertRejected(apply(c, AssistanceAction.TRANSMIT_INTERIM_RESULT, POLISH_CENTRAL_AUTHORITY), "WC_19_DOCUMENT", "WC 19");
  }

  @Test
  void wc19_theFinalResultsWaitForTheEndOfTheMonitoringPeriodInTheRequestedPartysTimeZone() {
    var c = executing();
    // 23:59 on 30 June in Warsaw (UTC+2): the last day of monitoring.
    clock.set(java.time.Instant.parse("2026-06-30T21:59:00Z"));
    var early = apply(c, TRANSMIT_RESULT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of()));
    assertThat(codes(early)).containsExactly(BankingTransactionMonitoringWorkflow.MONITORING_PERIOD_NOT_OVER);
    assertRejected(early, "WC_19_MONITORING_PERIOD_NOT_OVER", "WC 19");
    assertThat(early.violations().get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(early.violations().get(0).field()).isEqualTo("periodEnd");
    assertThat(BankingTransactionMonitoringWorkflow.monitoringEnds(c, env)).contains(PERIOD_OVER);
    clock.set(PERIOD_OVER);
    c = step(c, TRANSMIT_RESULT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of()));
    assertLast(c, AssistanceStatus.RESULT_TRANSMITTED, "WC 41(1)(b)");
  }

  @Test
  void wc19_theFinalResultsMayComeEarlyOnceTheMonitoringWasReportedImpossible() {
    var c = executing();
    clock.set(java.time.Instant.parse("2026-05-04T08:00:00Z"));
    var delayed = step(c, AssistanceAction.REPORT_DELAY, POLISH_CENTRAL_AUTHORITY,
        FinancialFixtures.report(family(), org.treatyflow.model.reply.ExecutionReport.Outcome.DELAYED, true));
    assertRejected(apply(delayed, TRANSMIT_RESULT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of())),
        "WC_19_MONITORING_PERIOD_NOT_OVER", "WC 19");
    var impossible = step(c, AssistanceAction.REPORT_DELAY, POLISH_CENTRAL_AUTHORITY,
        FinancialFixtures.report(family(), org.treatyflow.model.reply.ExecutionReport.Outcome.IMPOSSIBLE, true));
    var sent = step(impossible, TRANSMIT_RESULT, POLISH_CENTRAL_AUTHORITY, FinancialFixtures.result(family(), Set.of()));
    assertThat(sent.status()).isEqualTo(AssistanceStatus.RESULT_TRANSMITTED);
  }

  @Test
  void wc19_explainSaysTheFinalResultsAreNotYetDue() {
    var c = executing();
    var answer = workflow().explain(c, env).stream()
        .filter(a -> a.action() == TRANSMIT_RESULT).findFirst().orElseThrow();
    assertThat(answer.violations()).extracting(v -> v.code())
        .containsExactly(BankingTransactionMonitoringWorkflow.MONITORING_PERIOD_NOT_OVER);
  }

  @Test
  void wc19_aRequestWithoutItsMonitoringPeriodIsNotSent() {
    BankingTransactionMonitoringRequest complete = request(Spec.standard());
    BankingTransactionMonitoringRequest incomplete =
        BankingTransactionMonitoringRequest.builder()
            .header(complete.header())
            .content(complete.content())
            .addAllOffences(complete.offences())
            .addAllAccounts(complete.accounts())
            .relevance(complete.relevance())
            .build();
    assertIncompleteRequestIsNotSent(incomplete, "WC_19_PERIOD");
  }

  @Test
  void wc19_theDecisionToMonitorIsTakenCaseByCaseUnderWc19AndConditionsRestOnWc30() {
    assertThat(workflow().table().find(AssistanceStatus.UNDER_REVIEW, ACCEPT).orElseThrow().citation())
        .isEqualTo(WARSAW.cite(19));
    assertThat(workflow().table().find(AssistanceStatus.UNDER_REVIEW, AssistanceAction.GRANT_CONDITIONALLY)
        .orElseThrow().citation()).isEqualTo(WARSAW.cite(30));
  }
}
