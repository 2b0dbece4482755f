/**
 * The lifecycles of investigative assistance under Section 2 of Chapter IV of the Warsaw Convention
 * (WC 16-19), each the common mutual assistance skeleton ({@link
 * org.treatyflow.workflow.assistance.AssistanceLifecycle}) on the Warsaw track.
 *
 * <p>Start from {@link org.treatyflow.workflow.financial.InvestigativeAssistanceWorkflow} (WC 16,
 * identifying and tracing property), {@link
 * org.treatyflow.workflow.financial.BankAccountInformationWorkflow} (WC 17), {@link
 * org.treatyflow.workflow.financial.BankingTransactionInformationWorkflow} (WC 18) and {@link
 * org.treatyflow.workflow.financial.BankingTransactionMonitoringWorkflow} (WC 19). Each gives its
 * {@code PROFILE}, {@code TABLE} and {@code WORKFLOW}.
 *
 * <p>Legal basis: WC 16-19; WC 28-30 (refusal by section, postponement, partial or conditional
 * grant), WC 34(6), 37, 38, 40, 41, 42 and 43 through the skeleton.
 */
@CooperationStyle
package org.treatyflow.workflow.financial;

import org.treatyflow.model.common.CooperationStyle;
