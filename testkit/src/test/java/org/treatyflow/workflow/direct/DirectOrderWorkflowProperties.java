package org.treatyflow.workflow.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.direct.DirectOrderWorkflow.TABLE;
import static org.treatyflow.workflow.direct.DirectOrderWorkflow.WORKFLOW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.WorkflowInvariants;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.Outcome;

/** Whatever commands arrive, in whatever order, a direct order only ever moves along its table. */
class DirectOrderWorkflowProperties {

  /**
   * One attempted step: mostly a step the table offers from the current status, taken by whom 2AP 7
   * gives it to; sometimes any action, or the wrong actor; after how long, with which document.
   */
  record Attempt(boolean followTable, int pick, DirectOrderAction anyAction, boolean wrongActor,
      int hoursLater, List<GroundForRefusal> grounds, boolean namesFollowUp, boolean stale) {

    DirectOrderAction action(DirectOrderStatus status) {
      // Withdrawal is offered from every open status; taken as often as the other lines, it would
      // end most runs before they get anywhere, so it is picked in one attempt in ten.
      var lines =
          TABLE.from(status).stream()
              .filter(t -> pick < 10 || t.action() != DirectOrderAction.WITHDRAW)
              .toList();
      return followTable && !lines.isEmpty() ? lines.get(pick % lines.size()).action() : anyAction;
    }

    Authority actor(DirectOrderAction action, SubscriberInformationOrder order) {
      Authority issuing = order.header().requestingAuthority();
      Authority provider = order.header().requestedAuthority().orElseThrow();
      Authority designated = DirectFixtures.designatedAuthority(order.header().requestedParty());
      return switch (action) {
        case ISSUE, TIME_OUT, ESCALATE, WITHDRAW -> wrongActor ? provider : issuing;
        case CONSULT, DISCLOSE, DECLINE -> wrongActor ? designated : provider;
        case BLOCK -> wrongActor ? provider : designated;
      };
    }
  }

  @Property(tries = 1000)
  void noSequenceOfCommandsLeavesTheTable(
      @ForAll("orders") SubscriberInformationOrder order, @ForAll("attempts") @Size(max = 25) List<Attempt> attempts) {
    SimulatedClock clock = new SimulatedClock(DirectFixtures.START);
    Environment env = DirectFixtures.environment(clock);
    CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> c = WORKFLOW.open(order);
    Set<DirectOrderStatus> reached = EnumSet.of(c.status());
    boolean timedOut = false;
    int n = 0;
    for (Attempt attempt : attempts) {
      clock.advance(Duration.ofHours(attempt.hoursLater()));
      DirectOrderAction action = attempt.action(c.status());
      Command<DirectOrderAction> command = command("cmd-" + n++, attempt, action, c);
      var outcome = WORKFLOW.apply(c, command, env);
      var next = outcome.caseFile();
      if (attempt.stale()) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
      }
      WorkflowInvariants.checkStep(WORKFLOW, c, command, outcome, env);
      if (outcome.isApplied()) {
        HistoryEvent<DirectOrderStatus, DirectOrderAction> event = next.lastEvent().orElseThrow();
        assertThat(event.at()).isEqualTo(clock.instant());
        if (action == DirectOrderAction.TIME_OUT) {
          Instant due = DirectOrderDeadlines.responseDue(c, env).orElseThrow();
          assertThat(clock.instant()).as("a time-out only once the period is over").isAfterOrEqualTo(due);
          timedOut = true;
        }
        if (action == DirectOrderAction.ISSUE) {
          Instant due = DirectOrderDeadlines.responseDue(next, env).orElseThrow();
          assertThat(due).as("at least 30 days after service").isAfter(event.at().plus(Duration.ofDays(30)).minus(Duration.ofHours(2)));
        }
      }
      c = next;
      reached.add(c.status());
    }
    // The generated sequences must really walk the table, not only bounce off it.
    Statistics.label("DISCLOSED").collect(reached.contains(DirectOrderStatus.DISCLOSED));
    Statistics.label("DISCLOSED").coverage(cov -> cov.check(true).count(times -> times >= 3));
    Statistics.label("NOT_DISCLOSED").collect(reached.contains(DirectOrderStatus.NOT_DISCLOSED));
    Statistics.label("NOT_DISCLOSED").coverage(cov -> cov.check(true).count(times -> times >= 3));
    Statistics.label("ESCALATED").collect(reached.contains(DirectOrderStatus.ESCALATED));
    Statistics.label("ESCALATED").coverage(cov -> cov.check(true).count(times -> times >= 3));
    Statistics.label("BLOCKED").collect(reached.contains(DirectOrderStatus.BLOCKED));
    Statistics.label("BLOCKED").coverage(cov -> cov.check(true).count(times -> times >= 3));
    Statistics.label("TIMED_OUT").collect(timedOut);
    Statistics.label("TIMED_OUT").coverage(cov -> cov.check(true).count(times -> times >= 3));
  }

  @Property(tries = 500)
  void theResponsePeriodNeverEndsBeforeItsStartAndMovesWithIt(
      @ForAll("instants") Instant served,
      @ForAll @IntRange(min = 0, max = 10_000_000) int secondsLater,
      @ForAll @IntRange(min = 1, max = 120) int treatyDays,
      @ForAll @IntRange(min = 1, max = 120) int orderDays,
      @ForAll("zones") ZoneId zone) {
    Period treaty = Period.ofDays(treatyDays);
    Period order = Period.ofDays(orderDays);
    Instant end = DirectOrderDeadlines.end(served, treaty, order, zone);
    int longer = Math.max(treatyDays, orderDays);
    assertThat(end).isAfter(served);
    assertThat(end).isAfter(served.plus(Duration.ofDays(longer)).minus(Duration.ofHours(2)));
    assertThat(DirectOrderDeadlines.end(served.plusSeconds(secondsLater), treaty, order, zone)).isAfterOrEqualTo(end);
    assertThat(DirectOrderDeadlines.end(served, treaty, order.plusDays(1), zone)).isAfterOrEqualTo(end);
    assertThat(DirectOrderDeadlines.end(served, treaty.plusDays(1), order, zone)).isAfterOrEqualTo(end);
    assertThat(DirectOrderDeadlines.end(served, treaty, order, zone))
        .as("the longer of the two periods decides")
        .isEqualTo(DirectOrderDeadlines.end(served, Period.ofDays(longer), Period.ZERO, zone));
  }

  private static Command<DirectOrderAction> command(
      String id,
      Attempt attempt,
      DirectOrderAction action,
      CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> c) {
    SubscriberInformationOrder order = c.request();
    Command.Builder<DirectOrderAction> command =
        Command.<DirectOrderAction>builder()
            .id(id)
            .action(action)
            .expectedVersion(attempt.stale() ? c.version() + 1 : c.version())
            .actor(attempt.actor(action, order));
    if (attempt.namesFollowUp()) {
      command.followUp(RequestId.of("FPO-FOLLOW-UP-1"));
    }
    if (action == DirectOrderAction.BLOCK) {
      command.reply(
          Refusal.builder()
              .header(
                  ReplyHeader.builder()
                      .id(RequestId.of("BLOCK-1"))
                      .answersRequest(order.header().id())
                      .family(RequestFamily.SUBSCRIBER_INFORMATION_ORDER)
                      .fromParty(order.header().requestedParty())
                      .fromAuthority(DirectFixtures.designatedAuthority(order.header().requestedParty()))
                      .toParty(order.header().requestingParty())
                      .date(LocalDate.of(2026, 10, 8))
                      .channel(Channel.DIRECT_COMPETENT_AUTHORITIES)
                      .build())
              .addAllGrounds(attempt.grounds())
              .reasons("Reasons given to the issuing authority.")
              .build());
    }
    return command.build();
  }

  @Provide
  Arbitrary<SubscriberInformationOrder> orders() {
    return RegistryParties.orders();
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<Attempt> attempt =
        Combinators.combine(
                Arbitraries.of(true, true, true, true, false),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(DirectOrderAction.class),
                Arbitraries.of(false, false, false, false, true),
                Arbitraries.frequencyOf(
                    Tuple.of(8, Arbitraries.integers().between(0, 48)),
                    Tuple.of(2, Arbitraries.integers().between(24 * 20, 24 * 45))),
                Arbitraries.frequencyOf(
                    Tuple.of(
                        7,
                        Arbitraries.of(
                                GroundForRefusal.AP_PREJUDICE_TO_NOTIFIED_PARTY_PROCEEDINGS,
                                GroundForRefusal.AP_MLA_GROUNDS_WOULD_APPLY)
                            .list().ofMinSize(1).ofMaxSize(2)),
                    Tuple.of(3, Arbitraries.of(GroundForRefusal.class).list().ofMinSize(0).ofMaxSize(2))),
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
    return Arbitraries.of("UTC", "Europe/Vienna", "Europe/Budapest", "America/Costa_Rica", "Australia/Lord_Howe", "Asia/Tokyo")
        .map(ZoneId::of);
  }
}
