/**
 * The dated registry of which States are Parties to which treaty, since when, and with which
 * reservations, declarations and designations; a snapshot is bundled with the library.
 *
 * <p>Start from {@link org.treatyflow.model.registry.PartyRegistry} ({@code
 * PartyRegistry.bundled()} for the bundled snapshot, {@code PartyRegistry.read(...)} for a file of
 * one's own in the same format), {@link org.treatyflow.model.registry.PartyStatus} (one row) and
 * {@link org.treatyflow.model.registry.ReservationCode} (the reservations and declarations that
 * change the workflow, CONVENTIONS.md §4).
 *
 * <p>Legal basis: the final clauses of each treaty (BC 36-48, 2AP 16-25, WC 49-56); the status
 * data follows the Council of Europe Treaty Office charts as of the registry's {@code asOf} date.
 */
@CooperationStyle
package org.treatyflow.model.registry;

import org.treatyflow.model.common.CooperationStyle;
