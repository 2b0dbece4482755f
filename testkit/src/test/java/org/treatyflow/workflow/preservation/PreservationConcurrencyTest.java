package org.treatyflow.workflow.preservation;

import static org.treatyflow.workflow.preservation.PreservationFixtures.ALBANIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.AUSTRIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.START;
import static org.treatyflow.workflow.preservation.PreservationFixtures.command;
import static org.treatyflow.workflow.preservation.PreservationFixtures.environment;
import static org.treatyflow.workflow.preservation.PreservationFixtures.request;

import org.junit.jupiter.api.RepeatedTest;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ConcurrentCommands;
import org.treatyflow.workflow.InMemoryCases;

class PreservationConcurrencyTest {

  @RepeatedTest(20)
  void ofCommandsDecidedOnTheSameVersionExactlyOneWins() throws Exception {
    InMemoryCases<PreservationRequest, PreservationStatus, PreservationAction> cases =
        new InMemoryCases<>(PreservationWorkflow.WORKFLOW, environment(new SimulatedClock(START)));
    cases.open("case-1", request());
    cases.apply("case-1", command("submit", PreservationAction.SUBMIT, 0, ALBANIAN_24_7));
    cases.apply("case-1", command("receive", PreservationAction.RECEIVE, 1, AUSTRIAN_24_7));

    ConcurrentCommands.exactlyOneWins(
        cases,
        "case-1",
        8,
        i -> command("decision-" + i, i % 2 == 0 ? PreservationAction.PRESERVE : PreservationAction.WARN_INEFFECTIVE, 2, AUSTRIAN_24_7),
        3);
  }
}
