/**
 * The lifecycle of the expedited disclosure of preserved traffic data (BC 30): while executing a
 * preservation request, the requested Party owes the requesting Party enough traffic data to identify
 * a service provider in another State and the path of the communication, and may refuse only on the
 * two grounds of BC 30(2).
 *
 * <p>Start from {@link org.treatyflow.workflow.traffic.TrafficDisclosureWorkflow}.
 *
 * <p>Known limit: a disclosure case is not linked to the preservation case being executed. The
 * workflow does not check that the preservation request it names ({@code preservationRequestId}) is
 * a BC 29 case the disclosing Party is still executing, as BC 30(1) requires; that needs a hook to look up cases, which
 * the engine does not have yet. The caller must make sure of it.
 */
@CooperationStyle
package org.treatyflow.workflow.traffic;

import org.treatyflow.model.common.CooperationStyle;
