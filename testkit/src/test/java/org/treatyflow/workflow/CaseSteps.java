package org.treatyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.CooperationAct;

/**
 * Steps of a family's example tests, written once: a step that must be applied (it fails the test
 * with the violations otherwise), and an attempt whose outcome the test examines.
 *
 * @param <R> the family's act
 * @param <S> its statuses
 * @param <A> its actions
 */
public final class CaseSteps<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> {
  private final Workflow<R, S, A> workflow;
  private final Environment environment;

  /** Steps of {@code workflow} in {@code environment}. */
  public CaseSteps(Workflow<R, S, A> workflow, Environment environment) {
    this.workflow = workflow;
    this.environment = environment;
  }

  /** A command to take {@code action} on {@code version}, by {@code actor}. */
  public static <A extends Enum<A>> Command<A> command(String id, A action, long version, Authority actor) {
    return Command.<A>builder().id(id).action(action).expectedVersion(version).actor(actor).build();
  }

  /** Applies {@code command}, which must be allowed. */
  public CaseFile<R, S, A> step(CaseFile<R, S, A> c, Command<A> command) {
    Outcome<R, S, A> outcome = workflow.apply(c, command, environment);
    assertThat(outcome.violations()).as("violations of %s", command.action()).isEmpty();
    assertThat(outcome.isApplied()).isTrue();
    return outcome.caseFile();
  }

  /** Takes {@code action} by {@code actor}, which must be allowed. */
  public CaseFile<R, S, A> step(CaseFile<R, S, A> c, A action, Authority actor) {
    return step(c, command("c" + c.version(), action, c.version(), actor));
  }

  /** Attempts {@code action} by {@code actor} in {@code otherEnvironment}. */
  public Outcome<R, S, A> attempt(CaseFile<R, S, A> c, A action, Authority actor, Environment otherEnvironment) {
    return workflow.apply(c, command("try-" + c.version(), action, c.version(), actor), otherEnvironment);
  }

  /** Attempts {@code action} by {@code actor}. */
  public Outcome<R, S, A> attempt(CaseFile<R, S, A> c, A action, Authority actor) {
    return attempt(c, action, actor, environment);
  }
}
