package org.treatyflow.examples.scenario;

import java.time.Instant;
import java.util.Objects;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;

/**
 * A case just before one of its steps, with the world as it was then: for training, where a
 * trainee is asked what may be done at that moment, and the library says why not the rest.
 *
 * <p>Equality is that of the case, the step and the time; the environment (registry, policy, a
 * clock fixed at the time, the other cases as they then stood) is what the question is asked in.
 */
public final class Checkpoint {
  private final String caseName;
  private final CaseFile<?, ?, ?> before;
  private final HistoryEvent<?, ?> taken;
  private final Environment environment;

  Checkpoint(String caseName, CaseFile<?, ?, ?> before, HistoryEvent<?, ?> taken, Environment environment) {
    this.caseName = caseName;
    this.before = before;
    this.taken = taken;
    this.environment = environment;
  }

  /** The case, as the scenario names it. */
  public String caseName() {
    return caseName;
  }

  /** The case just before the step. */
  public CaseFile<?, ?, ?> before() {
    return before;
  }

  /** The step that was taken. */
  public HistoryEvent<?, ?> taken() {
    return taken;
  }

  /** When the step was taken. */
  public Instant at() {
    return taken.at();
  }

  /** The environment the step was taken in, with its clock fixed at that time. */
  public Environment environment() {
    return environment;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Checkpoint that
        && caseName.equals(that.caseName)
        && before.equals(that.before)
        && taken.equals(that.taken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseName, before, taken);
  }

  @Override
  public String toString() {
    return "Checkpoint[" + caseName + " v" + before.version() + " " + taken.action() + "]";
  }
}
