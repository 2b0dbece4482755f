package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import org.treatyflow.model.common.CooperationAct;

/**
 * Case files kept in memory, keyed by an id, where each command is applied atomically to the
 * current case: of two commands decided on the same version, exactly one is applied and the other
 * gets a {@link Outcome.Conflict}. A model for a case-management system's own store.
 *
 * @param <R> the request
 * @param <S> the statuses
 * @param <A> the actions
 */
public final class InMemoryCases<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> {
  private final Workflow<R, S, A> workflow;
  private final Environment environment;
  private final ConcurrentMap<String, CaseFile<R, S, A>> cases = new ConcurrentHashMap<>();

  /** A store whose commands go through {@code workflow} in {@code environment}. */
  public InMemoryCases(Workflow<R, S, A> workflow, Environment environment) {
    this.workflow = checkNotNull(workflow, "workflow");
    this.environment = checkNotNull(environment, "environment");
  }

  /** Opens a case for {@code request} under {@code caseId}, which must be new. */
  public CaseFile<R, S, A> open(String caseId, R request) {
    CaseFile<R, S, A> opened = workflow.open(request);
    checkArgument(cases.putIfAbsent(caseId, opened) == null, "A case %s already exists", caseId);
    return opened;
  }

  /** The current case under {@code caseId}, if there is one. */
  public Optional<CaseFile<R, S, A>> get(String caseId) {
    return Optional.ofNullable(cases.get(caseId));
  }

  /** Applies {@code command} to the current case under {@code caseId}, atomically. */
  public Outcome<R, S, A> apply(String caseId, Command<A> command) {
    checkArgument(cases.containsKey(caseId), "No case %s", caseId);
    AtomicReference<Outcome<R, S, A>> outcome = new AtomicReference<>();
    cases.computeIfPresent(
        caseId,
        (id, current) -> {
          outcome.set(workflow.apply(current, command, environment));
          return outcome.get().caseFile();
        });
    return outcome.get();
  }
}
