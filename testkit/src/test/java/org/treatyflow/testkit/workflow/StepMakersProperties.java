package org.treatyflow.testkit.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.MutualAssistanceWorkflow;

/** The simplest step maker proposes only the authorities it is given, and no document. */
class StepMakersProperties {
  @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
  void byProposesTheGivenAuthoritiesWithoutDocuments(@ForAll MutualAssistanceRequest request) {
    CaseFile<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> c =
        MutualAssistanceWorkflow.WORKFLOW.open(request);
    Environment env =
        new Environment(PartyRegistry.bundled(), new SimulatedClock(Instant.parse("2026-03-02T09:00:00Z")), DomesticPolicy.DEFAULTS);
    StepMaker<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> maker = StepMakers.by(StepMakers::parties);
    maker
        .inputs(c, AssistanceAction.SUBMIT, env)
        .sampleStream()
        .limit(20)
        .forEach(
            input -> {
              assertThat(input.actor()).isIn(StepMakers.parties(request));
              assertThat(input.reply()).isEmpty();
              assertThat(input.followUp()).isEmpty();
            });
  }
}
