package org.treatyflow.workflow.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.preservation.PreservationWorkflow.WORKFLOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.assistance.StoredDataAccessMeasure;
import org.treatyflow.model.assistance.StoredDataAccessRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.testkit.PreservationArbitraries;
import org.treatyflow.testkit.workflow.PreservationSteps;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.StoredDataAccessWorkflow;

/**
 * Model-based tests of expedited preservation (BC 29): chains of steps drawn from the table itself
 * ({@link WorkflowChains}, {@link PreservationSteps}), with the invariants of every step checked,
 * the journal replayed, and the deadline and refusals checked against the case's history after
 * every step; every line of the table must be taken and every guard seen forbidding a step. Also,
 * the counting of the period on its own.
 */
class PreservationWorkflowProperties {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final TransitionCoverage COVERAGE = TransitionCoverage.of(WORKFLOW);

  /** Requested Parties whose law, in these runs, does not provide for renewal (BC 16(2)). */
  private static final Set<Party> NO_RENEWAL = Set.of(Party.of("DE"), Party.of("FR"), Party.of("JP"), Party.of("US"));

  /**
   * Renewal allowed for every requested Party but those of {@link #NO_RENEWAL}; Austria preserves
   * for 90 days, longer than the BC 29(7) minimum; Tokyo time for Japan, so that days are counted in
   * more than one zone.
   */
  static final DomesticPolicy POLICY =
      new DomesticPolicy() {
        @Override
        public boolean allowsPreservationRenewal(Party party) {
          return !NO_RENEWAL.contains(party);
        }

        @Override
        public Optional<Integer> preservationDays(Party requestedParty) {
          return requestedParty.equals(Party.of("AT")) ? Optional.of(90) : Optional.empty();
        }

        @Override
        public ZoneId timeZone(Party party) {
          return party.equals(Party.of("JP")) ? ZoneId.of("Asia/Tokyo") : ZoneId.of("Europe/Vienna");
        }
      };

  /**
   * A case the environment knows, named as a follow-up now and then: a preservation request, which
   * cannot follow up a preservation (BC 29(7)).
   */
  private static final CaseFile<PreservationRequest, PreservationStatus, PreservationAction> NOT_A_FOLLOW_UP =
      WORKFLOW.open(PreservationFixtures.request());

  /** A State the Budapest Convention does not bind in the bundled registry (BC 29(1)). */
  private static final Party NOT_BOUND = Party.of("CN");

  /**
   * The id of the request for access to the stored data (BC 31) that each run's environment knows,
   * between the Parties of the run's preservation and still under review: named as the follow-up
   * now and then, so that the data cannot be released before it is decided (BC 29(7)).
   */
  private static final RequestId UNDECIDED_FOLLOW_UP = RequestId.of("MLA-2026-0044");

  /** The undecided follow-ups built so far, by requesting and requested Party. */
  private static final Map<List<Party>, Optional<CaseFile<StoredDataAccessRequest, AssistanceStatus, AssistanceAction>>>
      UNDECIDED = new ConcurrentHashMap<>();

  /**
   * The bundled registry, {@link #POLICY}, and the linked cases: {@link #NOT_A_FOLLOW_UP} and, where
   * the Convention binds the Parties of {@code request}, a request for access to the data between
   * them under review ({@link #UNDECIDED_FOLLOW_UP}).
   */
  private static Environment environment(PreservationRequest request, SimulatedClock clock) {
    List<CaseFile<? extends Request, ?, ?>> cases = new ArrayList<>();
    cases.add(NOT_A_FOLLOW_UP);
    undecidedFollowUp(request.header().requestingParty(), request.header().requestedParty()).ifPresent(cases::add);
    return new Environment(PartyRegistry.bundled(), clock, POLICY).withCases(LinkedCases.of(cases));
  }

  /**
   * A request for access to the preserved data (BC 31) from {@code from} to {@code to}, submitted,
   * received and acknowledged, so under review and not decided; empty where its workflow does not
   * let it get there (the Convention does not bind the Parties, say).
   */
  private static Optional<CaseFile<StoredDataAccessRequest, AssistanceStatus, AssistanceAction>> undecidedFollowUp(
      Party from, Party to) {
    return UNDECIDED.computeIfAbsent(List.of(from, to), parties -> buildUndecidedFollowUp(from, to));
  }

  private static Optional<CaseFile<StoredDataAccessRequest, AssistanceStatus, AssistanceAction>> buildUndecidedFollowUp(
      Party from, Party to) {
    Authority requesting = Authority.of(from, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice");
    Authority requested = Authority.of(to, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice");
    PreservationRequest preservation = PreservationFixtures.request();
    StoredDataAccessRequest access =
        StoredDataAccessRequest.builder()
            .header(
                RequestHeader.builder()
                    .id(UNDECIDED_FOLLOW_UP)
                    .requestingParty(from)
                    .requestedParty(to)
                    .requestingAuthority(requesting)
                    .requestedAuthority(requested)
                    .channel(Channel.CENTRAL_AUTHORITY)
                    .dateOfRequest(LocalDate.of(2026, 3, 2))
                    .language(Language.ENGLISH)
                    .addLegalBasis(Instrument.BUDAPEST.cite(31))
                    .build())
            .addAllOffences(preservation.offences())
            .facts(preservation.facts())
            .addAllDataItems(preservation.dataToPreserve())
            .addMeasures(StoredDataAccessMeasure.DISCLOSURE)
            .build();
    Environment env =
        new Environment(PartyRegistry.bundled(), new SimulatedClock(START), DomesticPolicy.DEFAULTS);
    var c = StoredDataAccessWorkflow.WORKFLOW.open(access);
    for (AssistanceAction action : List.of(AssistanceAction.SUBMIT, AssistanceAction.RECEIVE, AssistanceAction.ACKNOWLEDGE)) {
      Outcome<StoredDataAccessRequest, AssistanceStatus, AssistanceAction> outcome =
          StoredDataAccessWorkflow.WORKFLOW.apply(
              c,
              Command.<AssistanceAction>builder()
                  .id("follow-up-" + c.version())
                  .action(action)
                  .expectedVersion(c.version())
                  .actor(action == AssistanceAction.SUBMIT ? requesting : requested)
                  .build(),
              env);
      if (!outcome.isApplied()) {
        return Optional.empty();
      }
      c = outcome.caseFile();
    }
    return c.status() == AssistanceStatus.UNDER_REVIEW ? Optional.of(c) : Optional.empty();
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>>> runs() {
    return WorkflowChains.chains(
        WORKFLOW,
        requests(),
        START,
        PreservationWorkflowProperties::environment,
        PreservationSteps.maker(List.of(NOT_A_FOLLOW_UP.request().header().id(), UNDECIDED_FOLLOW_UP)),
        COVERAGE,
        25);
  }

  /**
   * Complete requests; one in ten rebuilt without the custodian or location of the data (BC
   * 29(2)(d)), so that the completeness guard is seen to stop a submission; one in ten rebuilt to a
   * State the Convention does not bind ({@link #NOT_BOUND}), so that BC 29(1) is seen to stop one.
   */
  private static Arbitrary<PreservationRequest> requests() {
    return Arbitraries.frequencyOf(
        Tuple.of(8, PreservationArbitraries.preservationRequests()),
        Tuple.of(1, PreservationArbitraries.preservationRequests().map(PreservationWorkflowProperties::withoutCustodian)),
        Tuple.of(1, PreservationArbitraries.preservationRequests().map(PreservationWorkflowProperties::toAStateNotBound)));
  }

  /** {@code r}, sent to {@link #NOT_BOUND} instead of its requested Party. */
  private static PreservationRequest toAStateNotBound(PreservationRequest r) {
    RequestHeader h = r.header();
    RequestHeader.Builder header =
        RequestHeader.builder()
            .id(h.id())
            .requestingParty(h.requestingParty())
            .requestedParty(NOT_BOUND)
            .requestingAuthority(h.requestingAuthority())
            .requestedAuthority(h.requestedAuthority().map(a -> Authority.of(NOT_BOUND, a.role(), a.name())))
            .investigatingAuthority(h.investigatingAuthority())
            .channel(h.channel())
            .dateOfRequest(h.dateOfRequest())
            .urgency(h.urgency())
            .language(h.language())
            .addAllTranslations(h.translations())
            .addAllLegalBasis(h.legalBasis())
            .confidentialityRequested(h.confidentialityRequested())
            .addAllUseConditions(h.useConditions());
    return PreservationRequest.builder()
        .header(header.build())
        .addAllOffences(r.offences())
        .facts(r.facts())
        .addAllDataToPreserve(r.dataToPreserve())
        .custodianOrLocation(r.custodianOrLocation())
        .necessity(r.necessity())
        .intendsMutualAssistanceFollowUp(r.intendsMutualAssistanceFollowUp())
        .preservationDaysRequested(r.preservationDaysRequested())
        .build();
  }

  private static PreservationRequest withoutCustodian(PreservationRequest r) {
    return PreservationRequest.builder()
        .header(r.header())
        .addAllOffences(r.offences())
        .facts(r.facts())
        .addAllDataToPreserve(r.dataToPreserve())
        .necessity(r.necessity())
        .intendsMutualAssistanceFollowUp(r.intendsMutualAssistanceFollowUp())
        .preservationDaysRequested(r.preservationDaysRequested())
        .build();
  }

  /**
   * A fixed seed, so that the coverage checked after the runs is the same on every build; the
   * invariants are checked for every run all the same.
   */
  @Property(tries = 200, seed = "20260302", edgeCases = EdgeCasesMode.NONE)
  void everyStepKeepsTheInvariantsTheDeadlineAndTheJournal(
      @ForAll("runs") ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>> chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("the period is derived from the history", PreservationWorkflowProperties::checkPeriod)
            .withInvariant("refusals rest on BC 29(4)-(5)", PreservationWorkflowProperties::checkRefusals)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  /**
   * While the data is preserved, the period ends at least 60 days after it last started (a renewal
   * starts it again), never before, and preservation may expire exactly when it has ended; an
   * expiry recorded in the history came no earlier than the end of the period it closed.
   */
  static void checkPeriod(WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction> run) {
    CaseFile<PreservationRequest, PreservationStatus, PreservationAction> c = run.caseFile();
    Environment env = run.environment();
    int days = PreservationDeadlines.days(c.request(), env);
    ZoneId zone = env.policy().timeZone(c.request().header().requestedParty());
    Optional<Instant> expiry = PreservationDeadlines.expiry(c, env);
    if (c.status() == PreservationStatus.PRESERVED) {
      Instant started = c.lastEventInto(PreservationStatus.PRESERVED).orElseThrow().at();
      assertThat(expiry).hasValue(PreservationDeadlines.end(started, days, zone));
      // Counted in calendar days: a change of daylight-saving time may take an hour off.
      assertThat(expiry.get()).isAfter(started.plus(Duration.ofDays(60)).minus(Duration.ofHours(1)));
      boolean over = !run.clock().instant().isBefore(expiry.get());
      ActionExplanation<PreservationStatus, PreservationAction> expire =
          WORKFLOW.explain(c, env).stream()
              .filter(e -> e.action() == PreservationAction.EXPIRE)
              .findFirst()
              .orElseThrow();
      assertThat(expire.allowed()).as("EXPIRE allowed exactly when the period is over").isEqualTo(over);
    } else {
      assertThat(expiry).isEmpty();
    }
    Instant periodStart = null;
    for (HistoryEvent<PreservationStatus, PreservationAction> e : c.history()) {
      if (e.to() == PreservationStatus.PRESERVED) {
        periodStart = e.at();
      }
      if (e.action() == PreservationAction.EXPIRE) {
        assertThat(periodStart).isNotNull();
        assertThat(e.at()).isAfterOrEqualTo(PreservationDeadlines.end(periodStart, days, zone));
      }
    }
  }

  /** Every refusal recorded was made by the requested Party, on grounds BC 29(4)-(5) admit, with reasons. */
  static void checkRefusals(WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction> run) {
    PreservationRequest request = run.caseFile().request();
    Set<GroundForRefusal> admissible = PreservationSteps.admissibleGrounds(request, run.environment());
    for (HistoryEvent<PreservationStatus, PreservationAction> e : run.caseFile().history()) {
      if (e.action() == PreservationAction.REFUSE) {
        assertThat(e.actor().party()).isEqualTo(request.header().requestedParty());
        Refusal refusal = (Refusal) e.reply().orElseThrow();
        assertThat(refusal.grounds()).isNotEmpty().allMatch(admissible::contains);
        assertThat(refusal.reasons()).isPresent();
      }
    }
  }

  @AfterContainer
  static void everyLineWasTakenAndEveryGuardSeenForbidding() throws IOException {
    String report = COVERAGE.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-preservation.txt"), report);
    assertThat(COVERAGE.untakenLines()).as(report).isEmpty();
    assertThat(COVERAGE.untriedGuards()).as(report).isEmpty();
  }

  @Property(tries = 500)
  void aPeriodNeverEndsBeforeItsStartAndMovesWithIt(
      @ForAll("instants") Instant start,
      @ForAll @IntRange(min = 0, max = 10_000_000) int secondsLater,
      @ForAll @IntRange(min = 60, max = 400) int days,
      @ForAll("zones") ZoneId zone) {
    Instant end = PreservationDeadlines.end(start, days, zone);
    assertThat(end).isAfter(start.plus(Duration.ofDays(days)).minus(Duration.ofHours(2)));
    assertThat(end).isAfter(start);
    Instant laterStart = start.plusSeconds(secondsLater);
    assertThat(PreservationDeadlines.end(laterStart, days, zone)).isAfterOrEqualTo(end);
    assertThat(PreservationDeadlines.end(start, days + 1, zone)).isAfter(end);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2032-12-31T00:00:00Z").getEpochSecond())
        .map(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("UTC", "Europe/Vienna", "Europe/Tirane", "America/New_York", "Australia/Lord_Howe", "Asia/Tokyo")
        .map(ZoneId::of);
  }
}
