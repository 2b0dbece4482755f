package org.treatyflow.workflow.transborder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.transborder.TransBorderAccessWorkflow.TABLE;
import static org.treatyflow.workflow.transborder.TransBorderAccessWorkflow.WORKFLOW;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.transborder.TransBorderAccessRecord;
import org.treatyflow.testkit.TransBorderArbitraries;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.WorkflowInvariants;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;

/**
 * Whatever commands arrive, a record of trans-border access is recorded at most once, under the
 * case of BC 32 it rests on, by the accessing Party. The generated records are complete and made by
 * Parties bound by the Convention in the bundled registry.
 */
class TransBorderAccessWorkflowProperties {

  /** One attempted step: either case of BC 32, by the accessing authority or by another Party's. */
  record Attempt(TransBorderAccessAction action, boolean wrongActor, boolean stale) {
    Authority actor(TransBorderAccessRecord record) {
      return wrongActor
          ? Authority.of(record.storedIn().orElse(TransBorderFixtures.RUSSIA), AuthorityRole.POLICE, "Police")
          : record.accessingAuthority();
    }
  }

  @Property(tries = 200)
  void noSequenceOfCommandsLeavesTheTable(
      @ForAll("records") TransBorderAccessRecord record, @ForAll("attempts") List<Attempt> attempts) {
    SimulatedClock clock = new SimulatedClock(TransBorderFixtures.RECORDING_DAY);
    Environment env = TransBorderFixtures.environment(clock);
    CaseFile<TransBorderAccessRecord, TransBorderAccessStatus, TransBorderAccessAction> c = WORKFLOW.open(record);
    int n = 0;
    for (Attempt attempt : attempts) {
      Command<TransBorderAccessAction> command =
          Command.<TransBorderAccessAction>builder()
              .id("cmd-" + n++)
              .action(attempt.action())
              .expectedVersion(attempt.stale() ? c.version() + 1 : c.version())
              .actor(attempt.actor(record))
              .build();
      var outcome = WORKFLOW.apply(c, command, env);
      if (attempt.stale()) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
      }
      WorkflowInvariants.checkStep(WORKFLOW, c, command, outcome, env);
      if (outcome.isApplied() && !c.equals(outcome.caseFile())) {
        assertThat(outcome.caseFile().lastEvent().orElseThrow().citation())
            .as("recorded under the case of BC 32 the record rests on")
            .isEqualTo(record.legalBasis());
        assertThat(outcome.caseFile().lastEvent().orElseThrow().actor().party()).isEqualTo(record.accessingParty());
      }
      c = outcome.caseFile();
    }
    assertThat(c.history().size()).as("recorded at most once").isLessThanOrEqualTo(1);
    Statistics.label("RECORDED").collect(c.status() == TransBorderAccessStatus.RECORDED);
    Statistics.label("RECORDED").coverage(cov -> cov.check(true).percentage(p -> p >= 30));
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

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<Attempt> attempt =
        Combinators.combine(
                Arbitraries.of(TransBorderAccessAction.class),
                Arbitraries.of(false, false, false, true),
                Arbitraries.of(false, false, false, false, false, false, false, false, false, true))
            .as(Attempt::new);
    return attempt.list().ofMaxSize(6);
  }
}
