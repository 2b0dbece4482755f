package org.treatyflow.model.asset;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.treatyflow.model.common.PersonalData;

/** Any other property: securities, a company share, jewellery, a server. Legal basis: WC 21, WC 23. */
@Value.Immutable
public non-sealed interface OtherAsset extends Asset {
  /** What the property is. May identify persons, so personal data. */
  @PersonalData
  @Value.Redacted
  String description();

  @Value.Check
  default void check() {
    checkArgument(!description().isBlank(), "OtherAsset.description must not be blank");
  }

  @Override
  default Kind kind() {
    return Kind.OTHER;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds another asset. */
  final class Builder extends ImmutableOtherAsset.Builder {}
}
