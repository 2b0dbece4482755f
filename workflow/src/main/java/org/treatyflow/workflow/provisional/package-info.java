/**
 * The lifecycle of requests for provisional measures, freezing or seizure, under Section 3 of
 * Chapter IV of the Warsaw Convention (WC 21-22): the common mutual assistance skeleton, then the
 * measure in force, the requesting Party's updates, the hearing before lifting (WC 22(2)), lapse
 * under domestic law of which the requesting Party was informed (WC 41(1)(e)), and the link to a
 * confiscation request the measure backs (WC 21(2), 38(3)).
 *
 * <p>Start from {@link org.treatyflow.workflow.provisional.ProvisionalMeasuresWorkflow}.
 */
@CooperationStyle
package org.treatyflow.workflow.provisional;

import org.treatyflow.model.common.CooperationStyle;
