package org.treatyflow.examples.simulation;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Offence;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.refusal.RefusalGrounds;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.TreatyPeriods;
import org.treatyflow.workflow.Workflow;

/**
 * A seeded, reproducible simulation of many cases flowing between Parties through the library's
 * own workflows, and the report a trainer reads from it.
 *
 * <p>The design is event-driven: one priority queue of (time, order of scheduling, step of a case)
 * and a simulated clock. Each step is applied with {@link Workflow#apply} in an {@link Environment}
 * whose clock is fixed at the step's time, so the rules, guards and deadlines are the library's. A
 * case opens with an expedited preservation request (BC 29) followed by a request for the stored
 * data (BC 31) that must arrive before the preservation ends (BC 29(7)); its financial track asks
 * for bank account information (WC 17), then freezing (WC 21), confiscation (WC 23) and the return
 * or sharing of what was confiscated (WC 25), while the suspects move the proceeds not yet frozen.
 * {@link SimulationConfig} says what can be tuned.
 *
 * <p>Every random draw of a case comes from its own generators (one for the cyber track, one for
 * the financial track, one for the suspects' moves), split in order from the seed, so cases are
 * independent, the same seed gives the same report, and the policy knob changes only the financial
 * track of the same cases.
 *
 * <p>A step the library rejects stops its case and is counted in the report; a correct simulation
 * has none.
 */
public final class Simulation {
  private static final long SECONDS_PER_DAY = 86_400;

  private final SimulationConfig config;
  private final PartyRegistry registry;
  private final DomesticPolicy policy;
  private final Requests requests;
  private final ProgressListener progress;
  private final EventQueue queue = new EventQueue();
  private final List<CaseOutcome> outcomes;
  private final Map<String, Long> rejectionsByCode = new TreeMap<>();
  private final Map<AdmissibilityKey, Set<GroundForRefusal>> admissible = new HashMap<>();
  private long sequence;
  private long stepsApplied;
  private long stepsRejected;
  private int nextDecile = 1;

  private Simulation(
      SimulationConfig config, PartyRegistry registry, DomesticPolicy policy, ProgressListener progress) {
    this.config = checkNotNull(config, "config");
    this.registry = checkNotNull(registry, "registry");
    this.policy = checkNotNull(policy, "policy");
    this.progress = checkNotNull(progress, "progress");
    this.requests = new Requests(registry, config.firstDay());
    this.outcomes = new ArrayList<>(config.cases());
  }

  /** Runs {@code config} between the Parties of the bundled registry; never null. */
  public static SimulationReport run(SimulationConfig config) {
    return run(config, ProgressListener.NONE);
  }

  /** Runs {@code config} between the Parties of the bundled registry, telling {@code progress}. */
  public static SimulationReport run(SimulationConfig config, ProgressListener progress) {
    return run(config, PartyRegistry.bundled(), DomesticPolicy.DEFAULTS, progress);
  }

  /**
   * Runs {@code config} between the Parties that {@code registry} shows bound by both the Budapest
   * and the Warsaw Convention on the configuration's first day, under {@code policy}.
   *
   * @throws IllegalStateException if fewer than two Parties are bound by both
   */
  public static SimulationReport run(
      SimulationConfig config, PartyRegistry registry, DomesticPolicy policy, ProgressListener progress) {
    Simulation simulation = new Simulation(config, registry, policy, progress);
    simulation.runAll();
    return SimulationReport.of(
        config,
        simulation.outcomes,
        simulation.stepsApplied,
        simulation.stepsRejected,
        simulation.rejectionsByCode);
  }

  private void runAll() {
    SplittableRandom root = new SplittableRandom(config.seed());
    SplittableRandom arrivals = root.split();
    double meanSpacingSeconds = config.arrivalWindowDays() * (double) SECONDS_PER_DAY / config.cases();
    long start = config.firstDay().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    scheduleArrival(0, start, root, arrivals, meanSpacingSeconds);
    while (!queue.isEmpty()) {
      long at = queue.firstTime();
      queue.pollFirst().accept(Instant.ofEpochSecond(at));
    }
  }

  private void scheduleArrival(
      int number, long previous, SplittableRandom root, SplittableRandom arrivals, double meanSpacing) {
    long at = previous + Math.round(-meanSpacing * StrictMath.log(1 - arrivals.nextDouble()));
    schedule(
        at,
        now -> {
          SimulatedCase simulated = new SimulatedCase(this, number, root.split());
          if (number + 1 < config.cases()) {
            scheduleArrival(number + 1, at, root, arrivals, meanSpacing);
          }
          simulated.open(now);
        });
  }

  SimulationConfig config() {
    return config;
  }

  Requests requests() {
    return requests;
  }

  PartyRegistry registry() {
    return registry;
  }

  DomesticPolicy policy() {
    return policy;
  }

  private static final String[] COMMAND_IDS = ids("v");
  private static final RequestId[] REPLY_IDS = replyIds();

  private static RequestId[] replyIds() {
    RequestId[] ids = new RequestId[64];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = RequestId.of("R" + i);
    }
    return ids;
  }

  /** The id of the reply recorded at version {@code version} of a case, unique within the case. */
  static RequestId replyId(long version) {
    return version < REPLY_IDS.length ? REPLY_IDS[(int) version] : RequestId.of("R" + version);
  }

  private static String[] ids(String prefix) {
    String[] ids = new String[64];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = prefix + i;
    }
    return ids;
  }

  /**
   * The id of the command that takes a case to version {@code version}: unique within the case,
   * which is all the library asks of a command id, and shared between cases to spare memory.
   */
  static String commandId(long version) {
    return version < COMMAND_IDS.length ? COMMAND_IDS[(int) version] : "v" + version;
  }

  /** Runs {@code action} at {@code at}, after everything scheduled earlier for the same time. */
  void schedule(Instant at, Consumer<Instant> action) {
    schedule(at.getEpochSecond(), action);
  }

  private void schedule(long at, Consumer<Instant> action) {
    queue.add(at, sequence++, action);
  }

  /** A delay of {@code type} drawn from {@code random}: Erlang of shape 2 around its mean, at least a second. */
  long delaySeconds(StepType type, SplittableRandom random) {
    double mean = config.meanDays(type);
    double days = -(mean / 2) * StrictMath.log((1 - random.nextDouble()) * (1 - random.nextDouble()));
    return Math.max(1, Math.round(days * SECONDS_PER_DAY));
  }

  /** The environment of a step taken at {@code now}, finding the other cases in {@code cases}. */
  Environment environment(Instant now, LinkedCases cases) {
    return new Environment(registry, Clock.fixed(now, ZoneOffset.UTC), policy, TreatyPeriods.DEFAULTS, cases);
  }

  /**
   * Applies {@code action} by {@code actor} to {@code caseFile} through {@code workflow}: the new
   * case, or empty when the library rejected the step, which is counted with its violations' codes.
   */
  <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> Optional<CaseFile<R, S, A>> apply(
      Workflow<R, S, A> workflow,
      CaseFile<R, S, A> caseFile,
      A action,
      Authority actor,
      Optional<Reply> reply,
      Optional<RequestId> followUp,
      Environment environment) {
    Command<A> command =
        Command.<A>builder()
            .id(commandId(caseFile.version() + 1))
            .action(action)
            .expectedVersion(caseFile.version())
            .actor(actor)
            .reply(reply)
            .followUp(followUp)
            .build();
    Outcome<R, S, A> outcome = workflow.apply(caseFile, command, environment);
    if (outcome.isApplied()) {
      stepsApplied++;
      return Optional.of(outcome.caseFile());
    }
    stepsRejected++;
    List<Violation> violations = outcome.violations();
    if (violations.isEmpty()) {
      rejectionsByCode.merge("CONFLICT", 1L, Long::sum);
    }
    for (Violation v : violations) {
      rejectionsByCode.merge(v.code(), 1L, Long::sum);
    }
    return Optional.empty();
  }

  /**
   * The ground, if any, on which the requested Party refuses a request of {@code family}: each
   * ground the library admits against the request (for every one of its offences, with its coercive
   * character, the BC 29(4) reservation of the requested Party, and BC 27(1)) is raised with its
   * configured chance, in the order of {@link GroundForRefusal}; the first raised is the refusal's.
   */
  Optional<GroundForRefusal> drawRefusal(
      RequestFamily family,
      boolean coercive,
      Requests.Scenario scenario,
      Party requesting,
      Party requested,
      SplittableRandom random) {
    for (GroundForRefusal ground : admissibleGrounds(family, coercive, scenario, requesting, requested)) {
      if (random.nextDouble() < config.refusalProbability(ground)) {
        return Optional.of(ground);
      }
    }
    return Optional.empty();
  }

  private Set<GroundForRefusal> admissibleGrounds(
      RequestFamily family, boolean coercive, Requests.Scenario scenario, Party requesting, Party requested) {
    boolean reservation =
        family == RequestFamily.EXPEDITED_PRESERVATION
            && registry.hasMade(requested, ReservationCode.BC_29_4_DUAL_CRIMINALITY_PRESERVATION);
    boolean article27 = policy.appliesBudapestArticle27(requesting, requested);
    AdmissibilityKey key = new AdmissibilityKey(family, coercive, scenario, reservation, article27);
    return admissible.computeIfAbsent(key, Simulation::computeAdmissible);
  }

  private static Set<GroundForRefusal> computeAdmissible(AdmissibilityKey key) {
    Set<GroundForRefusal> grounds = EnumSet.noneOf(GroundForRefusal.class);
    for (GroundForRefusal ground : GroundForRefusal.values()) {
      boolean admitted = true;
      for (Offence offence : key.scenario().offences()) {
        admitted &=
            RefusalGrounds.check(key.family(), key.coercive(), offence, key.reservation(), List.of(ground))
                .isEmpty();
      }
      // Where a mutual assistance treaty governs, BC 27(4) gives way to it (BC 27(1)); the families
      // on the Budapest track then refuse on the treaty's grounds (B5) instead.
      if (key.family() != RequestFamily.EXPEDITED_PRESERVATION
          && !key.article27()
          && (ground == GroundForRefusal.BC_POLITICAL_OFFENCE || ground == GroundForRefusal.BC_ESSENTIAL_INTERESTS)) {
        admitted = false;
      }
      if (admitted) {
        grounds.add(ground);
      }
    }
    return Collections.unmodifiableSet(grounds);
  }

  /** Records a finished case and tells the listener at every tenth of the cases. */
  void finished(CaseOutcome outcome) {
    outcomes.add(outcome);
    int done = outcomes.size();
    int total = config.cases();
    while (nextDecile <= 10 && (long) done * 10 >= (long) total * nextDecile) {
      nextDecile++;
      if (nextDecile > 10 || (long) done * 10 < (long) total * nextDecile) {
        progress.casesFinished(done, total);
      }
    }
  }

  private record AdmissibilityKey(
      RequestFamily family, boolean coercive, Requests.Scenario scenario, boolean reservation, boolean article27) {}
}
