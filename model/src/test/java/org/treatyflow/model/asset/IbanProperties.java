package org.treatyflow.model.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The check digits of ISO 13616, computed digit by digit, are those of the whole number. */
class IbanProperties {
  /** ISO 13616 as written: the letters replaced by two digits, the whole number taken mod 97. */
  private static int mod97OfTheWholeNumber(String text) {
    StringBuilder digits = new StringBuilder();
    for (char c : text.toCharArray()) {
      digits.append(Character.isDigit(c) ? Integer.toString(c - '0') : Integer.toString(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  @Provide
  Arbitrary<String> bbans() {
    return Arbitraries.strings().withCharRange('0', '9').withCharRange('A', 'Z').ofMinLength(11).ofMaxLength(30);
  }

  @Provide
  Arbitrary<String> countries() {
    return Arbitraries.of(Iban.countries());
  }

  @Property(tries = 2000)
  void checkDigitsAreThoseOfTheWholeNumber(
      @ForAll("countries") String country, @ForAll("bbans") String bban) {
    int check = 98 - mod97OfTheWholeNumber(bban + country + "00");

    assertThat(Iban.checkDigits(country, bban)).isEqualTo(String.format("%02d", check));
  }

  @Property(tries = 2000)
  void anIbanOfTheRightLengthIsValidExactlyWhenItsNumberIsOneMod97(
      @ForAll("countries") String country, @ForAll("bbans") String anyBban, @ForAll int digits) {
    int length = Iban.lengthFor(country).orElseThrow();
    String bban = (anyBban.repeat(3)).substring(0, length - 4);
    String check = String.format("%02d", Math.floorMod(digits, 100));
    String text = country + check + bban;

    assertThat(Iban.isValid(text))
        .as("valid")
        .isEqualTo(mod97OfTheWholeNumber(bban + country + check) == 1);
  }

  @Property(tries = 3000)
  void theElectronicFormIsThatOfThePublishedPattern(@ForAll("ibanLike") String text) {
    assertThat(Iban.isElectronicForm(text))
        .as(text)
        .isEqualTo(text.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}"));
  }

  @Provide
  Arbitrary<String> ibanLike() {
    Arbitrary<String> prefix = Arbitraries.strings().withChars("AZaz09 ").ofLength(4);
    Arbitrary<String> rest = Arbitraries.strings().withChars("AZ09 a-").ofMinLength(9).ofMaxLength(33);
    return net.jqwik.api.Combinators.combine(prefix, rest).as(String::concat);
  }
}
