package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.BilingualText;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;

/**
 * The engine for one family: opens cases, applies commands, and explains what may happen next. It
 * is written once; each family supplies its {@link TransitionTable}.
 *
 * @param <R> the request
 * @param <S> the statuses
 * @param <A> the actions
 */
public final class Workflow<R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> {
  /** Code of the violation reported for any action on a case in a terminal status. */
  public static final String CASE_CLOSED = "CASE_CLOSED";

  /** Code of the violation reported for an action the table has no line for. */
  public static final String ACTION_NOT_AVAILABLE = "ACTION_NOT_AVAILABLE";

  private final RequestFamily family;
  private final TransitionTable<S, A, StepContext<R>> table;

  /** The engine for {@code family}, walking {@code table}. */
  public Workflow(RequestFamily family, TransitionTable<S, A, StepContext<R>> table) {
    this.family = checkNotNull(family, "family");
    this.table = checkNotNull(table, "table");
  }

  /** The family. */
  public RequestFamily family() {
    return family;
  }

  /** The family's table. */
  public TransitionTable<S, A, StepContext<R>> table() {
    return table;
  }

  /** A new case for {@code request}, in the table's initial status, at version 0. */
  public CaseFile<R, S, A> open(R request) {
    checkArgument(
        request.family() == family,
        "Workflow of %s cannot open a case for a request of %s",
        family,
        request.family());
    return ImmutableCaseFile.<R, S, A>builder().request(request).status(table.initial()).version(0).build();
  }

  /**
   * Applies {@code command} to {@code caseFile}: the new case, or every rule that forbids the step,
   * or a conflict if the case has moved on since the command was decided.
   *
   * <p>A command whose id was already applied returns the case unchanged, as applied. Reusing an id
   * for another action is a programmer error and throws.
   */
  public Outcome<R, S, A> apply(CaseFile<R, S, A> caseFile, Command<A> command, Environment environment) {
    checkNotNull(caseFile, "caseFile");
    checkNotNull(command, "command");
    checkNotNull(environment, "environment");
    Optional<HistoryEvent<S, A>> earlier = caseFile.eventOfCommand(command.id());
    if (earlier.isPresent()) {
      checkArgument(
          earlier.get().action() == command.action(),
          "Command id %s was already used for %s, not %s",
          command.id(),
          earlier.get().action(),
          command.action());
      return new Outcome.Applied<>(caseFile, true);
    }
    if (command.expectedVersion() != caseFile.version()) {
      return new Outcome.Conflict<>(caseFile, command.expectedVersion());
    }
    Instant now = environment.clock().instant();
    S status = caseFile.status();
    Transition<S, A, StepContext<R>> line =
        table.isTerminal(status) ? null : table.line(status, command.action());
    if (line == null) {
      return new Outcome.Rejected<>(caseFile, violations(caseFile, command.action(), null));
    }
    StepContext<R> context = new StepContext<>(caseFile, command, environment, now);
    List<Violation> violations = guardViolations(line, context);
    if (!violations.isEmpty()) {
      return new Outcome.Rejected<>(caseFile, violations);
    }
    long version = caseFile.version() + 1;
    HistoryEvent<S, A> event =
        ImmutableHistoryEvent.of(
            version,
            command.id(),
            command.action(),
            status,
            line.to(),
            now,
            command.actor(),
            line.citation(),
            line.verification(),
            command.reply(),
            command.followUp());
    List<HistoryEvent<S, A>> history = caseFile.history();
    ImmutableList<HistoryEvent<S, A>> nextHistory =
        ImmutableList.<HistoryEvent<S, A>>builderWithExpectedSize(history.size() + 1)
            .addAll(history)
            .add(event)
            .build();
    CaseFile<R, S, A> next = ImmutableCaseFile.of(caseFile.request(), line.to(), version, nextHistory);
    return new Outcome.Applied<>(next, false);
  }

  /**
   * Every action of the family, in the order of its enum, with whether it may be taken now and the
   * rules that forbid it. Guards on a command's content (a refusal's grounds, say) are evaluated
   * only when a command is applied.
   */
  public List<ActionExplanation<S, A>> explain(CaseFile<R, S, A> caseFile, Environment environment) {
    StepContext<R> context =
        new StepContext<>(caseFile, null, environment, environment.clock().instant());
    ImmutableList.Builder<ActionExplanation<S, A>> answers = ImmutableList.builder();
    for (A action : table.actions()) {
      Optional<Transition<S, A, StepContext<R>>> line = table.find(caseFile.status(), action);
      Optional<S> target = line.map(t -> t.to());
      Optional<ArticleCitation> citation = line.map(t -> t.citation());
      Optional<Verification> verification = line.map(t -> t.verification());
      answers.add(
          new ActionExplanation<S, A>(
              action, target, citation, verification, violations(caseFile, action, context)));
    }
    return answers.build();
  }

  /**
   * The guards of the line {@code command} would take that forbid it now, in the line's order:
   * which rules, rather than which violations, stand in the way (a guard may report several
   * violations, or violations with codes of their own). Empty when the step is allowed, when the
   * table has no such line, or when the case is closed. For coverage tools and diagnostics.
   */
  public List<Guard<StepContext<R>>> failingGuards(
      CaseFile<R, S, A> caseFile, Command<A> command, Environment environment) {
    checkNotNull(caseFile, "caseFile");
    checkNotNull(command, "command");
    checkNotNull(environment, "environment");
    if (table.isTerminal(caseFile.status())) {
      return List.of();
    }
    Optional<Transition<S, A, StepContext<R>>> line = table.find(caseFile.status(), command.action());
    if (line.isEmpty()) {
      return List.of();
    }
    StepContext<R> context =
        new StepContext<>(caseFile, command, environment, environment.clock().instant());
    List<Guard<StepContext<R>>> failing = new ArrayList<>();
    for (Guard<StepContext<R>> guard : line.get().guards()) {
      if (!guard.check(context).isEmpty()) {
        failing.add(guard);
      }
    }
    return List.copyOf(failing);
  }

  /**
   * Every rule that forbids {@code action} now: the case closed, no line for it, or the violations of
   * the line's guards in their order. {@code context} is read only for the guards; it may be null
   * when the caller knows the table has no open line for the action.
   */
  private List<Violation> violations(CaseFile<R, S, A> caseFile, A action, StepContext<R> context) {
    if (table.isTerminal(caseFile.status())) {
      return List.of(closed(caseFile));
    }
    Transition<S, A, StepContext<R>> line = table.line(caseFile.status(), action);
    if (line == null) {
      return List.of(notAvailable(caseFile.status(), action));
    }
    return guardViolations(line, context);
  }

  /**
   * The violations of {@code line}'s guards in {@code context}, in the line's order; the shared
   * empty list when every guard holds.
   */
  private static <C> List<Violation> guardViolations(Transition<?, ?, C> line, C context) {
    List<Guard<C>> guards = line.guards();
    List<Violation> violations = null;
    for (int i = 0; i < guards.size(); i++) {
      List<Violation> found = guards.get(i).check(context);
      if (!found.isEmpty()) {
        if (violations == null) {
          violations = new ArrayList<>();
        }
        violations.addAll(found);
      }
    }
    return violations == null ? List.of() : violations;
  }

  private Violation closed(CaseFile<R, S, A> caseFile) {
    ArticleCitation citation =
        caseFile.lastEvent().map(HistoryEvent::citation).orElse(family.legalBasis().get(0));
    Verification verification =
        caseFile.lastEvent().map(HistoryEvent::verification).orElse(family.verification());
    return Violation.builder()
        .code(CASE_CLOSED)
        .citation(citation)
        .field("status")
        .verification(verification)
        .message(
            new BilingualText(
                "The case is closed (" + caseFile.status() + "): no further action can be taken.",
                "L'affaire est close (" + caseFile.status() + ") : aucune autre mesure n'est possible."))
        .build();
  }

  private Violation notAvailable(S status, A action) {
    return Violation.builder()
        .code(ACTION_NOT_AVAILABLE)
        .citation(family.legalBasis().get(0))
        .field("status")
        .verification(family.verification())
        .message(
            new BilingualText(
                action + " is not a step the procedure provides from " + status + ".",
                action + " n'est pas une étape que la procédure prévoit à partir de " + status + "."))
        .build();
  }
}
