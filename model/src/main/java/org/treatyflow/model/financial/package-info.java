/**
 * Investigative assistance under Section 2 of Chapter IV of the Warsaw Convention: identifying and
 * tracing property, and information on and monitoring of bank accounts and banking transactions.
 *
 * <p>Start from {@link org.treatyflow.model.financial.WarsawRequestContent}, the WC 37(1) content
 * every Warsaw Chapter IV request shares, then {@link
 * org.treatyflow.model.financial.InvestigativeAssistanceRequest} (WC 16), {@link
 * org.treatyflow.model.financial.BankAccountInformationRequest} (WC 17), {@link
 * org.treatyflow.model.financial.BankingTransactionInformationRequest} (WC 18) and {@link
 * org.treatyflow.model.financial.BankingTransactionMonitoringRequest} (WC 19).
 */
@CooperationStyle
package org.treatyflow.model.financial;

import org.treatyflow.model.common.CooperationStyle;
