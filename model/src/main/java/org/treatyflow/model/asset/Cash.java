package org.treatyflow.model.asset;

import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.PersonalData;

/** Cash. Legal basis: WC 21, WC 23 (property). */
@Value.Immutable
public non-sealed interface Cash extends Asset {
  /** How much. */
  Amount amount();

  /** Where it is kept, if known. May be an address, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> whereKept();

  @Override
  default Kind kind() {
    return Kind.CASH;
  }

  @Override
  default Optional<Amount> estimatedValue() {
    return Optional.of(amount());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds cash. */
  final class Builder extends ImmutableCash.Builder {}
}
