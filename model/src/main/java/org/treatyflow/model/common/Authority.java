package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An authority, or a private entity such as a service provider, of a given Party acting in a given
 * role.
 *
 * <p>Legal basis: see {@link AuthorityRole#legalBasis()} of its role (e.g. BC 27(2) and WC 33 for
 * central authorities, BC 35 for the 24/7 point of contact).
 */
@Value.Immutable
public interface Authority {
  /** The Party on whose territory the authority or entity is. */
  Party party();

  /** The role in which it acts. */
  AuthorityRole role();

  /** The institution's name, e.g. "Federal Ministry of Justice"; not a person's name. */
  String name();

  /** How a case officer can be reached: names, e-mail, telephone. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> contactDetails();

  @Value.Check
  default void check() {
    checkArgument(!name().isBlank(), "Authority.name must not be blank (%s, %s)", party(), role());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an authority. */
  final class Builder extends ImmutableAuthority.Builder {}

  /** An authority without contact details. */
  static Authority of(Party party, AuthorityRole role, String name) {
    return builder().party(party).role(role).name(name).build();
  }
}
