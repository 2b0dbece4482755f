/**
 * The lifecycles of cooperation between Financial Intelligence Units under Chapter V of the Warsaw
 * Convention: the exchange of information on request or spontaneously, its explained refusal and
 * the consent needed for any other use (WC 46), and the international postponement of a suspicious
 * transaction for the period of the requested Party's domestic law (WC 47).
 *
 * <p>Start from {@link org.treatyflow.workflow.fiu.FiuExchangeWorkflow} and {@link
 * org.treatyflow.workflow.fiu.FiuPostponementWorkflow}; the end of a postponement is derived by
 * {@link org.treatyflow.workflow.fiu.FiuDeadlines}.
 */
@CooperationStyle
package org.treatyflow.workflow.fiu;

import org.treatyflow.model.common.CooperationStyle;
