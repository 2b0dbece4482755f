package org.treatyflow.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyAndLanguageTest {

  @ParameterizedTest
  @ValueSource(strings = {"AT", "AL", "JP", "US", "EU", "XK"})
  void acceptsIsoCodesAndTheTwoDocumentedExceptions(String code) {
    assertThat(Party.of(code).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "at", "AUT", "ZZ", "UK", "A1"})
  void rejectsAnythingElseNamingTheField(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Party.of(code))
        .withMessageContaining("Party.code")
        .withMessageContaining("ISO 3166-1 alpha-2");
  }

  @Test
  void partiesAreValuesOrderedByCode() {
    assertThat(Party.of("AT")).isEqualTo(Party.of("AT")).hasToString("AT");
    assertThat(Party.of("AT")).isLessThan(Party.of("DE"));
  }

  @Test
  void languagesAreIso639() {
    assertThat(Language.of("de").isOfficialCouncilOfEuropeLanguage()).isFalse();
    assertThat(Language.ENGLISH.isOfficialCouncilOfEuropeLanguage()).isTrue();
    assertThat(Language.FRENCH.isOfficialCouncilOfEuropeLanguage()).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> Language.of("xx")).withMessageContaining("Language.code");
    assertThatIllegalArgumentException().isThrownBy(() -> Language.of("EN")).withMessageContaining("Language.code");
  }

  @Test
  void bilingualTextPicksTheLanguage() {
    BilingualText text = new BilingualText("Refused", "Refusé");
    assertThat(text.in(Language.FRENCH)).isEqualTo("Refusé");
    assertThat(text.in(Language.ENGLISH)).isEqualTo("Refused");
    assertThat(text.in(Language.of("de"))).isEqualTo("Refused");
    assertThatIllegalArgumentException().isThrownBy(() -> new BilingualText(" ", "x"));
  }
}
