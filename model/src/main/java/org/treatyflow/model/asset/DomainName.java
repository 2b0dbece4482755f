package org.treatyflow.model.asset;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.treatyflow.model.common.PersonalData;

/**
 * A registered domain name, e.g. the address of an illegal online platform, seized as an
 * instrumentality. Legal basis: WC 21, WC 23; registration data under 2AP 6. Its name is personal
 * data and is left out of {@code toString} and of exception messages.
 */
@Value.Immutable
public non-sealed interface DomainName extends Asset {
  Pattern FORM =
      Pattern.compile("(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

  /**
   * The fully qualified name in lower case ASCII (punycode for internationalised names). A domain
   * name can identify its registrant, so personal data.
   */
  @PersonalData
  @Value.Redacted
  String name();

  @Value.Check
  default void check() {
    checkArgument(
        FORM.matcher(name()).matches() && name().equals(name().toLowerCase(Locale.ROOT)),
        "DomainName.name must be a lower-case fully qualified domain name, was a value of %s"
            + " characters",
        name().length());
  }

  @Override
  default Kind kind() {
    return Kind.DOMAIN_NAME;
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a domain name. */
  final class Builder extends ImmutableDomainName.Builder {}
}
