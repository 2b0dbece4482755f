package org.treatyflow.model.asset;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.PersonalData;

/** A vehicle, vessel or aircraft. Legal basis: WC 21, WC 23 (property). */
@Value.Immutable
public non-sealed interface Vehicle extends Asset {
  /** What it is, e.g. "black saloon car"; no personal data here. */
  String description();

  /** The registration number. Personal data. */
  @PersonalData
  @Value.Redacted
  String registrationNumber();

  /** The vehicle identification number, if known. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> identificationNumber();

  @Value.Check
  default void check() {
    checkArgument(!description().isBlank(), "Vehicle.description must not be blank");
    checkArgument(!registrationNumber().isBlank(), "Vehicle.registrationNumber must not be blank");
  }

  @Override
  default Kind kind() {
    return Kind.VEHICLE;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a vehicle. */
  final class Builder extends ImmutableVehicle.Builder {}
}
