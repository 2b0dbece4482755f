package org.treatyflow.workflow;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.reply.Reply;

/**
 * One step in a case's append-only history: who did what, when, under which article, and the
 * document it came with.
 *
 * @param <S> the family's statuses
 * @param <A> the family's actions
 */
@Value.Immutable
public interface HistoryEvent<S extends Enum<S>, A extends Enum<A>> {
  /** The case version this step produced: 1 for the first step. */
  @Value.Parameter
  long version();

  /** The id of the command that caused the step. */
  @Value.Parameter
  String commandId();

  /** What was done. */
  @Value.Parameter
  A action();

  /** The status before. */
  @Value.Parameter
  S from();

  /** The status after. */
  @Value.Parameter
  S to();

  /** When, by the workflow's clock. */
  @Value.Parameter
  Instant at();

  /** Who acted. */
  @Value.Parameter
  Authority actor();

  /** The article that allowed the step. */
  @Value.Parameter
  ArticleCitation citation();

  /**
   * Whether the line that allowed the step rests on a verified reading of the treaty ({@link
   * Transition#verification()}).
   */
  @Value.Parameter
  Verification verification();

  /** The reply or decision the step records, if any. */
  @Value.Parameter
  Optional<Reply> reply();

  /** The follow-up request the step records, if any (e.g. BC 29(7)). */
  @Value.Parameter
  Optional<RequestId> followUp();
}
