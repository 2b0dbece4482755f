package org.treatyflow.model.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;
import static org.treatyflow.model.common.Instrument.WARSAW;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleCitationTest {

  @Test
  void printsThePractitionersForm() {
    assertThat(BUDAPEST.cite(29, 2, "a")).hasToString("BC 29(2)(a)");
    assertThat(SECOND_PROTOCOL.cite(7, 5, "c", "i")).hasToString("2AP 7(5)(c)(i)");
    assertThat(WARSAW.cite(28, 7)).hasToString("WC 28(7)");
    assertThat(WARSAW.citePoint(1, "h")).hasToString("WC 1(h)");
    assertThat(BUDAPEST.cite(35)).hasToString("BC 35");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BC 29(2)(a)", "2AP 7(5)(c)(i)", "WC 28(7)", "WC 1(h)", "BC 1(c)(i)", "BC 35"})
  void parsesWhatItPrints(String text) {
    assertThat(ArticleCitation.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "BC", "BC 0", "BC 29()", "bc 29", "BC 29(2)(A)", "BC 29(2)(a)(xi)", "EU 3", "BC 29 (2)", "BC 29(0)"})
  void rejectsWhatIsNotACitationAndQuotesIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ArticleCitation.parse(text))
        .withMessageContaining("'" + text + "'");
  }

  @Test
  void aSubpointNeedsAPoint() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ArticleCitation.of(
                    BUDAPEST,
                    1,
                    java.util.Optional.of(2),
                    java.util.Optional.empty(),
                    java.util.Optional.of("i")))
        .withMessageContaining("subpoint needs a point");
  }

  @Test
  void ordersByInstrumentArticleParagraphPointAndRomanValue() {
    assertThat(BUDAPEST.cite(29, 2, "b")).isGreaterThan(BUDAPEST.cite(29, 2, "a"));
    assertThat(BUDAPEST.cite(29, 10)).isGreaterThan(BUDAPEST.cite(29, 9));
    assertThat(SECOND_PROTOCOL.cite(7, 5, "c", "x")).isGreaterThan(SECOND_PROTOCOL.cite(7, 5, "c", "ix"));
    assertThat(WARSAW.cite(1)).isGreaterThan(BUDAPEST.cite(48));
  }

  @Test
  void knowsWhetherOneProvisionLiesWithinAnother() {
    assertThat(BUDAPEST.cite(29, 2, "a").isWithin(BUDAPEST.cite(29))).isTrue();
    assertThat(BUDAPEST.cite(29, 2, "a").isWithin(BUDAPEST.cite(29, 2))).isTrue();
    assertThat(BUDAPEST.cite(29, 2).isWithin(BUDAPEST.cite(29, 2, "a"))).isFalse();
    assertThat(BUDAPEST.cite(29, 2).isWithin(WARSAW.cite(29))).isFalse();
  }

  @Test
  void givesOfficialTitlesWhereKnownAndNothingWhereNot() {
    assertThat(BUDAPEST.cite(29, 2, "a").articleTitle(Language.ENGLISH))
        .contains("Expedited preservation of stored computer data");
    assertThat(BUDAPEST.cite(35).articleTitle(Language.FRENCH)).contains("Réseau 24/7");
    assertThat(WARSAW.cite(17).articleTitle(Language.FRENCH))
        .contains("Demandes d'informations sur les comptes bancaires");
    assertThat(SECOND_PROTOCOL.cite(7).articleTitle(Language.ENGLISH)).isEmpty();
    assertThat(BUDAPEST.cite(999).articleTitle(Language.ENGLISH)).isEmpty();
  }

  @Test
  void parsingAgainGivesTheSameCitationAndARejectedTextIsRejectedAgain() {
    for (int round = 0; round < 2; round++) {
      assertThat(ArticleCitation.parse("2AP 7(5)(c)(i)"))
          .isEqualTo(SECOND_PROTOCOL.cite(7, 5, "c", "i"));
      assertThatIllegalArgumentException().isThrownBy(() -> ArticleCitation.parse("BC 29(2)(A)"));
    }
  }

  @Test
  void manyDistinctCitationsAllReadBackBeyondWhatIsKept() {
    for (int article = 1; article <= 999; article++) {
      for (int paragraph = 1; paragraph <= 6; paragraph++) {
        ArticleCitation citation = WARSAW.cite(article, paragraph, "b", "ix");
        assertThat(ArticleCitation.parse(citation.toString())).isEqualTo(citation);
        assertThat(ArticleCitation.parse(citation.toString())).isEqualTo(citation);
      }
    }
  }
}
