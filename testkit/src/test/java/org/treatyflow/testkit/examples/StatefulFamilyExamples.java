package org.treatyflow.testkit.examples;

import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.testkit.AssistanceArbitraries;
import org.treatyflow.testkit.workflow.StepMakers;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.MutualAssistanceWorkflow;

/**
 * Example 2 of the testkit's guide: a stateful test of a family. Chains of steps are drawn from
 * the family's own table; after every step the invariants are checked (only table lines, an article
 * on every step, terminal statuses final, the same command twice changes nothing) and the journal
 * of the run must replay to the same case.
 */
class StatefulFamilyExamples {
  static final TransitionCoverage COVERAGE = TransitionCoverage.of(MutualAssistanceWorkflow.WORKFLOW);

  @Provide
  Arbitrary<ActionChain<WorkflowRun<MutualAssistanceRequest, AssistanceStatus, AssistanceAction>>> runs() {
    return WorkflowChains.chains(
        MutualAssistanceWorkflow.WORKFLOW,
        AssistanceArbitraries.mutualAssistanceRequests(),
        Instant.parse("2026-03-02T09:00:00Z"),
        clock -> new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS),
        StepMakers.assistance(MutualAssistanceWorkflow.PROFILE),
        COVERAGE,
        25);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void mutualAssistanceKeepsItsInvariants(
      @ForAll("runs") ActionChain<WorkflowRun<MutualAssistanceRequest, AssistanceStatus, AssistanceAction>> chain) {
    chain.withInvariant("the journal replays", WorkflowRun::checkJournal).run();
  }
}
