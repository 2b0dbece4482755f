package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The completeness rules that read only a request's header and recur across families: the
 * provision invoked, the channel, the roles of the authorities at both ends, urgency and the direct
 * routes.
 *
 * <p>Legal basis: the header rules of each family (e.g. BC 27(9), 29, 35(1)(b); 2AP 6-10; WC 34,
 * 46, 47); the citation, code and verification of each rule are those its family gives.
 */
public final class HeaderRules {
  private HeaderRules() {}

  /**
   * The rule that the header's legal basis includes a provision within one of the articles
   * establishing {@code family}; coded {@code <shortName>_<article>_LEGAL_BASIS} after the family's
   * first article (e.g. {@code BC_29_LEGAL_BASIS}, {@code 2AP_7_LEGAL_BASIS}), citing that article
   * and as firm as the family's own verification.
   */
  public static <T extends Request> CompletenessRule<T> legalBasisInvokes(RequestFamily family) {
    return legalBasisInvokes(family, family.verification());
  }

  /**
   * As {@link #legalBasisInvokes(RequestFamily)}, with a verification of its own, for a family
   * whose content rules are unverified while the rule that the request invokes its own article is
   * not.
   */
  public static <T extends Request> CompletenessRule<T> legalBasisInvokes(
      RequestFamily family, Verification verification) {
    checkNotNull(family, "family");
    ArticleCitation article = family.legalBasis().get(0);
    String code = article.instrument().shortName() + "_" + article.article() + "_LEGAL_BASIS";
    return CompletenessRule.require(
        code,
        article,
        "header.legalBasis",
        verification,
        r -> invokes(r.header(), family),
        "The request must invoke " + articles(family, " or ") + " among its legal bases.",
        "La demande doit invoquer " + articles(family, " ou ") + " parmi ses fondements juridiques.");
  }

  /** Whether {@code header} invokes a provision within one of the articles establishing {@code family}. */
  public static boolean invokes(RequestHeader header, RequestFamily family) {
    return header.legalBasis().stream()
        .anyMatch(c -> family.legalBasis().stream().anyMatch(c::isWithin));
  }

  /** The rule that the header's channel is one of {@code allowed} (field {@code header.channel}). */
  public static <T extends Request> CompletenessRule<T> channelIn(
      Set<Channel> allowed,
      String code,
      ArticleCitation citation,
      Verification verification,
      String english,
      String french) {
    Set<Channel> channels = Sets.immutableEnumSet(allowed);
    return CompletenessRule.require(
        code,
        citation,
        "header.channel",
        verification,
        r -> channels.contains(r.header().channel()),
        english,
        french);
  }

  /** The rule that the header's urgency is {@code urgency} (field {@code header.urgency}). */
  public static <T extends Request> CompletenessRule<T> urgencyIs(
      Urgency urgency,
      String code,
      ArticleCitation citation,
      Verification verification,
      String english,
      String french) {
    checkNotNull(urgency, "urgency");
    return CompletenessRule.require(
        code,
        citation,
        "header.urgency",
        verification,
        r -> r.header().urgency() == urgency,
        english,
        french);
  }

  /**
   * The rule that the requesting authority acts in {@code role} (field {@code
   * header.requestingAuthority}).
   */
  public static <T extends Request> CompletenessRule<T> requestingAuthorityHasRole(
      AuthorityRole role,
      String code,
      ArticleCitation citation,
      Verification verification,
      String english,
      String french) {
    checkNotNull(role, "role");
    return CompletenessRule.require(
        code,
        citation,
        "header.requestingAuthority",
        verification,
        r -> r.header().requestingAuthority().role() == role,
        english,
        french);
  }

  /**
   * The rule that the requested authority is named and acts in {@code role} (field {@code
   * header.requestedAuthority}).
   */
  public static <T extends Request> CompletenessRule<T> requestedAuthorityHasRole(
      AuthorityRole role,
      String code,
      ArticleCitation citation,
      Verification verification,
      String english,
      String french) {
    checkNotNull(role, "role");
    return CompletenessRule.require(
        code,
        citation,
        "header.requestedAuthority",
        verification,
        r -> r.header().requestedAuthority().filter(a -> a.role() == role).isPresent(),
        english,
        french);
  }

  /**
   * The rule that a request goes directly between judicial authorities only when it is not
   * routine. {@code field} is the one the family reports, {@code header.channel} or {@code
   * header.urgency}.
   */
  public static <T extends Request> CompletenessRule<T> directJudicialOnlyIfUrgent(
      String code,
      ArticleCitation citation,
      String field,
      Verification verification,
      String english,
      String french) {
    return CompletenessRule.require(
        code,
        citation,
        field,
        verification,
        r ->
            r.header().channel() != Channel.DIRECT_JUDICIAL
                || r.header().urgency() != Urgency.ROUTINE,
        english,
        french);
  }

  /**
   * The rule that a request {@code coercive} holds for does not go directly between competent
   * authorities (field {@code header.channel}).
   */
  public static <T extends Request> CompletenessRule<T> directCompetentOnlyIfNotCoercive(
      Predicate<? super T> coercive,
      String code,
      ArticleCitation citation,
      Verification verification,
      String english,
      String french) {
    checkNotNull(coercive, "coercive");
    return CompletenessRule.<T>require(
        code,
        citation,
        "header.channel",
        verification,
        r -> r.header().channel() != Channel.DIRECT_COMPETENT_AUTHORITIES || !coercive.test(r),
        english,
        french);
  }

  private static String articles(RequestFamily family, String or) {
    return family.legalBasis().stream()
        .map(ArticleCitation::toString)
        .collect(Collectors.joining(or));
  }
}
