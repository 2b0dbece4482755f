/**
 * The lifecycles of the Second Additional Protocol's direct cooperation with private entities in
 * another Party: an order for subscriber information served directly on a service provider (2AP
 * 7), with notification of and consultation with the provider's Party, its power to block
 * disclosure, the 30-day period and the fall-back to 2AP 8 or mutual assistance; and a request for
 * domain name registration information sent directly to a registrar (2AP 6).
 *
 * <p>Start from {@link org.treatyflow.workflow.direct.DirectOrderWorkflow} (with {@link
 * org.treatyflow.workflow.direct.DirectOrderDeadlines}) and {@link
 * org.treatyflow.workflow.direct.DomainRegistrationWorkflow}.
 */
@CooperationStyle
package org.treatyflow.workflow.direct;

import org.treatyflow.model.common.CooperationStyle;
