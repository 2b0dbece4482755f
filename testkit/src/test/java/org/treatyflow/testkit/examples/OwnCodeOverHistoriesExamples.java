package org.treatyflow.testkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.testkit.AssistanceArbitraries;
import org.treatyflow.testkit.PersonArbitraries;
import org.treatyflow.testkit.workflow.StepMakers;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.MutualAssistanceWorkflow;

/**
 * Example 3 of the testkit's guide: your own code checked against generated case histories. The
 * code under test is a dashboard line a case-management system shows for a case; whatever history
 * led to the case, the line must state the article of the last step, offer only the actions the
 * workflow allows now, and show no personal data.
 */
class OwnCodeOverHistoriesExamples {
  /** Your code: the dashboard line of a case, with the actions open now. */
  static <S extends Enum<S>, A extends Enum<A>> String dashboard(
      Workflow<MutualAssistanceRequest, S, A> workflow,
      CaseFile<MutualAssistanceRequest, S, A> caseFile,
      Environment environment) {
    String last = caseFile.lastEvent().map(e -> " after " + e.action() + " (" + e.citation() + ")").orElse("");
    String open =
        workflow.explain(caseFile, environment).stream()
            .filter(ActionExplanation::allowed)
            .map(a -> a.action().name())
            .collect(Collectors.joining(", "));
    return caseFile.status() + last + "; may now: " + (open.isEmpty() ? "nothing" : open);
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<MutualAssistanceRequest, AssistanceStatus, AssistanceAction>>> histories() {
    return WorkflowChains.chains(
        MutualAssistanceWorkflow.WORKFLOW,
        AssistanceArbitraries.mutualAssistanceRequests(),
        Instant.parse("2026-03-02T09:00:00Z"),
        clock -> new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS),
        StepMakers.assistance(MutualAssistanceWorkflow.PROFILE),
        TransitionCoverage.of(MutualAssistanceWorkflow.WORKFLOW),
        20);
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void theDashboardIsTrueToTheCaseWhateverItsHistory(
      @ForAll("histories") ActionChain<WorkflowRun<MutualAssistanceRequest, AssistanceStatus, AssistanceAction>> chain) {
    WorkflowRun<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> run = chain.run();
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> c = run.caseFile();
    String line = dashboard(run.workflow(), c, run.environment());

    c.lastEvent().ifPresent(e -> assertThat(line).contains(e.citation().toString()));
    List<AssistanceAction> notAllowed =
        run.workflow().explain(c, run.environment()).stream().filter(a -> !a.allowed()).map(a -> a.action()).toList();
    String offered = line.substring(line.indexOf("may now: ") + "may now: ".length());
    for (AssistanceAction action : notAllowed) {
      assertThat(offered.split(", ")).doesNotContain(action.name());
    }
    assertThat(line).doesNotContain(PersonArbitraries.MARKER);
  }
}
