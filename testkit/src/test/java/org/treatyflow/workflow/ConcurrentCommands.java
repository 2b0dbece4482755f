package org.treatyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.treatyflow.model.common.CooperationAct;

/**
 * Runs commands decided on the same version of one case from several threads at once, released
 * together, and checks that exactly one is applied and every other meets a conflict.
 */
public final class ConcurrentCommands {
  private ConcurrentCommands() {}

  /**
   * Applies {@code command.apply(i)} for i in 0..threads-1 concurrently to case {@code caseId}, and
   * checks that one was applied, the others conflicted, and the case ends at {@code finalVersion}.
   */
  public static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> void exactlyOneWins(
      InMemoryCases<R, S, A> cases,
      String caseId,
      int threads,
      IntFunction<Command<A>> command,
      long finalVersion)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Outcome<R, S, A>>> results = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Command<A> next = command.apply(i);
      results.add(
          pool.submit(
              () -> {
                go.await();
                return cases.apply(caseId, next);
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
    assertThat(cases.get(caseId).orElseThrow().version()).isEqualTo(finalVersion);
  }
}
