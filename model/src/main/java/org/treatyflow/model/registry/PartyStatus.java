package org.treatyflow.model.registry;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;

/**
 * Where one State stands with respect to one treaty: its signature, ratification and entry-into-force
 * dates, the reservations, declarations and designations it has made, how firm the data is, and
 * its operative status.
 *
 * <p>Legal basis: the final clauses of each treaty (entry into force: BC 36, WC 49; reservations and
 * declarations: BC 40 and 42, 2AP 19, WC 53).
 */
@Value.Immutable
public interface PartyStatus {
  /** The State (or the European Union). */
  Party party();

  /** The State's name in English, e.g. "Austria"; a State's name is not personal data. */
  String name();

  /** The treaty this row is about. */
  Instrument instrument();

  /** The date of signature; empty for an accession or where no source gave it. */
  Optional<LocalDate> signed();

  /** The date of ratification, acceptance, approval or accession; empty where no source gave it. */
  Optional<LocalDate> ratified();

  /** The date the treaty entered into force for this Party; empty if not in force (or unknown). */
  Optional<LocalDate> inForce();

  /** Whether {@link #inForce()} was computed (e.g. by a three-month rule) rather than read. */
  boolean inForceComputed();

  /** The reservations the Party has made under this treaty; may be empty. */
  Set<ReservationCode> reservations();

  /** The declarations and designations the Party has made under this treaty; may be empty. */
  Set<ReservationCode> declarations();

  /** Whether the dates were read from an official source (see PARTIES.md "What verified means"). */
  boolean verified();

  /** Whether the Party takes part with full rights; {@code ACTIVE} unless the registry says otherwise. */
  @Value.Default
  default OperativeStatus operativeStatus() {
    return OperativeStatus.ACTIVE;
  }

  /** Where the data comes from and what was not checked; may be empty. Names no person. */
  String note();

  /** Whether the treaty is in force for this Party on {@code date} (on or after {@link #inForce()}). */
  default boolean isInForceOn(LocalDate date) {
    Optional<LocalDate> since = inForce();
    return since.isPresent() && !date.isBefore(since.get());
  }

  /** Whether the Party has made {@code code}, as a reservation or as a declaration. */
  default boolean hasMade(ReservationCode code) {
    return reservations().contains(code) || declarations().contains(code);
  }

  @Value.Check
  default void check() {
    checkArgument(!name().isBlank(), "PartyStatus.name must not be blank (%s)", party());
    for (ReservationCode code : reservations()) {
      checkArgument(
          code.instrument() == instrument(),
          "PartyStatus.reservations of %s under %s contains %s, made under another treaty",
          party(), instrument(), code);
      checkArgument(
          code.kind() == ReservationKind.RESERVATION,
          "PartyStatus.reservations of %s contains %s, which is a %s",
          party(), code, code.kind());
    }
    for (ReservationCode code : declarations()) {
      checkArgument(
          code.instrument() == instrument(),
          "PartyStatus.declarations of %s under %s contains %s, made under another treaty",
          party(), instrument(), code);
      checkArgument(
          code.kind() != ReservationKind.RESERVATION,
          "PartyStatus.declarations of %s contains %s, which is a reservation",
          party(), code);
    }
    checkOrder(signed(), "signed", ratified(), "ratified");
    checkOrder(ratified(), "ratified", inForce(), "inForce");
    checkOrder(signed(), "signed", inForce(), "inForce");
  }

  private void checkOrder(
      Optional<LocalDate> earlier, String earlierName, Optional<LocalDate> later, String laterName) {
    if (earlier.isPresent() && later.isPresent()) {
      checkArgument(
          !later.get().isBefore(earlier.get()),
          "PartyStatus.%s (%s) must not be before PartyStatus.%s (%s) for %s under %s",
          laterName, later.get(), earlierName, earlier.get(), party(), instrument());
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a status row. */
  final class Builder extends ImmutablePartyStatus.Builder {}
}
