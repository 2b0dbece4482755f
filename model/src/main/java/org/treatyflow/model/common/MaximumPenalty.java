package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The maximum penalty the domestic law of the requesting Party provides for an offence.
 *
 * <p>It matters for thresholds such as WC 3(2)(a) and 9(4)(a) (a maximum of more than one year) and
 * BC 24(1)(a) (at least one year).
 */
@Value.Immutable
public interface MaximumPenalty {
  /** Deprivation of liberty in months, if the penalty is a fixed term. */
  Optional<Integer> imprisonmentMonths();

  /** Whether the maximum is life imprisonment. */
  @Value.Default
  default boolean lifeImprisonment() {
    return false;
  }

  @Value.Check
  default void check() {
    imprisonmentMonths()
        .ifPresent(
            m ->
                checkArgument(
                    m > 0 && m <= 1200,
                    "MaximumPenalty.imprisonmentMonths must be between 1 and 1200, was %s",
                    m));
    checkArgument(
        !(lifeImprisonment() && imprisonmentMonths().isPresent()),
        "MaximumPenalty: life imprisonment and a term of months exclude each other");
  }

  /** Whether the maximum is deprivation of liberty of more than {@code months} months. */
  default boolean exceedsMonths(int months) {
    return lifeImprisonment() || imprisonmentMonths().map(m -> m > months).orElse(false);
  }

  /** A term of imprisonment of at most {@code months}. */
  static MaximumPenalty imprisonmentMonths(int months) {
    return new Builder().imprisonmentMonths(months).build();
  }

  /** Life imprisonment. */
  static MaximumPenalty life() {
    return new Builder().lifeImprisonment(true).build();
  }

  /** A penalty without deprivation of liberty, such as a fine. */
  static MaximumPenalty noImprisonment() {
    return new Builder().build();
  }

  /** Builds a penalty. */
  final class Builder extends ImmutableMaximumPenalty.Builder {}
}
