package org.treatyflow.workflow.fiu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.fiu.FiuPostponementWorkflow.TABLE;
import static org.treatyflow.workflow.fiu.FiuPostponementWorkflow.WORKFLOW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.WorkflowInvariants;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;

/**
 * Whatever commands arrive, in whatever order, and whatever period the requested Party's law sets
 * (or none), a postponement only ever moves along its table and its end follows from its history.
 */
class FiuPostponementWorkflowProperties {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /**
   * One attempted step: mostly a step the table offers from the current status, by the Party the
   * treaty gives it to; sometimes any action, or by the other Party; after how long; with which
   * refusal grounds and follow-up request.
   */
  record Attempt(boolean followTable, int pick, FiuPostponementAction anyAction, boolean wrongParty,
      int hoursLater, Optional<List<GroundForRefusal>> grounds, boolean namesFollowUp, boolean stale) {

    FiuPostponementAction action(FiuPostponementStatus status) {
      var lines = TABLE.from(status);
      return followTable && !lines.isEmpty() ? lines.get(pick % lines.size()).action() : anyAction;
    }
  }

  @Property(tries = 1000)
  void noSequenceOfCommandsLeavesTheTable(
      @ForAll("requests") FiuPostponementRequest request,
      @ForAll("periods") Optional<Duration> period,
      @ForAll("attempts") List<Attempt> attempts,
      @ForAll boolean withReservations) {
    SimulatedClock clock = new SimulatedClock(START);
    Party requested = request.header().requestedParty();
    DomesticPolicy policy =
        new DomesticPolicy() {
          @Override
          public Optional<Duration> transactionPostponementPeriod(Party party) {
            return party.equals(requested) ? period : Optional.empty();
          }
        };
    PartyRegistry registry = withReservations ? FiuFixtures.reservationRegistry() : PartyRegistry.bundled();
    Environment env = new Environment(registry, clock, policy);
    CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> c = WORKFLOW.open(request);
    Set<FiuPostponementStatus> reached = EnumSet.of(c.status());
    int n = 0;
    for (Attempt attempt : attempts) {
      clock.advance(Duration.ofHours(attempt.hoursLater()));
      FiuPostponementAction action = attempt.action(c.status());
      Command<FiuPostponementAction> command = command("cmd-" + n++, attempt, action, c, request);
      var outcome = WORKFLOW.apply(c, command, env);
      var next = outcome.caseFile();
      if (attempt.stale()) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
      }
      WorkflowInvariants.checkStep(WORKFLOW, c, command, outcome, env);
      if (outcome.isApplied()) {
        if (action == FiuPostponementAction.SEND) {
          assertThat(registry.hasMade(request.header().requestingParty(), ReservationCode.WC_53_2_ART_47))
              .as("a Party that reserved on Article 47 cannot claim it (WC 53(7))")
              .isFalse();
        }
        if (action == FiuPostponementAction.DECLINE) {
          Refusal refusal = (Refusal) command.reply().orElseThrow();
          assertThat(refusal.grounds()).allMatch(g -> g == GroundForRefusal.FIU_POSTPONEMENT_CONDITIONS_NOT_MET);
          if (refusal.grounds().isEmpty()) {
            assertThat(registry.hasMade(requested, ReservationCode.WC_53_2_ART_47))
                .as("only a Party that reserved on Article 47 declines without F2 (WC 53(2))")
                .isTrue();
          }
        }
        if (next.status() == FiuPostponementStatus.EXPIRED) {
          Instant end = FiuDeadlines.postponedAt(next).orElseThrow().plus(period.orElseThrow());
          assertThat(clock.instant()).as("expired only once the domestic period is over").isAfterOrEqualTo(end);
        }
      }
      c = next;
      reached.add(c.status());
      // the end is derived from the history, never before the postponement, and only while postponed
      Optional<Instant> end = FiuDeadlines.postponementEnds(c, env);
      if (c.status() == FiuPostponementStatus.POSTPONED && period.isPresent()) {
        assertThat(end).contains(FiuDeadlines.postponedAt(c).orElseThrow().plus(period.get()));
        assertThat(end.get()).isAfter(FiuDeadlines.postponedAt(c).orElseThrow());
      } else {
        assertThat(end).isEmpty();
      }
    }
    for (FiuPostponementStatus status : List.of(
        FiuPostponementStatus.RECEIVED, FiuPostponementStatus.POSTPONED, FiuPostponementStatus.EXPIRED,
        FiuPostponementStatus.JUSTIFICATION_INSUFFICIENT)) {
      Statistics.label(status.name()).collect(reached.contains(status));
      Statistics.label(status.name()).coverage(coverage -> coverage.check(true).count(times -> times >= 3));
    }
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

  private static Command<FiuPostponementAction> command(
      String id,
      Attempt attempt,
      FiuPostponementAction action,
      CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction> c,
      FiuPostponementRequest request) {
    Party requesting = request.header().requestingParty();
    Party requested = request.header().requestedParty();
    boolean byRequesting = (action == FiuPostponementAction.SEND) != attempt.wrongParty();
    Party party = byRequesting ? requesting : requested;
    Authority actor =
        action == FiuPostponementAction.CONVERT_TO_PROVISIONAL_MEASURE
            ? Authority.of(party, AuthorityRole.CENTRAL_AUTHORITY, "Ministry of Justice")
            : fiu(party);
    Command.Builder<FiuPostponementAction> command =
        Command.<FiuPostponementAction>builder()
            .id(id)
            .action(action)
            .expectedVersion(attempt.stale() ? c.version() + 1 : c.version())
            .actor(actor);
    if (attempt.namesFollowUp()) {
      command.followUp(RequestId.of("WC21-" + id));
    }
    if (action == FiuPostponementAction.DECLINE && attempt.grounds().isPresent()) {
      command.reply(
          Refusal.builder()
              .header(
                  ReplyHeader.builder()
                      .id(RequestId.of("REPLY-" + id))
                      .answersRequest(request.header().id())
                      .family(request.family())
                      .fromParty(requested)
                      .fromAuthority(fiu(requested))
                      .toParty(requesting)
                      .date(LocalDate.of(2026, 3, 3))
                      .channel(request.header().channel())
                      .build())
              .addAllGrounds(attempt.grounds().get())
              .build());
    }
    return command.build();
  }

  @Provide
  Arbitrary<FiuPostponementRequest> requests() {
    return FiuInForceArbitraries.postponements();
  }

  @Provide
  Arbitrary<Optional<Duration>> periods() {
    return Arbitraries.integers().between(1, 240).map(Duration::ofHours).optional(0.8);
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<Optional<List<GroundForRefusal>>> grounds =
        Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.just(List.of(GroundForRefusal.FIU_POSTPONEMENT_CONDITIONS_NOT_MET))),
                Tuple.of(2, Arbitraries.of(GroundForRefusal.class).list().ofMaxSize(2)))
            .optional(0.9);
    Arbitrary<Attempt> attempt =
        Combinators.combine(
                Arbitraries.of(true, true, true, true, false),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(FiuPostponementAction.class),
                Arbitraries.of(false, false, false, false, true),
                Arbitraries.frequencyOf(
                    Tuple.of(7, Arbitraries.integers().between(0, 24)),
                    Tuple.of(3, Arbitraries.integers().between(48, 300))),
                grounds,
                Arbitraries.of(true, true, false),
                Arbitraries.of(false, false, false, false, false, false, false, false, false, true))
            .as(Attempt::new);
    return attempt.list().ofMaxSize(15);
  }
}
