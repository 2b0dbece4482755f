package org.treatyflow.workflow.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.preservation.PreservationFixtures.ALBANIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.AUSTRIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.START;
import static org.treatyflow.workflow.preservation.PreservationFixtures.command;
import static org.treatyflow.workflow.preservation.PreservationFixtures.environment;
import static org.treatyflow.workflow.preservation.PreservationFixtures.request;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.workflow.InMemoryCases;
import org.treatyflow.workflow.MutableClock;
import org.treatyflow.workflow.Outcome;

class PreservationConcurrencyTest {

  @RepeatedTest(20)
  void ofCommandsDecidedOnTheSameVersionExactlyOneWins() throws Exception {
    InMemoryCases<PreservationRequest, PreservationStatus, PreservationAction> cases =
        new InMemoryCases<>(PreservationWorkflow.WORKFLOW, environment(new MutableClock(START)));
    cases.open("case-1", request());
    cases.apply("case-1", command("submit", PreservationAction.SUBMIT, 0, ALBANIAN_24_7));
    cases.apply("case-1", command("receive", PreservationAction.RECEIVE, 1, AUSTRIAN_24_7));

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Outcome<PreservationRequest, PreservationStatus, PreservationAction>>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      PreservationAction action = i % 2 == 0 ? PreservationAction.PRESERVE : PreservationAction.WARN_INEFFECTIVE;
      String id = "decision-" + i;
      results.add(
          pool.submit(
              () -> {
                go.await();
                return cases.apply("case-1", command(id, action, 2, AUSTRIAN_24_7));
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
    assertThat(cases.get("case-1").orElseThrow().version()).isEqualTo(3);
  }
}
