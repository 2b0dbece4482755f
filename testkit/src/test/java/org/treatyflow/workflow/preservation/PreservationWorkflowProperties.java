package org.treatyflow.workflow.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.preservation.PreservationWorkflow.TABLE;
import static org.treatyflow.workflow.preservation.PreservationWorkflow.WORKFLOW;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.testkit.PreservationArbitraries;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.WorkflowInvariants;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.Outcome;

/** Whatever commands arrive, in whatever order, the case only ever moves along the table. */
class PreservationWorkflowProperties {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /**
   * One attempted step: mostly a step the table offers from the current status, taken by the Party
   * the treaty gives it to; sometimes any action by either Party; after how long, with which document.
   */
  record Attempt(boolean followTable, int pick, PreservationAction anyAction, boolean wrongParty,
      int hoursLater, List<GroundForRefusal> grounds, boolean namesFollowUp, boolean stale) {

    PreservationAction action(PreservationStatus status) {
      var lines = TABLE.from(status);
      return followTable && !lines.isEmpty() ? lines.get(pick % lines.size()).action() : anyAction;
    }

    boolean byRequestingParty(PreservationAction action) {
      boolean requesting =
          action == PreservationAction.SUBMIT
              || action == PreservationAction.PROCEED
              || action == PreservationAction.WITHDRAW;
      return requesting != wrongParty;
    }
  }

  @Property(tries = 1000)
  void noSequenceOfCommandsLeavesTheTable(
      @ForAll("requests") PreservationRequest request, @ForAll("attempts") @Size(max = 25) List<Attempt> attempts) {
    SimulatedClock clock = new SimulatedClock(START);
    Environment env = new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS);
    CaseFile<PreservationRequest, PreservationStatus, PreservationAction> c = WORKFLOW.open(request);
    int n = 0;
    java.util.Set<PreservationStatus> reached = java.util.EnumSet.of(c.status());
    for (Attempt attempt : attempts) {
      clock.advance(Duration.ofHours(attempt.hoursLater()));
      PreservationAction action = attempt.action(c.status());
      Command<PreservationAction> command = command("cmd-" + n++, attempt, action, c, request);
      Outcome<PreservationRequest, PreservationStatus, PreservationAction> outcome = WORKFLOW.apply(c, command, env);
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> next = outcome.caseFile();
      if (attempt.stale()) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
      }
      WorkflowInvariants.checkStep(WORKFLOW, c, command, outcome, env);
      if (outcome.isApplied()) {
        HistoryEvent<PreservationStatus, PreservationAction> event = next.lastEvent().orElseThrow();
        assertThat(event.at()).isEqualTo(clock.instant());
      }
      c = next;
      reached.add(c.status());
    }
    // The generated sequences must really walk the table, not only bounce off it.
    for (PreservationStatus status : List.of(
        PreservationStatus.TRANSMITTED, PreservationStatus.PRESERVED, PreservationStatus.REFUSED)) {
      Statistics.label(status.name()).collect(reached.contains(status));
      Statistics.label(status.name()).coverage(coverage -> coverage.check(true).count(times -> times >= 3));
    }
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

  private static Command<PreservationAction> command(
      String id,
      Attempt attempt,
      PreservationAction action,
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> c,
      PreservationRequest request) {
    Authority actor =
        attempt.byRequestingParty(action)
            ? request.header().requestingAuthority()
            : Authority.of(request.header().requestedParty(), AuthorityRole.POINT_OF_CONTACT_24_7, "24/7 point");
    Command.Builder<PreservationAction> command =
        Command.<PreservationAction>builder()
            .id(id)
            .action(action)
            .expectedVersion(attempt.stale() ? c.version() + 1 : c.version())
            .actor(actor);
    if (attempt.namesFollowUp()) {
      command.followUp(RequestId.of("FOLLOW-UP-1"));
    }
    if (action == PreservationAction.REFUSE) {
      command.reply(
          Refusal.builder()
              .header(
                  ReplyHeader.builder()
                      .id(RequestId.of("REFUSAL-1"))
                      .answersRequest(request.header().id())
                      .family(request.family())
                      .fromParty(request.header().requestedParty())
                      .fromAuthority(actor.party().equals(request.header().requestedParty())
                          ? actor
                          : Authority.of(request.header().requestedParty(), AuthorityRole.CENTRAL_AUTHORITY, "Ministry"))
                      .toParty(request.header().requestingParty())
                      .date(java.time.LocalDate.of(2026, 3, 3))
                      .channel(request.header().channel())
                      .build())
              .addAllGrounds(attempt.grounds())
              .reasons("Reasons given to the requesting Party.")
              .partialGrantConsidered(true)
              .build());
    }
    return command.build();
  }

  @Provide
  Arbitrary<PreservationRequest> requests() {
    return PreservationArbitraries.preservationRequests();
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<Attempt> attempt =
        Combinators.combine(
                Arbitraries.of(true, true, true, true, false),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(PreservationAction.class),
                Arbitraries.of(false, false, false, false, true),
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(0, 48)),
                    net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(24 * 50, 24 * 80))),
                Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(
                        7,
                        Arbitraries.of(GroundForRefusal.BC_POLITICAL_OFFENCE, GroundForRefusal.BC_ESSENTIAL_INTERESTS)
                            .list().ofMinSize(1).ofMaxSize(2)),
                    net.jqwik.api.Tuple.of(3, Arbitraries.of(GroundForRefusal.class).list().ofMinSize(1).ofMaxSize(2))),
                Arbitraries.of(true, true, false),
                Arbitraries.of(false, false, false, false, false, false, false, false, false, true))
            .as(Attempt::new);
    return attempt.list().ofMaxSize(25);
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
