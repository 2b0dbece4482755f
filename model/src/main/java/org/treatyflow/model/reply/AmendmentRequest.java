package org.treatyflow.model.reply;

import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * Asks the requesting Party to amend a request or add information, because it does not comply with
 * the treaty or is not enough to deal with it.
 *
 * <p>Legal basis: WC 38(1) (amend or add), 38(2) (time limit), 38(3) (interim Section 2 or 3
 * measures while a confiscation request is amended).
 */
@Value.Immutable
public interface AmendmentRequest extends Reply {
  /** What a request for amendment must contain, in the order of WC 38. */
  CompletenessRules<AmendmentRequest> REQUIRED_CONTENT =
      CompletenessRules.<AmendmentRequest>builder()
          .add(
              CompletenessRule.require(
                  "WC_38_1_MISSING_ITEMS_NAMED",
                  WARSAW.cite(38, 1),
                  "missingItems",
                  Verification.CONFIRMED,
                  a -> !a.missingItems().isEmpty() || !a.unmetProvisions().isEmpty(),
                  "The request for amendment must say what is missing or must be amended.",
                  "La demande de complément doit indiquer ce qui manque ou doit être modifié."))
          .add(
              CompletenessRule.require(
                  "WC_38_3_INTERIM_MEASURES_ONLY_FOR_CONFISCATION",
                  WARSAW.cite(38, 3),
                  "interimMeasuresMayBeTaken",
                  Verification.CONFIRMED,
                  a -> !a.interimMeasuresMayBeTaken() || a.family() == RequestFamily.CONFISCATION,
                  "Interim investigative or provisional measures while awaiting amendments are"
                      + " provided for confiscation requests only.",
                  "Des mesures d'investigation ou provisoires dans l'attente des compléments ne sont"
                      + " prévues que pour les demandes de confiscation."))
          .build();

  /** What is missing or must be amended, in words; may name persons, so personal data. */
  @PersonalData
  @Value.Redacted
  List<String> missingItems();

  /** The provisions whose required content is missing, e.g. {@code WC 37(1)(c)}. */
  List<ArticleCitation> unmetProvisions();

  /** The date by which the amendments or information must arrive, if one is set (WC 38(2)). */
  Optional<LocalDate> timeLimit();

  /**
   * Whether the requested Party states that it may take Section 2 or 3 measures while it waits for
   * amendments to a confiscation request (WC 38(3)).
   */
  @Value.Default
  default boolean interimMeasuresMayBeTaken() {
    return false;
  }

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    ReplyRules.checkNotBeforeReply("AmendmentRequest.timeLimit", timeLimit(), header());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a request for amendment. */
  final class Builder extends ImmutableAmendmentRequest.Builder {}
}
