package org.treatyflow.model.financial;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Request;
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

  /** The channel is one WC 34 opens for Chapter IV requests. */
  static final CompletenessRule<Request> CHANNEL_OPEN_UNDER_WC_34 =
      HeaderRules.channelIn(
          WARSAW_CHAPTER_IV_CHANNELS,
          "WC_34_CHAPTER_IV_CHANNEL",
          WARSAW.cite(34),
          Verification.CONFIRMED,
          "The request must travel between central authorities, directly between judicial"
              + " authorities, through Interpol or, without coercive action, directly between"
              + " competent authorities.",
          "La demande doit être transmise entre autorités centrales, directement entre autorités"
              + " judiciaires, par Interpol ou, sans mesure coercitive, directement entre autorités"
              + " compétentes.");

  /** The direct route between competent authorities is closed to coercive action (WC 34(5)). */
  static <T extends Request> CompletenessRule<T> directCompetentOnlyIfNonCoercive(
      Function<T, WarsawRequestContent> content) {
    return HeaderRules.directCompetentOnlyIfNotCoercive(
        r -> content.apply(r).coercive(),
        "WC_34_5_DIRECT_NON_COERCIVE",
        WARSAW.cite(34, 5),
        Verification.CONFIRMED,
        "A request involving coercive action may not go directly between competent authorities.",
        "Une demande impliquant une mesure coercitive ne peut être transmise directement entre"
            + " autorités compétentes.");
  }

  /**
   * The rules every Section 2 request ends with, in order: the route (WC 34, 34(2), 34(5)), the WC
   * 37(1) content read from {@code content}, and the offence (WC 37(1)(c)).
   */
  static <T extends Request> CompletenessRules<T> routeAndContent(
      Function<T, WarsawRequestContent> content, Function<T, List<Offence>> offences) {
    return CompletenessRules.<T>builder()
        .add(CHANNEL_OPEN_UNDER_WC_34)
        .add(WarsawRequestContent.DIRECT_JUDICIAL_ONLY_IF_URGENT)
        .add(directCompetentOnlyIfNonCoercive(content))
        .addAll(WarsawRequestContent.REQUIRED_CONTENT, content)
        .add(offenceStated(offences))
        .build();
  }

  /**
   * The rule that the request explains why the information is relevant for the criminal
   * investigation (WC 18(3), WC 19), coded {@code code}.
   */
  static <T> CompletenessRule<T> relevanceStated(
      String code, ArticleCitation citation, Function<T, Optional<String>> relevance) {
    return CompletenessRule.require(
        code,
        citation,
        "relevance",
        Verification.CONFIRMED,
        r -> relevance.apply(r).filter(s -> !s.isBlank()).isPresent(),
        "The request must explain why the information is relevant for the criminal"
            + " investigation.",
        "La demande doit expliquer pourquoi les informations sont pertinentes pour"
            + " l'enquête pénale.");
  }

  /**
   * Checks that a specified period does not end before it starts; the message names the type and
   * the article that requires the period.
   */
  static void checkPeriod(
      String type, ArticleCitation article, Optional<LocalDate> start, Optional<LocalDate> end) {
    if (start.isPresent() && end.isPresent()) {
      checkArgument(
          !end.get().isBefore(start.get()),
          "%s.periodEnd must not be before periodStart (%s), was %s to %s",
          type,
          article,
          start.get(),
          end.get());
    }
  }
}
