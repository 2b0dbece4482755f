package org.treatyflow.model.reply;

import static com.google.common.base.Preconditions.checkArgument;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * Confirms that the requested Party received a request and, where it has, that it started action on
 * it.
 *
 * <p>Legal basis: WC 41(1)(a) (informing of the action initiated).
 */
@Value.Immutable
public interface Acknowledgement extends Reply {
  /** What an acknowledgement must contain. */
  CompletenessRules<Acknowledgement> REQUIRED_CONTENT =
      CompletenessRules.<Acknowledgement>builder()
          .add(
              CompletenessRule.require(
                  "WC_41_1_A_ACTION_DESCRIBED",
                  WARSAW.cite(41, 1, "a"),
                  "actionDescription",
                  Verification.CONFIRMED,
                  a -> !a.actionInitiated() || ReplyRules.hasText(a.actionDescription()),
                  "Where action has been initiated, the acknowledgement must say what action.",
                  "Lorsqu'une mesure a été engagée, l'accusé de réception doit indiquer laquelle."))
          .build();

  /** The day the request was received, not after the reply's date. */
  LocalDate receivedOn();

  /** Whether the requested Party has already initiated action on the request (WC 41(1)(a)). */
  @Value.Default
  default boolean actionInitiated() {
    return false;
  }

  /** The action initiated; may name persons, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> actionDescription();

  @Value.Lazy
  @Override
  default List<Violation> completenessViolations() {
    return REQUIRED_CONTENT.check(this);
  }

  @Value.Check
  default void check() {
    checkArgument(
        !receivedOn().isAfter(header().date()),
        "Acknowledgement.receivedOn must not be after header.date (%s after %s)",
        receivedOn(),
        header().date());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an acknowledgement. */
  final class Builder extends ImmutableAcknowledgement.Builder {}
}
