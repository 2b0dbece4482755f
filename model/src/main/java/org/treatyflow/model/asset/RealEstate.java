package org.treatyflow.model.asset;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.treatyflow.model.common.PersonalData;

/** Land or buildings. Legal basis: WC 21, WC 23 (property). */
@Value.Immutable
public non-sealed interface RealEstate extends Asset {
  /** The land-registry or cadastral reference. Personal data. */
  @PersonalData
  @Value.Redacted
  String landRegistryReference();

  /** The postal address. Personal data. */
  @PersonalData
  @Value.Redacted
  String address();

  @Value.Check
  default void check() {
    checkArgument(!landRegistryReference().isBlank(), "RealEstate.landRegistryReference must not be blank");
    checkArgument(!address().isBlank(), "RealEstate.address must not be blank");
  }

  @Override
  default Kind kind() {
    return Kind.REAL_ESTATE;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds real estate. */
  final class Builder extends ImmutableRealEstate.Builder {}
}
