package org.treatyflow.workflow.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.direct.DirectFixtures.AUSTRIAN_PROSECUTOR;
import static org.treatyflow.workflow.direct.DirectFixtures.HUNGARY;
import static org.treatyflow.workflow.direct.DirectFixtures.START;
import static org.treatyflow.workflow.direct.DirectFixtures.command;
import static org.treatyflow.workflow.direct.DirectFixtures.environment;
import static org.treatyflow.workflow.direct.DirectFixtures.order;
import static org.treatyflow.workflow.direct.DirectFixtures.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.treatyflow.model.disclosure.SubscriberInformationOrder;
import org.treatyflow.workflow.InMemoryCases;
import org.treatyflow.workflow.MutableClock;
import org.treatyflow.workflow.Outcome;

class DirectOrderConcurrencyTest {

  @RepeatedTest(10)
  void ofAnswersDecidedOnTheSameVersionExactlyOneWins() throws Exception {
    InMemoryCases<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction> cases =
        new InMemoryCases<>(DirectOrderWorkflow.WORKFLOW, environment(new MutableClock(START)));
    cases.open("order-1", order());
    cases.apply("order-1", command("issue", DirectOrderAction.ISSUE, 0, AUSTRIAN_PROSECUTOR));

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Outcome<SubscriberInformationOrder, DirectOrderStatus, DirectOrderAction>>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      DirectOrderAction action = i % 2 == 0 ? DirectOrderAction.DISCLOSE : DirectOrderAction.DECLINE;
      String id = "answer-" + i;
      results.add(
          pool.submit(
              () -> {
                go.await();
                return cases.apply("order-1", command(id, action, 1, provider(HUNGARY)));
              }));
    }
    go.countDown();
    int applied = 0;
    int conflicts = 0;
    for (var result : results) {
      var outcome = result.get(10, TimeUnit.SECONDS);
      if (outcome.isApplied()) {
        applied++;
      } else if (outcome instanceof Outcome.Conflict) {
        conflicts++;
      }
    }
    pool.shutdown();
    assertThat(applied).isEqualTo(1);
    assertThat(conflicts).isEqualTo(threads - 1);
    assertThat(cases.get("order-1").orElseThrow().version()).isEqualTo(2);
  }
}
