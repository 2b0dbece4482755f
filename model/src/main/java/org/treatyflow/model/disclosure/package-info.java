/**
 * Direct cooperation and production under the Second Additional Protocol (2AP 6 to 9): requests
 * to registrars for domain name registration information, orders for subscriber information sent
 * directly to providers abroad, requests to give effect to a foreign production order, and
 * expedited disclosure in an emergency through the 24/7 network.
 *
 * <p>Start from {@link org.treatyflow.model.disclosure.DomainRegistrationRequest}, {@link
 * org.treatyflow.model.disclosure.SubscriberInformationOrder}, {@link
 * org.treatyflow.model.disclosure.ForeignProductionOrderRequest} and {@link
 * org.treatyflow.model.disclosure.EmergencyDisclosureRequest}. Most content requirements of these
 * articles are not confirmed against the treaty text; their rules carry {@link
 * org.treatyflow.model.common.Verification#UNVERIFIED}. The 2AP needs domestic implementation for
 * Articles 6 to 9 and must be in force between both Parties; those checks belong to the workflow.
 */
@CooperationStyle
package org.treatyflow.model.disclosure;

import org.treatyflow.model.common.CooperationStyle;
