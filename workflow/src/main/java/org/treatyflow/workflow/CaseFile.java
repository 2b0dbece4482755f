package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.CooperationAct;

/**
 * A request and where it stands: its status, its version and its history. Immutable: every step
 * gives a new case file whose version is one higher and whose history has one more event.
 *
 * @param <R> the request
 * @param <S> the family's statuses
 * @param <A> the family's actions
 */
@Value.Immutable
public interface CaseFile<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> {
  /** The request the case is about. */
  @Value.Parameter
  R request();

  /** Where the case stands. */
  @Value.Parameter
  S status();

  /** The number of steps taken; 0 for a new case. */
  @Value.Parameter
  long version();

  /** Every step taken, oldest first. */
  @Value.Parameter
  List<HistoryEvent<S, A>> history();

  @Value.Check
  default void check() {
    checkArgument(
        history().size() == version(),
        "CaseFile: version %s but %s history events",
        version(),
        history().size());
  }

  /** The last step taken, if any. */
  default Optional<HistoryEvent<S, A>> lastEvent() {
    return history().isEmpty() ? Optional.empty() : Optional.of(history().get(history().size() - 1));
  }

  /** The last step that led to {@code status}, if any. */
  default Optional<HistoryEvent<S, A>> lastEventInto(S status) {
    for (int i = history().size() - 1; i >= 0; i--) {
      if (history().get(i).to() == status) {
        return Optional.of(history().get(i));
      }
    }
    return Optional.empty();
  }

  /** Whether a command with {@code commandId} was already applied. */
  default Optional<HistoryEvent<S, A>> eventOfCommand(String commandId) {
    List<HistoryEvent<S, A>> history = history();
    // A string keeps its hash once computed: comparing hashes first skips most content comparisons.
    int hash = commandId.hashCode();
    for (int i = 0; i < history.size(); i++) {
      String id = history.get(i).commandId();
      if (id.hashCode() == hash && id.equals(commandId)) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }
}
