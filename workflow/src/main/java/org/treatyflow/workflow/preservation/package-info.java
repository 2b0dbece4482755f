/**
 * The lifecycle of expedited preservation of stored computer data (BC 29): submission, receipt,
 * preservation for at least 60 days (longer, and renewable, where the requested Party's law so
 * provides: BC 16(2)), the early warning of BC 29(6), refusal on the closed list of
 * BC 29(4)-(5), and the follow-up request that keeps the data preserved until it is decided (BC
 * 29(7)).
 *
 * <p>Start from {@link org.treatyflow.workflow.preservation.PreservationWorkflow}.
 */
@CooperationStyle
package org.treatyflow.workflow.preservation;

import org.treatyflow.model.common.CooperationStyle;
