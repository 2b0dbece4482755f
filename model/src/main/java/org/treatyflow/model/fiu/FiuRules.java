package org.treatyflow.model.fiu;

import java.util.EnumSet;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;

/** Rules every FIU request shares: the provision invoked, FIUs at both ends, the FIU channel. */
final class FiuRules {
  private FiuRules() {}

  /**
   * The header rules of an FIU request, in order: the header invokes the family's article, the
   * requesting and requested authorities are FIUs, and the request travels FIU to FIU; the last
   * three cite {@code citation} and are coded {@code prefix} followed by {@code _REQUESTING_FIU},
   * {@code _REQUESTED_FIU} and {@code _CHANNEL_FIU_TO_FIU}.
   */
  static CompletenessRules<Request> betweenFius(
      RequestFamily family, ArticleCitation citation, String prefix) {
    return CompletenessRules.<Request>builder()
        .add(HeaderRules.legalBasisInvokes(family))
        .add(
            HeaderRules.requestingAuthorityHasRole(
                AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT,
                prefix + "_REQUESTING_FIU",
                citation,
                Verification.CONFIRMED,
                "The request must come from the Financial Intelligence Unit of the requesting"
                    + " Party.",
                "La demande doit émaner de la cellule de renseignement financier de la Partie"
                    + " requérante."))
        .add(
            HeaderRules.requestedAuthorityHasRole(
                AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT,
                prefix + "_REQUESTED_FIU",
                citation,
                Verification.CONFIRMED,
                "The request must be addressed to the Financial Intelligence Unit of the requested"
                    + " Party.",
                "La demande doit être adressée à la cellule de renseignement financier de la Partie"
                    + " requise."))
        .add(
            HeaderRules.channelIn(
                EnumSet.of(Channel.FIU_TO_FIU),
                prefix + "_CHANNEL_FIU_TO_FIU",
                citation,
                Verification.CONFIRMED,
                "The request must travel directly between Financial Intelligence Units.",
                "La demande doit être transmise directement entre cellules de renseignement"
                    + " financier."))
        .build();
  }
}
