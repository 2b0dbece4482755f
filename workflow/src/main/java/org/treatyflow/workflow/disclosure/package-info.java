/**
 * The lifecycles of the Second Additional Protocol's government-to-government disclosure of
 * electronic evidence: giving effect to a foreign production order (2AP 8), on the common mutual
 * assistance skeleton with its own execution and its 2AP 8(6) deadlines, and expedited disclosure
 * in an emergency between 24/7 points of contact (2AP 9), with its own small table.
 *
 * <p>Start from {@link org.treatyflow.workflow.disclosure.ForeignProductionOrderWorkflow} (with
 * {@link org.treatyflow.workflow.disclosure.ForeignProductionOrderDeadlines}) and {@link
 * org.treatyflow.workflow.disclosure.EmergencyDisclosureWorkflow}. Everything here rests on 2AP
 * text the legal reference marks unverified, except the Protocol being in force.
 */
@CooperationStyle
package org.treatyflow.workflow.disclosure;

import org.treatyflow.model.common.CooperationStyle;
