package org.treatyflow.model.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An International Bank Account Number (ISO 13616), checked for its country's length and its mod-97
 * check digits. An account number identifies a person, so {@code toString} shows only the country
 * and the last four characters, and no message quotes it.
 */
@Value.Immutable(builder = false)
public abstract class Iban {
  private static final CharMatcher LETTER = CharMatcher.inRange('A', 'Z');
  private static final CharMatcher DIGIT = CharMatcher.inRange('0', '9');
  private static final CharMatcher LETTER_OR_DIGIT = LETTER.or(DIGIT).precomputed();

  /** IBAN lengths by country, from the ISO 13616 registry. */
  private static final Map<String, Integer> LENGTHS =
      ImmutableMap.<String, Integer>builder()
          .put("AD", 24).put("AE", 23).put("AL", 28).put("AT", 20).put("AZ", 28).put("BA", 20)
          .put("BE", 16).put("BG", 22).put("BH", 22).put("BI", 27).put("BR", 29).put("BY", 28)
          .put("CH", 21).put("CR", 22).put("CY", 28).put("CZ", 24).put("DE", 22).put("DJ", 27)
          .put("DK", 18).put("DO", 28).put("EE", 20).put("EG", 29).put("ES", 24).put("FI", 18)
          .put("FK", 18).put("FO", 18).put("FR", 27).put("GB", 22).put("GE", 22).put("GI", 23)
          .put("GL", 18).put("GR", 27).put("GT", 28).put("HN", 28).put("HR", 21).put("HU", 28)
          .put("IE", 22).put("IL", 23).put("IQ", 23).put("IS", 26).put("IT", 27).put("JO", 30)
          .put("KW", 30).put("KZ", 20).put("LB", 28).put("LC", 32).put("LI", 21).put("LT", 20)
          .put("LU", 20).put("LV", 21).put("LY", 25).put("MC", 27).put("MD", 24).put("ME", 22)
          .put("MK", 19).put("MN", 20).put("MR", 27).put("MT", 31).put("MU", 30).put("NI", 28)
          .put("NL", 18).put("NO", 15).put("OM", 23).put("PK", 24).put("PL", 28).put("PS", 29)
          .put("PT", 25).put("QA", 29).put("RO", 24).put("RS", 22).put("RU", 33).put("SA", 24)
          .put("SC", 31).put("SD", 18).put("SE", 24).put("SI", 19).put("SK", 24).put("SM", 27)
          .put("SO", 23).put("ST", 25).put("SV", 28).put("TL", 23).put("TN", 24).put("TR", 26)
          .put("UA", 29).put("VA", 22).put("VG", 24).put("XK", 20).put("YE", 30)
          .buildOrThrow();

  /** The IBAN in electronic form: upper case, no spaces. */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  protected void check() {
    checkArgument(
        isElectronicForm(value()),
        "Iban.value must be two letters, two check digits and 11 to 30 letters or digits (length was %s)",
        value().length());
    String country = country();
    Integer length = LENGTHS.get(country);
    checkArgument(length != null, "Iban.value: country %s does not use IBANs in the ISO 13616 registry", country);
    checkArgument(
        value().length() == length,
        "Iban.value: an IBAN of %s has %s characters, this one has %s",
        country,
        length,
        value().length());
    checkArgument(hasValidCheckDigits(value()), "Iban.value: the check digits do not match (ISO 13616 mod 97)");
  }

  /**
   * The IBAN written in {@code text}; spaces are ignored and letters upper-cased.
   *
   * @throws IllegalArgumentException if it is not a valid IBAN; the message does not quote it
   */
  public static Iban of(String text) {
    checkNotNull(text, "text");
    return ImmutableIban.of(text.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Whether {@code text} has the electronic form {@code [A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}}: upper
   * case, no spaces; the country, length and check digits are not checked.
   */
  public static boolean isElectronicForm(String text) {
    return text.length() >= 15
        && text.length() <= 34
        && LETTER.matches(text.charAt(0))
        && LETTER.matches(text.charAt(1))
        && DIGIT.matches(text.charAt(2))
        && DIGIT.matches(text.charAt(3))
        && LETTER_OR_DIGIT.matchesAllOf(text);
  }

  /** Whether {@code text} is a valid IBAN. */
  public static boolean isValid(String text) {
    try {
      of(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The country code, the first two letters. */
  public String country() {
    return value().substring(0, 2);
  }

  /** The number of characters of an IBAN of {@code country}, if the country uses IBANs. */
  public static java.util.Optional<Integer> lengthFor(String country) {
    return java.util.Optional.ofNullable(LENGTHS.get(country));
  }

  /** The countries that use IBANs. */
  public static java.util.Set<String> countries() {
    return LENGTHS.keySet();
  }

  /** Computes the two check digits for a country and BBAN (basic bank account number). */
  public static String checkDigits(String country, String bban) {
    int check = 98 - mod97(bban + country + "00");
    return check < 10 ? "0" + check : Integer.toString(check);
  }

  private static boolean hasValidCheckDigits(String iban) {
    return mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
  }

  /**
   * The remainder by 97 of the number ISO 13616 makes of {@code s}, each letter replaced by two
   * digits ({@code A} = 10 ... {@code Z} = 35), computed digit by digit.
   *
   * @throws IllegalArgumentException for a character other than a digit or an upper-case letter
   */
  private static int mod97(String s) {
    int remainder = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        throw new IllegalArgumentException(
            "Iban: only digits and upper-case letters have a value (position " + i + ")");
      }
    }
    return remainder;
  }

  /** The country and the last four characters only, e.g. {@code AT**...1234}. */
  @Override
  public String toString() {
    return country() + "**..." + value().substring(value().length() - 4);
  }
}
