package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A State (or, for the Warsaw Convention, the European Union) identified by its ISO 3166-1 alpha-2
 * code. Whether it is a Party to a given treaty on a given date is a question for the {@code
 * PartyRegistry}; this type only names it.
 *
 * <p>Besides the officially assigned ISO codes, two codes are accepted: {@code EU}, exceptionally
 * reserved by ISO 3166 for the European Union, which may be a Party to the Warsaw Convention (WC
 * 17(5) speaks of "each State or the European Community"); and {@code XK}, the user-assigned code
 * for Kosovo*, a participant in the iPROCEEDS project (the designation is without prejudice to
 * positions on status).
 */
@Value.Immutable(builder = false)
public abstract class Party implements Comparable<Party> {
  private static final Set<String> CODES =
      ImmutableSet.<String>builder()
          .addAll(Arrays.asList(Locale.getISOCountries()))
          .add("EU", "XK")
          .build();

  /** The ISO 3166-1 alpha-2 code, upper case. */
  @Value.Parameter
  public abstract String code();

  @Value.Check
  protected void check() {
    checkArgument(
        CODES.contains(code()),
        "Party.code must be an ISO 3166-1 alpha-2 code (or EU, XK), was '%s'",
        code());
  }

  /**
   * The Party with ISO 3166-1 alpha-2 {@code code}, e.g. {@code Party.of("AT")}.
   *
   * @throws IllegalArgumentException if the code is not an assigned ISO code, EU or XK
   */
  public static Party of(String code) {
    return ImmutableParty.of(code);
  }

  /** Whether {@code code} names a Party this type accepts. */
  public static boolean isValidCode(String code) {
    return CODES.contains(code);
  }

  /** All accepted codes. */
  public static Set<String> validCodes() {
    return CODES;
  }

  @Override
  public int compareTo(Party other) {
    return code().compareTo(other.code());
  }

  @Override
  public String toString() {
    return code();
  }
}
