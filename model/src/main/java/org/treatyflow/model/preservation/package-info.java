/**
 * Expedited preservation of stored computer data (BC 29) and the expedited disclosure of preserved
 * traffic data that the requested Party owes while executing it (BC 30).
 *
 * <p>Start from {@link org.treatyflow.model.preservation.PreservationRequest}, the request a
 * requesting Party sends (usually through the 24/7 network, BC 35), and {@link
 * org.treatyflow.model.preservation.PreservedTrafficDisclosure}, what the requested Party sends back
 * when the traffic data shows a service provider in another State. Preservation transfers no data;
 * the data itself is obtained through a follow-up request (BC 31, 2AP 8 or 2AP 9).
 */
@CooperationStyle
package org.treatyflow.model.preservation;

import org.treatyflow.model.common.CooperationStyle;
