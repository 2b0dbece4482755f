package org.treatyflow.workflow.direct;

import static org.treatyflow.workflow.direct.DirectFixtures.AUSTRIAN_PROSECUTOR;
import static org.treatyflow.workflow.direct.DirectFixtures.HUNGARY;
import static org.treatyflow.workflow.direct.DirectFixtures.START;
import static org.treatyflow.workflow.direct.DirectFixtures.command;
import static org.treatyflow.workflow.direct.DirectFixtures.environment;
import static org.treatyflow.workflow.direct.DirectFixtures.order;
import static org.treatyflow.workflow.direct.DirectFixtures.provider;

import org.junit.jupiter.api.RepeatedTest;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ConcurrentCommands;
import org.treatyflow.workflow.InMemoryCases;

class DirectOrderConcurrencyTest {

  @RepeatedTest(10)
  void ofAnswersDecidedOnTheSameVersionExactlyOneWins() throws Exception {
    InMemoryCases<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> cases =
        new InMemoryCases<>(DirectOrderWorkflow.WORKFLOW, environment(new SimulatedClock(START)));
    cases.open("order-1", order());
    cases.apply("order-1", command("issue", DirectOrderAction.ISSUE, 0, AUSTRIAN_PROSECUTOR));

    ConcurrentCommands.exactlyOneWins(
        cases,
        "order-1",
        8,
        i -> command("answer-" + i, i % 2 == 0 ? DirectOrderAction.DISCLOSE : DirectOrderAction.DECLINE, 1, provider(HUNGARY)),
        2);
  }
}
