package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An offence under investigation or in proceedings, as the requesting Party describes it, with the
 * treaty categories it falls under.
 *
 * <p>Legal basis: BC Articles 2-11 (cyber offences), WC 9 (laundering), WC 1(h) (financing of
 * terrorism), the Appendix to the Warsaw Convention (predicate categories). Dual criminality is
 * judged on the underlying conduct, not on these labels (BC 25(5); WC 28(1)(g)).
 */
@Value.Immutable
public interface Offence {
  /** The offence as the requesting Party's law names it, e.g. "Computer fraud (s. 148a StGB)". */
  String domesticDescription();

  /** The statutory provision, where given (WC 37(1)(d)(i)). */
  Optional<String> domesticProvision();

  /** The BC Article 2-11 offences the conduct falls under; empty if none. */
  Set<BudapestOffence> budapestOffences();

  /** The forms of laundering under WC 9(1) the conduct falls under; empty if none. */
  Set<LaunderingOffence> launderingOffences();

  /** The Appendix categories of the conduct; empty if none. */
  Set<AppendixCategory> appendixCategories();

  /** Whether the conduct is financing of terrorism (WC 1(h)), which overrides WC 28(1)(d)-(e). */
  @Value.Default
  default boolean financingOfTerrorism() {
    return false;
  }

  /** Whether the requesting Party characterises it as a fiscal (tax, customs, excise) offence. */
  @Value.Default
  default boolean fiscal() {
    return false;
  }

  /** The maximum penalty under the requesting Party's law, if stated. */
  Optional<MaximumPenalty> maximumPenalty();

  @Value.Check
  default void check() {
    checkArgument(
        !domesticDescription().isBlank(), "Offence.domesticDescription must not be blank");
  }

  /** Whether the offence is one of BC Articles 2 to 11 (BC 25(4), 29(4)). */
  default boolean isBudapestOffence() {
    return !budapestOffences().isEmpty();
  }

  /** Whether the offence is laundering under WC 9. */
  default boolean isLaundering() {
    return !launderingOffences().isEmpty();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds an offence. */
  final class Builder extends ImmutableOffence.Builder {}
}
