package org.treatyflow.workflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.START;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.centralAuthority;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.environment;
import static org.treatyflow.workflow.disclosure.DisclosureFixtures.productionOrder;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;

/**
 * The 2AP 8(6) deadlines, for any time of receipt and of service (within two years, across the
 * changes of time): they never fall before their start, and they move with it, never backwards.
 */
class ForeignProductionOrderDeadlineProperties {
  /** The case served on the provider, received {@code receivedAfter} and served {@code servedAfter} minutes later. */
  private static CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> served(
      SimulatedClock clock, Environment env, long receivedAfter, long servedAfter) {
    ForeignProductionOrderRequest request = productionOrder();
    Authority requesting = request.header().requestingAuthority();
    Authority requested = centralAuthority(request.header().requestedParty());
    var c = ForeignProductionOrderWorkflow.WORKFLOW.open(request);
    c = apply(c, AssistanceAction.SUBMIT, requesting, env);
    clock.advance(Duration.ofMinutes(receivedAfter));
    c = apply(c, AssistanceAction.RECEIVE, requested, env);
    c = apply(c, AssistanceAction.ACKNOWLEDGE, requested, env);
    c = apply(c, AssistanceAction.ACCEPT, requested, env);
    clock.advance(Duration.ofMinutes(servedAfter));
    return apply(c, AssistanceAction.START_EXECUTION, requested, env);
  }

  private static CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> apply(
      CaseFile<ForeignProductionOrderRequest, AssistanceStatus, AssistanceAction> c,
      AssistanceAction action,
      Authority actor,
      Environment env) {
    var outcome =
        ForeignProductionOrderWorkflow.WORKFLOW.apply(
            c,
            Command.<AssistanceAction>builder().id("c" + c.version()).action(action).expectedVersion(c.version()).actor(actor).build(),
            env);
    assertThat(outcome.violations()).as("%s", action).isEmpty();
    return outcome.caseFile();
  }

  @Property(tries = 200)
  void theServiceDateFollowsReceiptAndMovesWithIt(
      @ForAll @IntRange(min = 0, max = 1_051_200) int receivedAfter, @ForAll @IntRange(min = 1, max = 100_000) int later) {
    Instant early = serviceDue(receivedAfter);
    Instant late = serviceDue(receivedAfter + later);
    assertThat(early).isAfter(START.plus(Duration.ofMinutes(receivedAfter)));
    assertThat(late).isAfterOrEqualTo(early);
  }

  private static Instant serviceDue(long receivedAfter) {
    SimulatedClock clock = new SimulatedClock(START);
    Environment env = environment(clock);
    ForeignProductionOrderRequest request = productionOrder();
    var c = ForeignProductionOrderWorkflow.WORKFLOW.open(request);
    c = apply(c, AssistanceAction.SUBMIT, request.header().requestingAuthority(), env);
    clock.advance(Duration.ofMinutes(receivedAfter));
    c = apply(c, AssistanceAction.RECEIVE, centralAuthority(request.header().requestedParty()), env);
    return ForeignProductionOrderDeadlines.serviceDue(c, env).orElseThrow();
  }

  @Property(tries = 200)
  void theReturnDatesFollowServiceAndMoveWithIt(
      @ForAll @IntRange(min = 0, max = 500_000) int receivedAfter,
      @ForAll @IntRange(min = 0, max = 500_000) int servedAfter,
      @ForAll @IntRange(min = 1, max = 100_000) int later) {
    for (DataCategory category : new DataCategory[] {DataCategory.SUBSCRIBER_INFORMATION, DataCategory.TRAFFIC_DATA}) {
      SimulatedClock clock = new SimulatedClock(START);
      Environment env = environment(clock);
      var early = served(clock, env, receivedAfter, servedAfter);
      Instant servedAt = ForeignProductionOrderDeadlines.served(early).orElseThrow();
      Instant dueEarly = ForeignProductionOrderDeadlines.returnDue(early, env, category).orElseThrow();

      SimulatedClock laterClock = new SimulatedClock(START);
      Environment laterEnv = environment(laterClock);
      var late = served(laterClock, laterEnv, receivedAfter, servedAfter + later);
      Instant dueLate = ForeignProductionOrderDeadlines.returnDue(late, laterEnv, category).orElseThrow();

      assertThat(dueEarly).as("%s", category).isAfter(servedAt);
      assertThat(dueLate).as("%s", category).isAfterOrEqualTo(dueEarly);
    }
  }
}
