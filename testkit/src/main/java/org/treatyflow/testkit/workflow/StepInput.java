package org.treatyflow.testkit.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.reply.Reply;

/**
 * What a generated step carries besides its action: who acts, the document it comes with, and the
 * follow-up request it names. The driver adds the command id and the expected version.
 *
 * @param actor who acts
 * @param reply the document, if any
 * @param followUp the follow-up request, if any
 */
public record StepInput(Authority actor, Optional<Reply> reply, Optional<RequestId> followUp) {
  public StepInput {
    checkNotNull(actor, "actor");
    checkNotNull(reply, "reply");
    checkNotNull(followUp, "followUp");
  }

  /** A step by {@code actor}, with no document. */
  public static StepInput by(Authority actor) {
    return new StepInput(actor, Optional.empty(), Optional.empty());
  }

  /** A step by {@code actor} with {@code reply}. */
  public static StepInput by(Authority actor, Reply reply) {
    return new StepInput(actor, Optional.of(reply), Optional.empty());
  }
}
