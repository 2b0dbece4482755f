package org.treatyflow.model.assistance;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;

/** Predicates and rules shared by the request types of this package; not for callers. */
final class AssistanceRules {
  private AssistanceRules() {}

  /** Whether {@code text} holds a non-blank value. */
  static boolean present(Optional<String> text) {
    return text.filter(t -> !t.isBlank()).isPresent();
  }

  /** Whether every item of {@code items} has {@code category}; true when there are none. */
  static boolean allOf(Collection<DataItem> items, DataCategory category) {
    return items.stream().allMatch(i -> i.category() == category);
  }

  /**
   * Checks that a collection period does not end before it starts; {@code type} names the request
   * type in the message.
   */
  static void checkCollectionPeriod(
      String type, Optional<LocalDate> start, Optional<LocalDate> end) {
    if (start.isPresent() && end.isPresent()) {
      checkArgument(
          !end.get().isBefore(start.get()),
          "%s.collectionEnd must not be before collectionStart (%s to %s)",
          type,
          start.get(),
          end.get());
    }
  }
}
