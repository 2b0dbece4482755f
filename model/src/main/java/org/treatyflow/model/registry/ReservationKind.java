package org.treatyflow.model.registry;

/**
 * What kind of statement a {@link ReservationCode} stands for.
 *
 * <p>Legal basis: BC 40 (declarations) and BC 42 (reservations); 2AP 19; WC 53.
 */
public enum ReservationKind {
  /** A reservation: the Party excludes or limits a provision (BC 42, 2AP 19, WC 53(2)). */
  RESERVATION,
  /** A declaration: the Party chooses an option the treaty offers (BC 40, WC 53(1)). */
  DECLARATION,
  /** A designation or communication of an authority, a channel or an endpoint. */
  DESIGNATION
}
