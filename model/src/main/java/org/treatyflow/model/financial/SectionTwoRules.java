package org.treatyflow.model.financial;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.Urgency;
import org.treatyflow.model.common.Verification;

/**
 * Rules every Section 2 request of the Warsaw Convention shares besides the WC 37(1) content: the
 * offence, the provision invoked and the route (WC 34).
 */
final class SectionTwoRules {
  /** The routes WC 34 opens for Chapter IV requests. */
  static final Set<Channel> WARSAW_CHAPTER_IV_CHANNELS =
      EnumSet.of(
          Channel.CENTRAL_AUTHORITY,
          Channel.DIRECT_JUDICIAL,
          Channel.INTERPOL,
          Channel.DIRECT_COMPETENT_AUTHORITIES);

  private SectionTwoRules() {}

  /** At least one offence is stated (WC 37(1)(c): the matters the investigation concerns). */
  static <T> CompletenessRule<T> offenceStated(Function<T, List<Offence>> offences) {
    return CompletenessRule.require(
        "WC_37_1_C_OFFENCE",
        WARSAW.cite(37, 1, "c"),
        "offences",
        Verification.CONFIRMED,
        r -> !offences.apply(r).isEmpty(),
        "The request must name at least one offence the investigation or proceedings concern.",
        "La demande doit indiquer au moins une infraction sur laquelle portent l'enquête ou la"
            + " procédure.");
  }

  /** The header invokes the family's article, e.g. {@code WC 17}. */
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

  /** The channel is one WC 34 opens for Chapter IV requests. */
  static final CompletenessRule<Request> CHANNEL_OPEN_UNDER_WC_34 =
      CompletenessRule.require(
          "WC_34_CHAPTER_IV_CHANNEL",
          WARSAW.cite(34),
          "header.channel",
          Verification.CONFIRMED,
          r -> WARSAW_CHAPTER_IV_CHANNELS.contains(r.header().channel()),
          "The request must travel between central authorities, directly between judicial"
              + " authorities, through Interpol or, without coercive action, directly between"
              + " competent authorities.",
          "La demande doit être transmise entre autorités centrales, directement entre autorités"
              + " judiciaires, par Interpol ou, sans mesure coercitive, directement entre autorités"
              + " compétentes.");

  /** The direct judicial route is for urgent cases only (WC 34(2)). */
  static final CompletenessRule<Request> DIRECT_JUDICIAL_ONLY_IF_URGENT =
      CompletenessRule.require(
          "WC_34_2_DIRECT_JUDICIAL_URGENCY",
          WARSAW.cite(34, 2),
          "header.urgency",
          Verification.CONFIRMED,
          r ->
              r.header().channel() != Channel.DIRECT_JUDICIAL
                  || r.header().urgency() != Urgency.ROUTINE,
          "A request may go directly between judicial authorities only in urgent cases.",
          "Une demande ne peut être transmise directement entre autorités judiciaires qu'en cas"
              + " d'urgence.");

  /** The direct route between competent authorities is closed to coercive action (WC 34(5)). */
  static <T extends Request> CompletenessRule<T> directCompetentOnlyIfNonCoercive(
      Function<T, WarsawRequestContent> content) {
    return CompletenessRule.require(
        "WC_34_5_DIRECT_NON_COERCIVE",
        WARSAW.cite(34, 5),
        "header.channel",
        Verification.CONFIRMED,
        r ->
            r.header().channel() != Channel.DIRECT_COMPETENT_AUTHORITIES
                || !content.apply(r).coercive(),
        "A request involving coercive action may not go directly between competent authorities.",
        "Une demande impliquant une mesure coercitive ne peut être transmise directement entre"
            + " autorités compétentes.");
  }
}
