package org.treatyflow.model.fiu;

import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.Verification;

/** Rules every FIU request shares: the provision invoked, FIUs at both ends, the FIU channel. */
final class FiuRules {
  private FiuRules() {}

  /** The header invokes {@code article}, e.g. {@code WC 46}. */
  static CompletenessRule<Request> legalBasisInvokes(ArticleCitation article, String code) {
    return CompletenessRule.require(
        code,
        article,
        "header.legalBasis",
        Verification.CONFIRMED,
        r -> r.header().legalBasis().stream().anyMatch(c -> c.isWithin(article)),
        "The request must invoke, among its legal bases, the article it is made under.",
        "La demande doit invoquer, parmi ses fondements juridiques, l'article en vertu duquel elle"
            + " est présentée.");
  }

  /** The requesting authority is an FIU. */
  static CompletenessRule<Request> requestingAuthorityIsFiu(ArticleCitation citation, String code) {
    return CompletenessRule.require(
        code,
        citation,
        "header.requestingAuthority",
        Verification.CONFIRMED,
        r -> r.header().requestingAuthority().role() == AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT,
        "The request must come from the Financial Intelligence Unit of the requesting Party.",
        "La demande doit émaner de la cellule de renseignement financier de la Partie"
            + " requérante.");
  }

  /** The requested authority is named and is an FIU. */
  static CompletenessRule<Request> requestedAuthorityIsFiu(ArticleCitation citation, String code) {
    return CompletenessRule.require(
        code,
        citation,
        "header.requestedAuthority",
        Verification.CONFIRMED,
        r ->
            r.header()
                .requestedAuthority()
                .filter(a -> a.role() == AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT)
                .isPresent(),
        "The request must be addressed to the Financial Intelligence Unit of the requested Party.",
        "La demande doit être adressée à la cellule de renseignement financier de la Partie"
            + " requise.");
  }

  /** The request travels FIU to FIU. */
  static CompletenessRule<Request> channelIsFiuToFiu(ArticleCitation citation, String code) {
    return CompletenessRule.require(
        code,
        citation,
        "header.channel",
        Verification.CONFIRMED,
        r -> r.header().channel() == Channel.FIU_TO_FIU,
        "The request must travel directly between Financial Intelligence Units.",
        "La demande doit être transmise directement entre cellules de renseignement financier.");
  }
}
