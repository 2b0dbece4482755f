package org.treatyflow.model.disclosure;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.RequestId;

/**
 * Whether preservation of the data was already sought before an order or request, and if so under
 * which reference and on which date.
 *
 * <p>Legal basis: 2AP 7(4) (supplemental information of a direct order) and 2AP 8(4) (supporting
 * information of a request to give effect to a production order), both unverified. The reference
 * and date of an earlier preservation request (BC 29) are not personal data.
 */
@Value.Immutable
public interface PreservationStatus {
  /** Whether preservation was sought. */
  boolean sought();

  /** The reference of the preservation request, if preservation was sought. */
  Optional<RequestId> reference();

  /** The date preservation was sought, if it was. */
  Optional<LocalDate> date();

  /** Whether the status says all it must: not sought, or sought with its reference and date. */
  default boolean isStated() {
    return !sought() || (reference().isPresent() && date().isPresent());
  }

  @Value.Check
  default void check() {
    checkArgument(
        sought() || (reference().isEmpty() && date().isEmpty()),
        "PreservationStatus.reference and PreservationStatus.date need sought to be true");
  }

  /** Preservation was not sought. */
  static PreservationStatus notSought() {
    return builder().sought(false).build();
  }

  /** Preservation was sought under {@code reference} on {@code date}. */
  static PreservationStatus sought(RequestId reference, LocalDate date) {
    return builder().sought(true).reference(reference).date(date).build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a preservation status. */
  final class Builder extends ImmutablePreservationStatus.Builder {}
}
