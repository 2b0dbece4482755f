package org.treatyflow.workflow.fiu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.fiu.FiuInformationRequest;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.testkit.workflow.FiuSteps;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;

/**
 * Model-based tests of the exchange between Financial Intelligence Units (WC 46): chains of steps
 * drawn from its own table ({@link WorkflowChains}), between Parties bound by the Warsaw Convention
 * in a registry where Albania reserved on WC 46(5) (WC 53(2)); one request in twenty lacks its intended use. Every step keeps the engine's
 * invariants, the journal replays, and what was applied respects WC 46(6), 46(9) and 53(2); every
 * line of the table is taken.
 */
class FiuExchangeWorkflowProperties {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final PartyRegistry REGISTRY = FiuFixtures.reservationRegistry();
  private static final TransitionCoverage COVERAGE = TransitionCoverage.of(FiuExchangeWorkflow.WORKFLOW);

  /** A fixed seed, so that the coverage checked after the runs is the same on every build. */
  @Property(tries = 300, seed = "20260302")
  void everyStepKeepsTheInvariantsAndTheJournalReplays(
      @ForAll("runs") ActionChain<WorkflowRun<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction>> chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("WC 46(6), 46(9), 53(2)", FiuExchangeWorkflowProperties::appliedStepsRespectWc46)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  /**
   * A refusal without a ground comes only from a Party that reserved on WC 46(5) (WC 53(2)); a
   * denial of consent to use in criminal proceedings rests on F1 at most and is explained (WC 46(9)).
   */
  private static void appliedStepsRespectWc46(
      WorkflowRun<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction> run) {
    FiuInformationRequest request = run.caseFile().request();
    for (HistoryEvent<FiuExchangeStatus, FiuExchangeAction> event : run.caseFile().history()) {
      if (event.action() == FiuExchangeAction.REFUSE) {
        Refusal refusal = (Refusal) event.reply().orElseThrow();
        if (refusal.grounds().isEmpty()) {
          assertThat(REGISTRY.hasMade(request.header().requestedParty(), ReservationCode.WC_53_2_ART_46_5))
              .as("only a Party that reserved on WC 46(5) refuses without a ground (WC 53(2))")
              .isTrue();
        }
      }
      if (event.action() == FiuExchangeAction.DENY_CONSENT
          && event.from() == FiuExchangeStatus.CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS) {
        Refusal denial = (Refusal) event.reply().orElseThrow();
        assertThat(denial.grounds()).as("WC 46(9)").allMatch(g -> g == GroundForRefusal.FIU_REFUSAL_TO_DIVULGE);
        assertThat(denial.reasons()).as("WC 46(9)").isPresent();
      }
    }
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<FiuInformationRequest, FiuExchangeStatus, FiuExchangeAction>>> runs() {
    return WorkflowChains.chains(
        FiuExchangeWorkflow.WORKFLOW,
        Arbitraries.frequencyOf(
            Tuple.of(19, FiuInForceArbitraries.exchanges()),
            Tuple.of(1, FiuInForceArbitraries.exchanges().map(FiuExchangeWorkflowProperties::withoutIntendedUse))),
        START,
        clock -> new Environment(REGISTRY, clock, DomesticPolicy.DEFAULTS),
        FiuSteps.exchange(),
        COVERAGE,
        20);
  }

  /** The request without its intended use (WC 46(4)), sent as a request: incomplete. */
  private static FiuInformationRequest withoutIntendedUse(FiuInformationRequest r) {
    return FiuInformationRequest.builder()
        .header(r.header())
        .spontaneous(false)
        .factsStatement(r.factsStatement())
        .addAllPersons(r.persons())
        .addAllAssets(r.assets())
        .transactionsDescription(r.transactionsDescription())
        .build();
  }

  @AfterContainer
  static void everyLineWasTaken() throws IOException {
    String report = COVERAGE.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-fiu-exchange.txt"), report);
    assertThat(COVERAGE.untakenLines()).as(report).isEmpty();
    assertThat(COVERAGE.untriedGuards()).as(report).isEmpty();
  }
}
