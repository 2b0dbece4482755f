package org.treatyflow.model.reply;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.Violation;

/**
 * Tells the requesting Party that the request is accepted and will be executed in full and without
 * conditions. The treaties require no particular content.
 *
 * <p>Legal basis: BC 27(7) (informing of the outcome); WC 41(1)(a).
 */
@Value.Immutable
public interface Acceptance extends Reply {
  /** The date by which execution is expected, if the requested Party gives one. */
  Optional<LocalDate> expectedExecutionBy();

  /** Always empty: an acceptance has no required content. */
  @Override
  default List<Violation> completenessViolations() {
    return List.of();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an acceptance. */
  final class Builder extends ImmutableAcceptance.Builder {}
}
