package org.treatyflow.workflow.fiu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.fiu.FiuPostponementWorkflow.WORKFLOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
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
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.testkit.workflow.FiuSteps;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;

/**
 * Model-based tests of a request to postpone a transaction (WC 47): chains of steps drawn from its
 * own table ({@link WorkflowChains}), whatever period the requested Party's law sets (or none), in a
 * registry where Moldova reserved on Article 47 (WC 53(2)); one request in twenty lacks a justification. Every step keeps the engine's
 * invariants, the journal replays, what was applied respects WC 47(2), 53(2) and 53(7), and the end
 * of a postponement follows from its history; every line of the table is taken. A longer domestic
 * period never ends a postponement earlier.
 */
class FiuPostponementWorkflowProperties {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /**
   * The domestic periods of postponement the runs use, by requested Party: some in hours, some in
   * days, and none for Bosnia and Herzegovina and the United Kingdom, whose postponements cannot
   * expire by lapse of time. Moldova reserved on Article 47 in the registry (WC 53(2)).
   */
  static final Map<Party, Duration> PERIODS =
      Map.of(
          Party.of("AL"), Duration.ofHours(72),
          Party.of("AM"), Duration.ofDays(5),
          Party.of("MT"), Duration.ofHours(24),
          Party.of("MD"), Duration.ofHours(96),
          Party.of("NL"), Duration.ofHours(48),
          Party.of("PL"), Duration.ofDays(10),
          Party.of("RO"), Duration.ofHours(120));

  private static final PartyRegistry REGISTRY = FiuFixtures.reservationRegistry();

  private static final DomesticPolicy POLICY =
      new DomesticPolicy() {
        @Override
        public Optional<Duration> transactionPostponementPeriod(Party party) {
          return Optional.ofNullable(PERIODS.get(party));
        }
      };

  private static final TransitionCoverage COVERAGE = TransitionCoverage.of(WORKFLOW);

  /** A fixed seed, so that the coverage checked after the runs is the same on every build. */
  @Property(tries = 300, seed = "20260303")
  void everyStepKeepsTheInvariantsAndTheJournalReplays(
      @ForAll("runs")
          ActionChain<WorkflowRun<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction>> chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("WC 47(2), 53(2), 53(7)", FiuPostponementWorkflowProperties::appliedStepsRespectWc47)
            .withInvariant("end derived from the history", FiuPostponementWorkflowProperties::endFollowsFromHistory)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  /**
   * A Party that reserved on Article 47 never sends (WC 53(7)); a decline rests on F2 only, and
   * states none only from a Party that reserved on Article 47 (WC 53(2)).
   */
  private static void appliedStepsRespectWc47(
      WorkflowRun<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> run) {
    FiuPostponementRequest request = run.caseFile().request();
    for (HistoryEvent<FiuPostponementStatus, FiuPostponementAction> event : run.caseFile().history()) {
      if (event.action() == FiuPostponementAction.SEND) {
        assertThat(REGISTRY.hasMade(request.header().requestingParty(), ReservationCode.WC_53_2_ART_47))
            .as("a Party that reserved on Article 47 cannot claim it (WC 53(7))")
            .isFalse();
      }
      if (event.action() == FiuPostponementAction.DECLINE) {
        Refusal refusal = (Refusal) event.reply().orElseThrow();
        assertThat(refusal.grounds()).allMatch(g -> g == GroundForRefusal.FIU_POSTPONEMENT_CONDITIONS_NOT_MET);
        if (refusal.grounds().isEmpty()) {
          assertThat(REGISTRY.hasMade(request.header().requestedParty(), ReservationCode.WC_53_2_ART_47))
              .as("only a Party that reserved on Article 47 declines without F2 (WC 53(2))")
              .isTrue();
        }
      }
    }
  }

  /**
   * The end of a postponement follows from the history: postponed-at plus the domestic period
   * while postponed, none otherwise or when the period is unknown; an expiry only once it passed.
   */
  private static void endFollowsFromHistory(
      WorkflowRun<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> run) {
    var c = run.caseFile();
    Optional<Duration> period = Optional.ofNullable(PERIODS.get(c.request().header().requestedParty()));
    Optional<Instant> end = FiuDeadlines.postponementEnds(c, run.environment());
    if (c.status() == FiuPostponementStatus.POSTPONED && period.isPresent()) {
      Instant postponedAt = FiuDeadlines.postponedAt(c).orElseThrow();
      assertThat(end).contains(postponedAt.plus(period.get()));
      assertThat(end.get()).isAfter(postponedAt);
    } else {
      assertThat(end).isEmpty();
    }
    if (c.status() == FiuPostponementStatus.EXPIRED) {
      Instant expiredAt = c.lastEvent().orElseThrow().at();
      assertThat(expiredAt)
          .as("expired only once the domestic period is over")
          .isAfterOrEqualTo(FiuDeadlines.postponedAt(c).orElseThrow().plus(period.orElseThrow()));
    }
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction>>> runs() {
    return WorkflowChains.chains(
        WORKFLOW,
        Arbitraries.frequencyOf(
            Tuple.of(19, FiuInForceArbitraries.postponements()),
            Tuple.of(1, FiuInForceArbitraries.postponements().map(FiuPostponementWorkflowProperties::withoutJustification))),
        START,
        clock -> new Environment(REGISTRY, clock, POLICY),
        FiuSteps.postponement(),
        COVERAGE,
        20);
  }

  /** The request without the justification of WC 47(2)(a): incomplete. */
  private static FiuPostponementRequest withoutJustification(FiuPostponementRequest r) {
    return FiuPostponementRequest.builder()
        .header(r.header())
        .transaction(r.transaction())
        .domesticPostponementJustification(r.domesticPostponementJustification())
        .build();
  }

  @AfterContainer
  static void everyLineWasTaken() throws IOException {
    String report = COVERAGE.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-fiu-postponement.txt"), report);
    assertThat(COVERAGE.untakenLines()).as(report).isEmpty();
    assertThat(COVERAGE.untriedGuards()).as(report).isEmpty();
  }

  @Property(tries = 300)
  void aLongerPeriodNeverEndsEarlier(
      @ForAll("requests") FiuPostponementRequest request,
      @ForAll @IntRange(min = 1, max = 10_000) int minutes,
      @ForAll @IntRange(min = 0, max = 10_000) int moreMinutes) {
    SimulatedClock clock = new SimulatedClock(START);
    Party requested = request.header().requestedParty();
    var c = WORKFLOW.open(request);
    Environment shorter = environment(clock, requested, Duration.ofMinutes(minutes));
    c = WORKFLOW.apply(c, Command.<FiuPostponementAction>builder().id("send").action(FiuPostponementAction.SEND)
        .expectedVersion(0).actor(request.header().requestingAuthority()).build(), shorter).caseFile();
    c = WORKFLOW.apply(c, Command.<FiuPostponementAction>builder().id("postpone").action(FiuPostponementAction.POSTPONE)
        .expectedVersion(1).actor(fiu(requested)).build(), shorter).caseFile();
    if (c.status() != FiuPostponementStatus.POSTPONED) {
      return; // the Convention does not bind the Parties: nothing to postpone
    }
    Environment longer = environment(clock, requested, Duration.ofMinutes(minutes + moreMinutes));
    Instant shortEnd = FiuDeadlines.postponementEnds(c, shorter).orElseThrow();
    assertThat(shortEnd).isEqualTo(START.plus(Duration.ofMinutes(minutes)));
    assertThat(FiuDeadlines.postponementEnds(c, longer).orElseThrow()).isAfterOrEqualTo(shortEnd);
  }

  private static Environment environment(SimulatedClock clock, Party requested, Duration period) {
    return new Environment(PartyRegistry.bundled(), clock, new DomesticPolicy() {
      @Override
      public Optional<Duration> transactionPostponementPeriod(Party party) {
        return party.equals(requested) ? Optional.of(period) : Optional.empty();
      }
    });
  }

  private static Authority fiu(Party party) {
    return Authority.of(party, AuthorityRole.FINANCIAL_INTELLIGENCE_UNIT, "Financial Intelligence Unit");
  }

  @Provide
  Arbitrary<FiuPostponementRequest> requests() {
    return FiuInForceArbitraries.postponements();
  }
}
