package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Party;

/**
 * What a guard reads: the case (with its request and history), the command being applied (empty
 * when the engine only explains what may happen next), the environment and the current instant.
 *
 * @param <R> the request
 */
public final class StepContext<R extends CooperationAct> {
  private static final long SECONDS_PER_DAY = 86_400L;

  private final CaseFile<R, ?, ?> caseFile;
  /** The command being applied; null when the engine only explains. */
  private final Command<?> command;
  private final Environment environment;
  private final Instant now;
  /** {@link #command()}, made on first use: most steps are checked without it. */
  private Optional<Command<?>> commandView;

  /** The context of a step; {@code command} is null when the engine only explains. */
  StepContext(CaseFile<R, ?, ?> caseFile, Command<?> command, Environment environment, Instant now) {
    this.caseFile = checkNotNull(caseFile, "caseFile");
    this.command = command;
    this.environment = checkNotNull(environment, "environment");
    this.now = checkNotNull(now, "now");
  }

  /** The request of the case. */
  public R request() {
    return caseFile.request();
  }

  /** The case before the step. */
  public CaseFile<R, ?, ?> caseFile() {
    return caseFile;
  }

  /**
   * The command being applied; empty when the engine explains what may happen next, in which case
   * guards on the command's content are not evaluated.
   */
  public Optional<Command<?>> command() {
    Optional<Command<?>> view = commandView;
    if (view == null) {
      view = Optional.ofNullable(command);
      commandView = view;
    }
    return view;
  }

  /** The command being applied, or null when the engine only explains: {@link #command()} unboxed. */
  Command<?> commandOrNull() {
    return command;
  }

  /** The registry, clock and domestic policy. */
  public Environment environment() {
    return environment;
  }

  /** The current instant, read once from the clock for the whole step. */
  public Instant now() {
    return now;
  }

  /** Today's date in {@code party}'s time zone, as its domestic policy states it. */
  public LocalDate today(Party party) {
    ZoneId zone = environment.policy().timeZone(party);
    if (zone instanceof ZoneOffset offset) {
      // As LocalDate.ofInstant computes it, without the rules object a ZoneOffset makes each call.
      return LocalDate.ofEpochDay(
          Math.floorDiv(now.getEpochSecond() + offset.getTotalSeconds(), SECONDS_PER_DAY));
    }
    return LocalDate.ofInstant(now, zone);
  }
}
