package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.reply.Reply;

/**
 * A request to take one step in a case: the action, the case version it expects (optimistic
 * concurrency), an id that makes it idempotent, who acts, and the document it comes with.
 *
 * @param <A> the family's actions
 */
@Value.Immutable
public interface Command<A extends Enum<A>> {
  Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** A unique id: applying a command with the same id twice changes nothing the second time. */
  String id();

  /** The action to take. */
  A action();

  /** The case version the command was decided on; a command on another version is rejected. */
  long expectedVersion();

  /** The authority that acts. */
  Authority actor();

  /** The reply or decision the step records (a refusal with its grounds, a postponement ...). */
  Optional<Reply> reply();

  /** The follow-up request the step records, e.g. the request that keeps data preserved (BC 29(7)). */
  Optional<RequestId> followUp();

  @Value.Check
  default void check() {
    checkArgument(ID.matcher(id()).matches(), "Command.id must match %s (length was %s)", ID, id().length());
    checkArgument(expectedVersion() >= 0, "Command.expectedVersion must not be negative, was %s", expectedVersion());
  }

  static <A extends Enum<A>> Builder<A> builder() {
    return new Builder<>();
  }

  /** Builds a command. */
  final class Builder<A extends Enum<A>> extends ImmutableCommand.Builder<A> {}
}
