package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of stored computer data that a request asks to preserve, disclose or produce.
 *
 * <p>Legal basis: BC 29(2)(c) (the stored data and its relation to the offence); 2AP 7 and 2AP 8
 * (a detailed description of the data sought). Each item has exactly one {@link DataCategory}.
 */
@Value.Immutable
public interface DataItem {
  /** The category of the data. */
  DataCategory category();

  /** What data is sought, e.g. "login IP addresses and timestamps"; no personal data here. */
  String description();

  /**
   * The selector that identifies the data: an account name, an IP address, a telephone number, a
   * domain. Personal data.
   */
  @PersonalData
  @Value.Redacted
  Optional<String> selector();

  /** The first day of the period the data covers, if limited. */
  Optional<LocalDate> periodStart();

  /** The last day of the period the data covers, if limited. */
  Optional<LocalDate> periodEnd();

  /** How the data relates to the offence (BC 29(2)(c)). May name persons, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> relationToOffence();

  @Value.Check
  default void check() {
    checkArgument(!description().isBlank(), "DataItem.description must not be blank (%s)", category());
    if (periodStart().isPresent() && periodEnd().isPresent()) {
      checkArgument(
          !periodEnd().get().isBefore(periodStart().get()),
          "DataItem.periodEnd must not be before periodStart (%s to %s)",
          periodStart().get(),
          periodEnd().get());
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a data item. */
  final class Builder extends ImmutableDataItem.Builder {}
}
