package org.treatyflow.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import com.github.oxo42.stateless4j.delegates.FuncBoolean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Transition;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.catalog.WorkflowCatalog;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationStatus;
import org.treatyflow.workflow.preservation.PreservationWorkflow;

/**
 * Checking and taking one step of a workflow.
 *
 * <p>{@link #checkTreatyflow} asks the library's {@link TransitionTable#allows} whether an action
 * is open from a status; {@link #checkEnumMap} asks a bare {@link EnumMap} table of the same lines,
 * the floor. Both walk the same {@value #PAIRS} (family, status, action) triples drawn from a fixed
 * seed over every family of {@link WorkflowCatalog#all()}, so branch prediction is not flattered;
 * the score is per triple.
 *
 * <p>{@link #applyTreatyflow} applies one command with {@link Workflow#apply} (every guard, the new
 * immutable case and its history event); {@link #fireStateless4j} fires the same action on a
 * stateless4j machine configured from the same table, with one guard per line that checks the
 * actor's Party as the library's "by the requesting / requested Party" guard does. Both cycle
 * through the four steps of an expedited preservation (BC 29): submit, receive, preserve, withdraw.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class TransitionBenchmark {
  /** How many (family, status, action) triples the check benchmarks walk per invocation. */
  public static final int PAIRS = 4096;

  private static final long SEED = 185L;

  /**
   * stateless4j 2.5.0 logs every fire at INFO through slf4j; the benchmark raises its level to
   * WARNING so that a fire costs a level check, not a log line. Held here so it is not collected.
   */
  private static final Logger STATELESS4J_LOG = Logger.getLogger("com.github.oxo42.stateless4j");

  private static final Set<PreservationAction> BY_REQUESTING_PARTY =
      EnumSet.of(PreservationAction.SUBMIT, PreservationAction.PROCEED, PreservationAction.WITHDRAW);

  private TransitionTable<?, ?, ?>[] tables;
  private EnumMap<?, ?>[] floors;
  private int[] tableOf;
  private Enum<?>[] statuses;
  private Enum<?>[] actions;

  private Environment environment;
  private List<CaseFile<PreservationRequest, PreservationStatus, PreservationAction>> cases;
  private List<Command<PreservationAction>> commands;
  private int step;

  private StateMachineConfig<PreservationStatus, PreservationAction> machineConfig;
  private Party requestingParty;
  private Party requestedParty;
  private Authority currentActor;

  /** Creates the benchmark; its inputs are made in {@link #setUp()}. */
  public TransitionBenchmark() {}

  /** Draws the triples, builds the floor tables, the preservation steps and the stateless4j machine. */
  @Setup
  public void setUp() {
    List<Workflow<?, ?, ?>> workflows = WorkflowCatalog.all();
    tables = new TransitionTable<?, ?, ?>[workflows.size()];
    floors = new EnumMap<?, ?>[workflows.size()];
    for (int i = 0; i < workflows.size(); i++) {
      tables[i] = workflows.get(i).table();
      floors[i] = floorOf(tables[i]);
    }
    SplittableRandom random = new SplittableRandom(SEED);
    tableOf = new int[PAIRS];
    statuses = new Enum<?>[PAIRS];
    actions = new Enum<?>[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      int t = random.nextInt(tables.length);
      List<? extends Enum<?>> s = tables[t].statuses();
      List<? extends Enum<?>> a = tables[t].actions();
      tableOf[i] = t;
      statuses[i] = s.get(random.nextInt(s.size()));
      actions[i] = a.get(random.nextInt(a.size()));
    }
    setUpApply();
    setUpStateless4j();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static EnumMap<?, ?> floorOf(TransitionTable<?, ?, ?> table) {
    Class statusType = table.initial().getDeclaringClass();
    Class actionType = table.actions().get(0).getDeclaringClass();
    EnumMap floor = new EnumMap(statusType);
    for (Transition<?, ?, ?> line : table.transitions()) {
      EnumSet row = (EnumSet) floor.get(line.from());
      if (row == null) {
        row = EnumSet.noneOf(actionType);
        floor.put(line.from(), row);
      }
      row.add(line.action());
    }
    return floor;
  }

  private void setUpApply() {
    Workflow<PreservationRequest, PreservationStatus, PreservationAction> workflow =
        PreservationWorkflow.WORKFLOW;
    PreservationRequest request = Documents.preservationRequest();
    environment =
        new Environment(
            PartyRegistry.bundled(),
            Clock.fixed(Instant.parse("2026-03-16T10:00:00Z"), ZoneOffset.UTC),
            DomesticPolicy.DEFAULTS);
    Authority requesting = request.header().requestingAuthority();
    Authority requested = request.header().requestedAuthority().orElseThrow();
    List<PreservationAction> path =
        List.of(
            PreservationAction.SUBMIT,
            PreservationAction.RECEIVE,
            PreservationAction.PRESERVE,
            PreservationAction.WITHDRAW);
    cases = new ArrayList<>();
    commands = new ArrayList<>();
    CaseFile<PreservationRequest, PreservationStatus, PreservationAction> caseFile =
        workflow.open(request);
    for (int i = 0; i < path.size(); i++) {
      PreservationAction action = path.get(i);
      Command<PreservationAction> command =
          Command.<PreservationAction>builder()
              .id("step-" + i)
              .action(action)
              .expectedVersion(caseFile.version())
              .actor(BY_REQUESTING_PARTY.contains(action) ? requesting : requested)
              .build();
      Outcome<PreservationRequest, PreservationStatus, PreservationAction> outcome =
          workflow.apply(caseFile, command, environment);
      if (!(outcome instanceof Outcome.Applied)) {
        throw new IllegalStateException("The benchmark's step " + action + " was not applied");
      }
      cases.add(caseFile);
      commands.add(command);
      caseFile = ((Outcome.Applied<PreservationRequest, PreservationStatus, PreservationAction>) outcome).caseFile();
    }
    requestingParty = requesting.party();
    requestedParty = requested.party();
  }

  private void setUpStateless4j() {
    STATELESS4J_LOG.setLevel(Level.WARNING);
    machineConfig = new StateMachineConfig<>();
    FuncBoolean byRequesting = () -> currentActor.party().equals(requestingParty);
    FuncBoolean byRequested = () -> currentActor.party().equals(requestedParty);
    for (Transition<PreservationStatus, PreservationAction, ?> line :
        PreservationWorkflow.WORKFLOW.table().transitions()) {
      FuncBoolean guard = BY_REQUESTING_PARTY.contains(line.action()) ? byRequesting : byRequested;
      if (line.from() == line.to()) {
        machineConfig.configure(line.from()).permitReentryIf(line.action(), guard);
      } else {
        machineConfig.configure(line.from()).permitIf(line.action(), line.to(), guard);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean allows(TransitionTable table, Enum status, Enum action) {
    return table.allows(status, action);
  }

  /** Whether each drawn action is open from its status, asked of the library's tables. */
  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public int checkTreatyflow() {
    int open = 0;
    for (int i = 0; i < PAIRS; i++) {
      if (allows(tables[tableOf[i]], statuses[i], actions[i])) {
        open++;
      }
    }
    return open;
  }

  /** Whether each drawn action is open from its status, asked of bare {@code EnumMap} tables. */
  @Benchmark
  @OperationsPerInvocation(PAIRS)
  public int checkEnumMap() {
    int open = 0;
    for (int i = 0; i < PAIRS; i++) {
      Set<?> row = (Set<?>) floors[tableOf[i]].get(statuses[i]);
      if (row != null && row.contains(actions[i])) {
        open++;
      }
    }
    return open;
  }

  /** One step of a preservation case through {@link Workflow#apply}. */
  @Benchmark
  public Outcome<PreservationRequest, PreservationStatus, PreservationAction> applyTreatyflow() {
    int i = step;
    step = (i + 1) & 3;
    return PreservationWorkflow.WORKFLOW.apply(cases.get(i), commands.get(i), environment);
  }

  /** The same step fired on a stateless4j machine with an equivalent guard. */
  @Benchmark
  public void fireStateless4j(Blackhole blackhole) {
    int i = step;
    step = (i + 1) & 3;
    Command<PreservationAction> command = commands.get(i);
    currentActor = command.actor();
    StateMachine<PreservationStatus, PreservationAction> machine =
        new StateMachine<>(cases.get(i).status(), machineConfig);
    machine.fire(command.action());
    blackhole.consume(machine.getState());
  }
}
