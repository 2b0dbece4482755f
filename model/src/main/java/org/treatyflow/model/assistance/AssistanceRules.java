package org.treatyflow.model.assistance;

import java.util.Collection;
import java.util.Optional;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;

/** Predicates and rules shared by the request types of this package; not for callers. */
final class AssistanceRules {
  private AssistanceRules() {}

  /** Whether {@code text} holds a non-blank value. */
  static boolean present(Optional<String> text) {
    return text.filter(t -> !t.isBlank()).isPresent();
  }

  /** Whether every item of {@code items} has {@code category}; true when there are none. */
  static boolean allOf(Collection<DataItem> items, DataCategory category) {
    return items.stream().allMatch(i -> i.category() == category);
  }

  /** Whether the header invokes a provision within one of the articles establishing {@code family}. */
  static boolean invokesFamily(Request request, RequestFamily family) {
    return request.header().legalBasis().stream()
        .anyMatch(c -> family.legalBasis().stream().anyMatch(c::isWithin));
  }

  /**
   * The rule that the header's legal basis includes the article establishing {@code family}, coded
   * {@code code}; as firm as the family's own verification.
   */
  static <T extends Request> CompletenessRule<T> legalBasisRule(String code, RequestFamily family) {
    ArticleCitation article = family.legalBasis().get(0);
    String articles = family.legalBasis().stream().map(ArticleCitation::toString).reduce((a, b) -> a + " or " + b).orElseThrow();
    String articlesFr = family.legalBasis().stream().map(ArticleCitation::toString).reduce((a, b) -> a + " ou " + b).orElseThrow();
    return CompletenessRule.require(
        code,
        article,
        "header.legalBasis",
        family.verification(),
        r -> invokesFamily(r, family),
        "The legal basis of the request must include " + articles + ".",
        "La base juridique de la demande doit inclure " + articlesFr + ".");
  }
}
