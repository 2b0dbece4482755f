/**
 * Mutual assistance in criminal matters under the Budapest Convention and its Second Additional
 * Protocol: general requests (BC 25, 27), access to stored data (BC 31), real-time collection of
 * traffic data (BC 33), interception of content data (BC 34), emergency mutual assistance (2AP 10),
 * hearings by video conference (2AP 11) and joint investigation teams (2AP 12).
 *
 * <p>Start from {@link org.treatyflow.model.assistance.MutualAssistanceRequest}, {@link
 * org.treatyflow.model.assistance.StoredDataAccessRequest} and {@link
 * org.treatyflow.model.assistance.EmergencyMutualAssistanceRequest}. Each type lists the content
 * the treaty requires as {@code REQUIRED_CONTENT}; where the treaty itself lists no content (BC 27,
 * 2AP 11, 2AP 12 in detail), the rules are marked {@link
 * org.treatyflow.model.common.Verification#UNVERIFIED}.
 */
@CooperationStyle
package org.treatyflow.model.assistance;

import org.treatyflow.model.common.CooperationStyle;
