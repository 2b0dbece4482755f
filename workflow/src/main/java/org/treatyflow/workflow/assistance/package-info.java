/**
 * The common mutual assistance skeleton (BC 27; WC Chapter IV; 2AP 8 and 10), written once, and the
 * families of mutual assistance under the Budapest Convention and the Second Protocol: general
 * mutual assistance (BC 25, 27), access to stored data (BC 31), real-time collection of traffic data
 * (BC 33), interception of content data (BC 34), emergency mutual assistance (2AP 10), video
 * conferencing (2AP 11) and joint investigation teams (2AP 12).
 *
 * <p>Start from {@link org.treatyflow.workflow.assistance.AssistanceLifecycle}, which draws the
 * skeleton, and {@link org.treatyflow.workflow.assistance.MutualAssistanceWorkflow}, the simplest
 * family on it. Families of other packages build on it too (WC 16-19, 21-25; 2AP 8).
 */
package org.treatyflow.workflow.assistance;
