package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Verification;

/**
 * One line of a transition table: from a status, on an action, to a status, as the cited article
 * allows, provided every guard holds.
 *
 * @param <S> the family's statuses
 * @param <A> the family's actions
 * @param <C> what the guards read
 */
public final class Transition<S extends Enum<S>, A extends Enum<A>, C> {
  private final S from;
  private final A action;
  private final S to;
  private final ArticleCitation citation;
  private final Verification verification;
  private final ImmutableList<Guard<C>> guards;

  Transition(
      S from,
      A action,
      S to,
      ArticleCitation citation,
      Verification verification,
      List<Guard<C>> guards) {
    this.from = checkNotNull(from, "from");
    this.action = checkNotNull(action, "action");
    this.to = checkNotNull(to, "to");
    this.citation = checkNotNull(citation, "citation");
    this.verification = checkNotNull(verification, "verification");
    this.guards = ImmutableList.copyOf(guards);
  }

  /** The status the case must be in. */
  public S from() {
    return from;
  }

  /** The action. */
  public A action() {
    return action;
  }

  /** The status the case moves to. */
  public S to() {
    return to;
  }

  /** The article that allows this move. */
  public ArticleCitation citation() {
    return citation;
  }

  /** Whether the move rests on a verified reading of the treaty. */
  public Verification verification() {
    return verification;
  }

  /** The rules that must all hold for the move, in order. */
  public List<Guard<C>> guards() {
    return guards;
  }

  @Override
  public String toString() {
    return from + " --" + action + "--> " + to + " (" + citation + ")";
  }
}
