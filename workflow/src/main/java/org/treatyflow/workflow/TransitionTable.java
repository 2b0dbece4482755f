package org.treatyflow.workflow;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Verification;

/**
 * A family's lifecycle as data: each line reads from-status, action, to-status, the article that
 * allows the move, and the guards that limit it, top-down like the treaty.
 *
 * <pre>{@code
 * TransitionTable.of(Status.class, Action.class, Context.class)
 *     .initial(DRAFT)
 *     .terminal(EnumSet.of(REFUSED, EXPIRED))
 *     .from(DRAFT).on(SUBMIT).to(TRANSMITTED).per(BUDAPEST.cite(29, 2)).when(complete)
 *     .from(RECEIVED).on(REFUSE).to(REFUSED).per(BUDAPEST.cite(29, 5))
 *     .build();
 * }</pre>
 *
 * <p>The builder's stages make a line without a citation impossible to write: {@code to(...)} is
 * followed only by {@code per(...)}. {@link #build()} rejects two lines for the same status and
 * action, and any line out of a terminal status.
 *
 * @param <S> the statuses
 * @param <A> the actions
 * @param <C> what the guards read
 */
public final class TransitionTable<S extends Enum<S>, A extends Enum<A>, C> {
  private final Class<S> statusType;
  private final Class<A> actionType;
  private final S initial;
  private final ImmutableSet<S> terminal;
  private final ImmutableList<Transition<S, A, C>> transitions;
  /** The lines by {@code status.ordinal() * actionCount + action.ordinal()}; null where none. */
  private final Object[] index;
  private final int actionCount;
  /** Whether each status of the enum, by ordinal, is terminal in this table. */
  private final boolean[] terminalByOrdinal;
  private final ImmutableList<S> statuses;
  private final ImmutableList<A> actions;

  private TransitionTable(Builder<S, A, C> builder) {
    this.statusType = builder.statusType;
    this.actionType = builder.actionType;
    this.initial = checkNotNull(builder.initial, "TransitionTable: no initial status declared");
    this.terminal = reached(builder.terminal, builder.transitions, initial);
    this.transitions = ImmutableList.copyOf(builder.transitions);
    this.actionCount = actionType.getEnumConstants().length;
    this.index = new Object[statusType.getEnumConstants().length * actionCount];
    for (Transition<S, A, C> t : transitions) {
      checkArgument(
          !terminal.contains(t.from()),
          "TransitionTable: %s leaves the terminal status %s",
          t,
          t.from());
      int slot = t.from().ordinal() * actionCount + t.action().ordinal();
      checkArgument(
          index[slot] == null, "TransitionTable: two lines for %s on %s", t.from(), t.action());
      index[slot] = t;
    }
    this.terminalByOrdinal = new boolean[statusType.getEnumConstants().length];
    for (S status : terminal) {
      terminalByOrdinal[status.ordinal()] = true;
    }
    EnumSet<S> usedStatuses = EnumSet.of(initial);
    EnumSet<A> usedActions = EnumSet.noneOf(actionType);
    for (Transition<S, A, C> t : transitions) {
      usedStatuses.add(t.from());
      usedStatuses.add(t.to());
      usedActions.add(t.action());
    }
    this.statuses = ImmutableList.copyOf(usedStatuses);
    this.actions = ImmutableList.copyOf(usedActions);
  }

  /**
   * The declared terminal statuses that a line reaches (or the initial one): a family sharing a
   * status enum with others declares their common terminal set, and keeps only its own.
   */
  private static <S extends Enum<S>, A extends Enum<A>, C> ImmutableSet<S> reached(
      Set<S> declared, List<Transition<S, A, C>> lines, S initial) {
    ImmutableSet.Builder<S> kept = ImmutableSet.builder();
    for (S status : declared) {
      if (status == initial || lines.stream().anyMatch(t -> t.to() == status || t.from() == status)) {
        kept.add(status);
      }
    }
    return kept.build();
  }

  /** Starts a table over the statuses, actions and guard context of a family. */
  public static <S extends Enum<S>, A extends Enum<A>, C> InitialStage<S, A, C> of(
      Class<S> statusType, Class<A> actionType, Class<C> contextType) {
    checkNotNull(contextType, "contextType");
    return new Builder<>(checkNotNull(statusType, "statusType"), checkNotNull(actionType, "actionType"));
  }

  /** The status a new case starts in. */
  public S initial() {
    return initial;
  }

  /** The statuses that accept no further action. */
  public Set<S> terminal() {
    return terminal;
  }

  /** Whether {@code status} accepts no further action. */
  public boolean isTerminal(S status) {
    return isOwn(status, statusType) && terminalByOrdinal[status.ordinal()];
  }

  /** Every line, in the order written. */
  public List<Transition<S, A, C>> transitions() {
    return transitions;
  }

  /**
   * Every status of the family: the initial one, the terminal ones, and those its lines leave or
   * reach, in the order of the status enum (which several families may share).
   */
  public List<S> statuses() {
    return statuses;
  }

  /** Every action of the family: those its lines name, in the order of the action enum. */
  public List<A> actions() {
    return actions;
  }

  /** The line for {@code action} from {@code status}, if the table has one. */
  public Optional<Transition<S, A, C>> find(S status, A action) {
    return Optional.ofNullable(line(status, action));
  }

  /** Whether the table has a line for {@code action} from {@code status}; guards are not consulted. */
  public boolean allows(S status, A action) {
    return line(status, action) != null;
  }

  /** The line for {@code action} from {@code status}, or null if the table has none. */
  @SuppressWarnings("unchecked")
  Transition<S, A, C> line(S status, A action) {
    if (!isOwn(status, statusType) || !isOwn(action, actionType)) {
      return null;
    }
    return (Transition<S, A, C>) index[status.ordinal() * actionCount + action.ordinal()];
  }

  /**
   * Whether {@code value} is a constant of {@code type}, as an {@link EnumMap} keyed by it would
   * accept it: false for null, and for a constant of another enum passed through a raw type.
   */
  private static boolean isOwn(Enum<?> value, Class<?> type) {
    if (value == null) {
      return false;
    }
    Class<?> valueClass = value.getClass();
    return valueClass == type || valueClass.getSuperclass() == type;
  }

  /** The lines out of {@code status}, in the order written. */
  public List<Transition<S, A, C>> from(S status) {
    List<Transition<S, A, C>> lines = new ArrayList<>();
    for (Transition<S, A, C> t : transitions) {
      if (t.from() == status) {
        lines.add(t);
      }
    }
    return lines;
  }

  /** Declares the initial status. */
  public interface InitialStage<S extends Enum<S>, A extends Enum<A>, C> {
    TerminalStage<S, A, C> initial(S status);
  }

  /** Declares the terminal statuses. */
  public interface TerminalStage<S extends Enum<S>, A extends Enum<A>, C> {
    LineStage<S, A, C> terminal(Set<S> statuses);
  }

  /** Starts a line, or builds the table. */
  public interface LineStage<S extends Enum<S>, A extends Enum<A>, C> {
    ActionStage<S, A, C> from(S status);

    /**
     * Starts a line written once for every open status of the table: each status that the other
     * lines leave or reach (or the initial one), that is not terminal, not in {@code except}, and has
     * no line of its own for the action. Expanded when the table is built, in the order of the
     * status enum; for steps the treaty allows at any stage, such as withdrawing a request.
     */
    ActionStage<S, A, C> fromEveryOpenStatusExcept(Set<S> except);

    TransitionTable<S, A, C> build();
  }

  /** Names the action of a line. */
  public interface ActionStage<S extends Enum<S>, A extends Enum<A>, C> {
    TargetStage<S, A, C> on(A action);
  }

  /** Names the status a line leads to. */
  public interface TargetStage<S extends Enum<S>, A extends Enum<A>, C> {
    CitationStage<S, A, C> to(S status);
  }

  /** Names the article that allows the move: a line cannot end without one. */
  public interface CitationStage<S extends Enum<S>, A extends Enum<A>, C> {
    GuardStage<S, A, C> per(ArticleCitation citation);

    /** For a move resting on the library's reading rather than on verified treaty text. */
    GuardStage<S, A, C> perUnverified(ArticleCitation citation);

    /** {@link #per} or {@link #perUnverified}, as {@code verification} says. */
    default GuardStage<S, A, C> per(ArticleCitation citation, Verification verification) {
      return verification == Verification.CONFIRMED ? per(citation) : perUnverified(citation);
    }
  }

  /** Adds guards to the line just written, or goes on with the next line. */
  public interface GuardStage<S extends Enum<S>, A extends Enum<A>, C> extends LineStage<S, A, C> {
    GuardStage<S, A, C> when(List<Guard<C>> guards);

    default GuardStage<S, A, C> when(Guard<C> guard) {
      return when(List.of(guard));
    }

    default GuardStage<S, A, C> when(Guard<C> first, Guard<C> second) {
      return when(List.of(first, second));
    }

    default GuardStage<S, A, C> when(Guard<C> first, Guard<C> second, Guard<C> third) {
      return when(List.of(first, second, third));
    }
  }

  /** A line to be written from every open status, see {@link LineStage#fromEveryOpenStatusExcept}. */
  private record EveryOpen<S extends Enum<S>, A extends Enum<A>, C>(
      Set<S> except,
      A action,
      S to,
      ArticleCitation citation,
      Verification verification,
      List<Guard<C>> guards) {}

  private static final class Builder<S extends Enum<S>, A extends Enum<A>, C>
      implements InitialStage<S, A, C>,
          TerminalStage<S, A, C>,
          ActionStage<S, A, C>,
          TargetStage<S, A, C>,
          CitationStage<S, A, C>,
          GuardStage<S, A, C> {
    private final Class<S> statusType;
    private final Class<A> actionType;
    private S initial;
    private final Set<S> terminal;
    private final List<Transition<S, A, C>> transitions = new ArrayList<>();
    private S from;
    private A action;
    private S to;
    private ArticleCitation citation;
    private Verification verification;
    private final List<Guard<C>> guards = new ArrayList<>();
    private Set<S> everyOpenExcept;
    private final List<EveryOpen<S, A, C>> everyOpen = new ArrayList<>();

    Builder(Class<S> statusType, Class<A> actionType) {
      this.statusType = statusType;
      this.actionType = actionType;
      this.terminal = EnumSet.noneOf(statusType);
    }

    @Override
    public TerminalStage<S, A, C> initial(S status) {
      initial = checkNotNull(status, "initial");
      return this;
    }

    @Override
    public LineStage<S, A, C> terminal(Set<S> statuses) {
      terminal.addAll(statuses);
      return this;
    }

    @Override
    public ActionStage<S, A, C> from(S status) {
      finishLine();
      from = checkNotNull(status, "from");
      return this;
    }

    @Override
    public ActionStage<S, A, C> fromEveryOpenStatusExcept(Set<S> except) {
      finishLine();
      everyOpenExcept = EnumSet.noneOf(statusType);
      everyOpenExcept.addAll(checkNotNull(except, "except"));
      from = initial;
      return this;
    }

    @Override
    public TargetStage<S, A, C> on(A action) {
      this.action = checkNotNull(action, "action");
      return this;
    }

    @Override
    public CitationStage<S, A, C> to(S status) {
      to = checkNotNull(status, "to");
      return this;
    }

    @Override
    public GuardStage<S, A, C> per(ArticleCitation citation) {
      this.citation = checkNotNull(citation, "citation");
      this.verification = Verification.CONFIRMED;
      return this;
    }

    @Override
    public GuardStage<S, A, C> perUnverified(ArticleCitation citation) {
      this.citation = checkNotNull(citation, "citation");
      this.verification = Verification.UNVERIFIED;
      return this;
    }

    @Override
    public GuardStage<S, A, C> when(List<Guard<C>> guards) {
      this.guards.addAll(guards);
      return this;
    }

    @Override
    public TransitionTable<S, A, C> build() {
      finishLine();
      expandEveryOpen();
      return new TransitionTable<>(this);
    }

    /** Writes the lines started by {@link #fromEveryOpenStatusExcept} once the others are known. */
    private void expandEveryOpen() {
      Set<S> used = EnumSet.of(initial);
      for (Transition<S, A, C> t : transitions) {
        used.add(t.from());
        used.add(t.to());
      }
      for (EveryOpen<S, A, C> line : everyOpen) {
        for (S status : used) {
          boolean excluded = line.except().contains(status) || terminal.contains(status);
          boolean hasOwn =
              transitions.stream().anyMatch(t -> t.from() == status && t.action() == line.action());
          if (!excluded && !hasOwn) {
            transitions.add(
                new Transition<>(
                    status, line.action(), line.to(), line.citation(), line.verification(), line.guards()));
          }
        }
      }
    }

    private void finishLine() {
      if (from != null && everyOpenExcept != null) {
        everyOpen.add(
            new EveryOpen<>(everyOpenExcept, action, to, citation, verification, List.copyOf(guards)));
        everyOpenExcept = null;
        from = null;
        action = null;
        to = null;
        citation = null;
        guards.clear();
      } else if (from != null) {
        transitions.add(new Transition<>(from, action, to, citation, verification, guards));
        from = null;
        action = null;
        to = null;
        citation = null;
        guards.clear();
      }
    }
  }
}
