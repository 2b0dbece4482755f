package org.treatyflow.workflow.transborder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.transborder.TransBorderAccessWorkflow.WORKFLOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.transborder.TransBorderAccessRecord;
import org.treatyflow.testkit.TransBorderArbitraries;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.TransBorderAccessSteps;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;

/**
 * Model-based tests of the record of a trans-border access (BC 32): chains of steps drawn from its
 * own table ({@link WorkflowChains}), for the testkit's complete records in the bundled registry,
 * and one in ten a record of the fixtures that may not be recorded: by Russia, which the Convention
 * does not bind, of data stored in Russia, without the Party where the data is, or without who
 * consented. Every step keeps the engine's invariants, the journal replays, and a record is
 * recorded at most once, under the case of BC 32 it rests on, by the accessing Party; both lines of
 * the table are taken. A
 * complete record is recorded under its own basis and refused under the other.
 */
class TransBorderAccessWorkflowProperties {
  /** Each Party counts days in its own time zone, as in {@link TransBorderFixtures#environment}. */
  private static final DomesticPolicy ZONES =
      new DomesticPolicy() {
        @Override
        public ZoneId timeZone(Party party) {
          return TransBorderFixtures.ZONES.getOrDefault(party, ZoneOffset.UTC);
        }
      };

  private static final TransitionCoverage COVERAGE = TransitionCoverage.of(WORKFLOW);

  /** A fixed seed, so that the coverage checked after the runs is the same on every build. */
  @Property(tries = 100, seed = "20260304")
  void everyStepKeepsTheInvariantsAndTheJournalReplays(
      @ForAll("runs") ActionChain<WorkflowRun<TransBorderAccessRecord, TransBorderAccessStatus, TransBorderAccessAction>> chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("recorded once, under its own case", TransBorderAccessWorkflowProperties::recordedOnceUnderItsBasis)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  /** Recorded at most once, under the case of BC 32 the record rests on, by the accessing Party. */
  private static void recordedOnceUnderItsBasis(
      WorkflowRun<TransBorderAccessRecord, TransBorderAccessStatus, TransBorderAccessAction> run) {
    var c = run.caseFile();
    assertThat(c.history().size()).as("recorded at most once").isLessThanOrEqualTo(1);
    c.lastEvent()
        .ifPresent(
            event -> {
              assertThat(event.citation())
                  .as("recorded under the case of BC 32 the record rests on")
                  .isEqualTo(c.request().legalBasis());
              assertThat(event.actor().party()).isEqualTo(c.request().accessingParty());
            });
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<TransBorderAccessRecord, TransBorderAccessStatus, TransBorderAccessAction>>> runs() {
    return WorkflowChains.chains(
        WORKFLOW,
        Arbitraries.frequencyOf(
            Tuple.of(9, TransBorderArbitraries.transBorderAccessRecords()),
            Tuple.of(1, Arbitraries.of(
                TransBorderFixtures.publiclyAvailableBy(TransBorderFixtures.RUSSIA),
                TransBorderFixtures.withConsent(Optional.of(TransBorderFixtures.RUSSIA), TransBorderFixtures.ACCESSED_AT),
                TransBorderFixtures.withConsent(Optional.empty(), TransBorderFixtures.ACCESSED_AT),
                TransBorderFixtures.withoutConsentGiver()))),
        TransBorderFixtures.RECORDING_DAY,
        clock -> new Environment(PartyRegistry.bundled(), clock, ZONES),
        TransBorderAccessSteps.maker(),
        COVERAGE,
        6);
  }

  @AfterContainer
  static void everyLineWasTaken() throws IOException {
    String report = COVERAGE.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-trans-border-access.txt"), report);
    assertThat(COVERAGE.untakenLines()).as(report).isEmpty();
    assertThat(COVERAGE.untriedGuards()).as(report).isEmpty();
  }

  /** A complete record is recorded under its own case of BC 32 by its accessing authority. */
  @Property(tries = 200)
  void aCompleteRecordIsRecordedUnderItsOwnBasis(@ForAll("records") TransBorderAccessRecord record) {
    SimulatedClock clock = new SimulatedClock(TransBorderFixtures.RECORDING_DAY);
    Environment env = TransBorderFixtures.environment(clock);
    TransBorderAccessAction action =
        record.reliesOnConsent()
            ? TransBorderAccessAction.RECORD_WITH_CONSENT
            : TransBorderAccessAction.RECORD_PUBLICLY_AVAILABLE;
    TransBorderAccessAction other =
        record.reliesOnConsent()
            ? TransBorderAccessAction.RECORD_PUBLICLY_AVAILABLE
            : TransBorderAccessAction.RECORD_WITH_CONSENT;
    var open = WORKFLOW.open(record);
    var outcome = WORKFLOW.apply(open, TransBorderFixtures.command("own", action, 0, record.accessingAuthority()), env);
    assertThat(outcome.violations()).isEmpty();
    assertThat(outcome.caseFile().status()).isEqualTo(TransBorderAccessStatus.RECORDED);
    var wrongBasis = WORKFLOW.apply(open, TransBorderFixtures.command("other", other, 0, record.accessingAuthority()), env);
    assertThat(wrongBasis.isApplied()).isFalse();
    assertThat(wrongBasis.violations()).hasSize(1);
  }

  @Provide
  Arbitrary<TransBorderAccessRecord> records() {
    return TransBorderArbitraries.transBorderAccessRecords();
  }
}
