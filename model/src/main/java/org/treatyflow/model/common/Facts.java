package org.treatyflow.model.common;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts of the matter a request concerns: a summary, and the date and place of the offence.
 *
 * <p>Legal basis: BC 29(2)(b) (a brief summary of the related facts); WC 37(1)(c) (the relevant
 * facts: date, place and circumstances of the offence); 2AP 9 and 10 (the facts that show the
 * emergency). A summary of facts names persons, so it is personal data.
 */
@Value.Immutable
public interface Facts {
  /** A summary of the facts. Personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> summary();

  /** When the offence was committed, or began. */
  Optional<LocalDate> offenceDate();

  /** Where the offence was committed. May be an address, so personal data. */
  @PersonalData
  @Value.Redacted
  Optional<String> offencePlace();

  /** Whether a non-blank summary is given. */
  default boolean hasSummary() {
    return summary().filter(s -> !s.isBlank()).isPresent();
  }

  /** No facts yet. */
  static Facts none() {
    return builder().build();
  }

  /** Facts with only a summary. */
  static Facts summary(String summary) {
    return builder().summary(summary).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds facts. */
  final class Builder extends ImmutableFacts.Builder {}
}
