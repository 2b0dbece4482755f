package org.treatyflow.workflow.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.direct.DirectOrderWorkflow.WORKFLOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
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
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.testkit.DisclosureArbitraries;
import org.treatyflow.testkit.workflow.DirectOrderSteps;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;

/**
 * Model-based tests of direct orders to providers (2AP 7): chains of steps drawn from the family's
 * own table ({@link WorkflowChains}), the invariants of every step checked, the run's journal
 * replayed and every time-out checked against the provider's period after every step; when all
 * runs are done, every line of the table must have been taken. And the provider's period never
 * ends before its start and moves with it.
 */
class DirectOrderWorkflowProperties {
  private static final TransitionCoverage COVERAGE = TransitionCoverage.of(WORKFLOW);

  /**
   * The package's policy, except that Japan has not implemented 2AP 7 (it also reserved 7(9)(a)
   * in the registry) and Japan suspended transfers to Hungary: orders to Japan and between Japan
   * and Hungary exercise those guards, while the orders between Austria, Hungary (7(5)(a) and (b))
   * and Costa Rica (7(5)(b)) reach every line.
   */
  private static final DomesticPolicy POLICY =
      DirectFixtures.policy(
          Set.of(DirectFixtures.JAPAN), 7, Set.of(List.of(DirectFixtures.JAPAN, DirectFixtures.HUNGARY)));

  /**
   * A fixed seed, so that the coverage the runs reach (checked after them) is the same on every
   * build; the invariants are checked for every run all the same.
   */
  @Property(tries = 300, seed = "20261006")
  void everyStepKeepsTheInvariantsAndTheJournalReplays(
      @ForAll("runs") ActionChain<WorkflowRun<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction>> chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("time-outs only once the period is over", DirectOrderWorkflowProperties::checkTimeOuts)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction>>> runs() {
    return WorkflowChains.chains(
        WORKFLOW,
        orders(),
        DirectFixtures.START,
        clock -> new Environment(DirectFixtures.registry(), clock, POLICY),
        DirectOrderSteps.maker(),
        COVERAGE,
        16);
  }

  /**
   * The package's orders to providers in Parties of its registry (Hungary, notified or not; Costa
   * Rica; Japan, which reserved 7(9)(a); Germany, not bound by the Protocol; one to Hungary without
   * its domestic legal grounds), generated orders moved
   * between those Parties, and generated orders between any Parties (mostly not bound).
   */
  private static Arbitrary<SubscriberInformationOrder> orders() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            5,
            Arbitraries.of(
                DirectFixtures.order(),
                DirectFixtures.order(DirectFixtures.HUNGARY, false, 10),
                DirectFixtures.order(DirectFixtures.COSTA_RICA, false, 45),
                DirectFixtures.order(DirectFixtures.JAPAN, true, 10),
                DirectFixtures.order(DirectFixtures.GERMANY, false, 10),
                withoutLegalGrounds(DirectFixtures.order()))),
        Tuple.of(4, RegistryParties.orders()),
        Tuple.of(1, DisclosureArbitraries.subscriberInformationOrders()));
  }

  /** {@code order} without the domestic legal grounds: incomplete. */
  private static SubscriberInformationOrder withoutLegalGrounds(SubscriberInformationOrder order) {
    return SubscriberInformationOrder.builder()
        .header(order.header())
        .statementUnderProtocol(order.statementUnderProtocol())
        .providerAddress(order.providerAddress())
        .addAllOffences(order.offences())
        .addAllDataSought(order.dataSought())
        .contactAuthority(order.contactAuthority())
        .returnWithinDays(order.returnWithinDays())
        .mannerOfReturn(order.mannerOfReturn())
        .preservation(order.preservation())
        .notificationMade(order.notificationMade())
        .build();
  }

  /**
   * Every time-out in the history came once the provider's period, counted from the service before
   * it, was over (2AP 7(7)), and the period runs at least 30 days.
   */
  private static void checkTimeOuts(WorkflowRun<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> run) {
    CaseFile<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> c = run.caseFile();
    Environment env = run.environment();
    ZoneId zone = env.policy().timeZone(c.request().header().requestedParty());
    Period timeFrame = c.request().returnWithinDays().map(Period::ofDays).orElse(Period.ZERO);
    Instant served = null;
    for (HistoryEvent<DirectOrderStatus, DirectOrderAction> e : c.history()) {
      if (e.action() == DirectOrderAction.ISSUE) {
        served = e.at();
      } else if (e.action() == DirectOrderAction.TIME_OUT) {
        assertThat(served).as("a time-out after service").isNotNull();
        Instant due = DirectOrderDeadlines.end(served, env.periods().subscriberOrderResponse(), timeFrame, zone);
        assertThat(due).as("at least 30 days after service").isAfter(served.plus(Duration.ofDays(30)).minus(Duration.ofHours(2)));
        assertThat(e.at()).as("a time-out only once the period is over").isAfterOrEqualTo(due);
      }
    }
  }

  @AfterContainer
  static void everyLineWasTaken() throws IOException {
    String report = COVERAGE.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-direct-order.txt"), report);
    assertThat(COVERAGE.untakenLines()).as(report).isEmpty();
    assertThat(COVERAGE.untriedGuards()).as(report).isEmpty();
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
