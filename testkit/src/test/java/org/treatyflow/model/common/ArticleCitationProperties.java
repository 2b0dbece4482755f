package org.treatyflow.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.testkit.CommonArbitraries;

class ArticleCitationProperties {

  @Property(tries = 1000)
  void parsingThePrintedFormGivesTheSameCitation(@ForAll("citations") ArticleCitation citation) {
    assertThat(ArticleCitation.parse(citation.toString())).isEqualTo(citation);
  }

  @Property(tries = 500)
  void everyCitationLiesWithinItsWholeArticle(@ForAll("citations") ArticleCitation citation) {
    assertThat(citation.isWithin(citation.wholeArticle())).isTrue();
    assertThat(citation.compareTo(citation.wholeArticle())).isGreaterThanOrEqualTo(0);
  }

  @Provide
  Arbitrary<ArticleCitation> citations() {
    return CommonArbitraries.citations();
  }
}
