package org.treatyflow.model.reply;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.treatyflow.model.asset.Amount;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.PersonalData;
import org.treatyflow.model.common.UseCondition;
import org.treatyflow.model.common.Violation;

/**
 * Transmits what execution produced: computer data, documents or evidence, and amounts (for
 * example realised or shared confiscated funds).
 *
 * <p>A transmission of nothing is meaningless, so at least one item is required by construction.
 *
 * <p>Legal basis: BC 25(1), 27(7); WC 41(1)(b); use conditions BC 28(2), WC 42.
 */
@Value.Immutable
public interface ResultTransmission extends Reply {
  /** The computer data transmitted. */
  List<DataItem> dataItems();

  /** The documents or other evidence transmitted, described; may name persons, so personal data. */
  @PersonalData
  @Value.Redacted
  List<String> documents();

  /** The amounts transmitted or transferred. */
  List<Amount> amounts();

  /** Conditions on use that attach to what is transmitted (BC 28(2); WC 42). */
  Set<UseCondition> useConditions();

  /** Always empty: the treaties set no further content. */
  @Override
  default List<Violation> completenessViolations() {
    return List.of();
  }

  @Value.Check
  default void check() {
    checkArgument(
        !dataItems().isEmpty() || !documents().isEmpty() || !amounts().isEmpty(),
        "ResultTransmission must transmit at least one of dataItems, documents or amounts");
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a transmission of results. */
  final class Builder extends ImmutableResultTransmission.Builder {}
}
