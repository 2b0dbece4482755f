package org.treatyflow.model.financial;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.HeaderRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.person.Person;

/**
 * The content every request under Chapter IV of the Warsaw Convention shares, whatever its section.
 *
 * <p>Legal basis: WC 37(1). Point (a), the authority making the request and the authority carrying
 * out the investigation, is in the request's {@link org.treatyflow.model.common.RequestHeader}
 * ({@code requestingAuthority}, {@code investigatingAuthority}); points (b) to (f) are here. Point
 * (e) applies only "where necessary and as far as possible", so persons and property are never
 * required by {@link #REQUIRED_CONTENT}. Articles 17(3), 18(3) and 19 add items of their own, and
 * WC 37(2) and 37(3) add items for provisional measures and confiscation; those belong to the
 * request types.
 *
 * <p>A request type holds this value as {@code content()} and adds {@link #REQUIRED_CONTENT} with
 * {@code CompletenessRules.builder().addAll(WarsawRequestContent.REQUIRED_CONTENT, X::content)};
 * the rules' fields are therefore dotted paths from the request ({@code content.facts.summary}).
 */
@Value.Immutable
public interface WarsawRequestContent {
  /**
   * The object of and the reason for the request (WC 37(1)(b)). It may name persons, so it is
   * personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> objectAndReason();

  /**
   * The matters the investigation or proceedings concern, including the relevant facts: date, place
   * and circumstances of the offence (WC 37(1)(c)).
   */
  @Value.Default
  default Facts facts() {
    return Facts.none();
  }

  /**
   * Whether the cooperation sought involves coercive action, which brings in WC 37(1)(d), dual
   * criminality (WC 28(1)(g)) and, for Section 2, closes the direct route between competent
   * authorities (WC 34(5)). Non-coercive unless set.
   */
  @Value.Default
  default boolean coercive() {
    return false;
  }

  /**
   * The text of the statutory provisions or, where that is not possible, a statement of the
   * relevant law applicable (WC 37(1)(d)(i)); required only for coercive action.
   */
  Optional<String> statutoryProvisions();

  /**
   * The requesting authority's confirmation that the measure sought, or one with similar effects,
   * could be taken in its own territory under its own law (WC 37(1)(d)(ii)); required only for
   * coercive action. Not confirmed unless set.
   */
  @Value.Default
  default boolean measureAvailableAtHome() {
    return false;
  }

  /**
   * Details of the persons concerned, where necessary and as far as possible (WC 37(1)(e)(i));
   * possibly empty.
   */
  List<Person> persons();

  /**
   * The property concerned, its location and its connection with the persons and the offence, where
   * necessary and as far as possible (WC 37(1)(e)(ii)); possibly empty.
   */
  List<Asset> property();

  /**
   * Any particular procedure the requesting Party wants followed (WC 37(1)(f); WC 15(3)). Free text
   * that may name persons, so personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> particularProcedure();

  /** Whether a non-blank object of and reason for the request is stated. */
  default boolean hasObjectAndReason() {
    return objectAndReason().filter(s -> !s.isBlank()).isPresent();
  }

  /** Whether a non-blank text or statement of the applicable law is given. */
  default boolean hasStatutoryProvisions() {
    return statutoryProvisions().filter(s -> !s.isBlank()).isPresent();
  }

  /**
   * The WC 37(1) items a request must state: (b), (c), and (d)(i)-(ii) when coercive action is
   * involved, in the order of the article.
   */
  CompletenessRules<WarsawRequestContent> REQUIRED_CONTENT =
      CompletenessRules.<WarsawRequestContent>builder()
          .add(
              CompletenessRule.require(
                  "WC_37_1_B_OBJECT_AND_REASON",
                  WARSAW.cite(37, 1, "b"),
                  "content.objectAndReason",
                  Verification.CONFIRMED,
                  WarsawRequestContent::hasObjectAndReason,
                  "The request must state its object and the reason for it.",
                  "La demande doit indiquer son objet et son motif."))
          .add(
              CompletenessRule.require(
                  "WC_37_1_C_FACTS",
                  WARSAW.cite(37, 1, "c"),
                  "content.facts.summary",
                  Verification.CONFIRMED,
                  c -> c.facts().hasSummary(),
                  "The request must describe the matters the investigation or proceedings concern,"
                      + " including the relevant facts.",
                  "La demande doit décrire les questions sur lesquelles portent l'enquête ou la"
                      + " procédure, y compris les faits pertinents."))
          .add(
              CompletenessRule.require(
                  "WC_37_1_D_I_STATUTORY_PROVISIONS",
                  WARSAW.cite(37, 1, "d", "i"),
                  "content.statutoryProvisions",
                  Verification.CONFIRMED,
                  c -> !c.coercive() || c.hasStatutoryProvisions(),
                  "Where coercive action is sought, the request must give the text of the statutory"
                      + " provisions or a statement of the relevant law.",
                  "Lorsqu'une mesure coercitive est demandée, la demande doit contenir le texte des"
                      + " dispositions légales ou un exposé du droit applicable."))
          .add(
              CompletenessRule.require(
                  "WC_37_1_D_II_MEASURE_AVAILABLE_AT_HOME",
                  WARSAW.cite(37, 1, "d", "ii"),
                  "content.measureAvailableAtHome",
                  Verification.CONFIRMED,
                  c -> !c.coercive() || c.measureAvailableAtHome(),
                  "Where coercive action is sought, the request must confirm that the measure, or one"
                      + " with similar effects, could be taken under the requesting Party's own law.",
                  "Lorsqu'une mesure coercitive est demandée, la demande doit confirmer que la mesure,"
                      + " ou une mesure ayant des effets similaires, pourrait être prise en vertu du"
                      + " droit de la Partie requérante."))
          .build();

  /**
   * The rule that a Chapter IV request goes directly between judicial authorities only in urgent
   * cases (WC 34(2)), field {@code header.urgency}; shared by the requests of Sections 2, 3 and 4.
   */
  CompletenessRule<Request> DIRECT_JUDICIAL_ONLY_IF_URGENT =
      HeaderRules.directJudicialOnlyIfUrgent(
          "WC_34_2_DIRECT_JUDICIAL_URGENCY",
          WARSAW.cite(34, 2),
          "header.urgency",
          Verification.CONFIRMED,
          "A request may go directly between judicial authorities only in urgent cases.",
          "Une demande ne peut être transmise directement entre autorités judiciaires qu'en cas"
              + " d'urgence.");

  /**
   * The rule, for a request whose measure is coercive by its nature (freezing, seizure,
   * confiscation), that its content is marked {@link #coercive()}, so that the WC 37(1)(d) items
   * are asked for; unverified, coded {@code code}, field {@code content.coercive}.
   *
   * @param content selects the request's WC 37(1) content
   */
  static <T> CompletenessRule<T> markedCoercive(
      String code, Function<T, WarsawRequestContent> content, String english, String french) {
    return CompletenessRule.require(
        code,
        WARSAW.cite(37, 1, "d"),
        "content.coercive",
        Verification.UNVERIFIED,
        r -> content.apply(r).coercive(),
        english,
        french);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds the WC 37(1) content of a request. */
  final class Builder extends ImmutableWarsawRequestContent.Builder {}
}
