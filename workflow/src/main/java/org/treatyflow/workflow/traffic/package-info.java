/**
 * The lifecycle of the expedited disclosure of preserved traffic data (BC 30): while executing a
 * preservation request, the requested Party owes the requesting Party enough traffic data to identify
 * a service provider in another State and the path of the communication, and may refuse only on the
 * two grounds of BC 30(2).
 *
 * <p>Start from {@link org.treatyflow.workflow.traffic.TrafficDisclosureWorkflow}.
 */
@CooperationStyle
package org.treatyflow.workflow.traffic;

import org.treatyflow.model.common.CooperationStyle;
