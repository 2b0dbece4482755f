package org.treatyflow.workflow;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * Whether one action may be taken now, and if not, why not.
 *
 * @param action the action
 * @param target the status it would lead to, if the table has a line for it from the current status
 * @param citation the article that allows it, if the table has such a line
 * @param verification whether that line rests on a verified reading of the treaty, if the table has
 *     such a line
 * @param violations every rule that forbids it now; empty when it is allowed
 * @param <S> the statuses
 * @param <A> the actions
 */
public record ActionExplanation<S extends Enum<S>, A extends Enum<A>>(
    A action,
    Optional<S> target,
    Optional<ArticleCitation> citation,
    Optional<Verification> verification,
    List<Violation> violations) {
  public ActionExplanation {
    violations = ImmutableList.copyOf(violations);
  }

  /** Whether the action may be taken now (content of the command aside). */
  public boolean allowed() {
    return violations.isEmpty();
  }
}
