package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.testkit.workflow.StepMakers;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;

/**
 * Model-based tests of every family on the mutual assistance skeleton: chains of steps drawn from
 * each family's own table ({@link WorkflowChains}), with the invariants of every step checked and
 * the journal of the run replayed after every step. The coverage of each family's lines, and of
 * its guards (each seen forbidding a step at least once), is checked when all runs are done.
 */
class AssistanceSkeletonProperties {
  private static final Instant START = SkeletonScenarios.START;
  private static final Map<RequestFamily, TransitionCoverage> COVERAGE = new LinkedHashMap<>();

  static {
    for (SkeletonFamily<?> family : SkeletonFamilies.ALL) {
      COVERAGE.put(family.profile().family(), TransitionCoverage.of(family.workflow()));
    }
  }

  @Provide
  Arbitrary<ActionChain<? extends WorkflowRun<?, ?, ?>>> runs() {
    List<Arbitrary<ActionChain<? extends WorkflowRun<?, ?, ?>>>> perFamily = new ArrayList<>();
    for (SkeletonFamily<?> family : SkeletonFamilies.ALL) {
      perFamily.add(chains(family));
    }
    return Arbitraries.oneOf(perFamily);
  }

  private static <R extends Request> Arbitrary<ActionChain<? extends WorkflowRun<?, ?, ?>>> chains(
      SkeletonFamily<R> family) {
    return WorkflowChains.chains(
            family.workflow(),
            family.requests(),
            START,
            family.environments(),
            StepMakers.assistance(family.profile()),
            COVERAGE.get(family.profile().family()),
            30)
        .map(chain -> chain);
  }

  /**
   * A fixed seed, so that the coverage the runs reach (checked after them) is the same on every
   * build; the invariants are checked for every run all the same.
   */
  @Property(tries = 6000, seed = "20261128", edgeCases = EdgeCasesMode.NONE)
  void everyStepKeepsTheInvariantsAndTheJournalReplays(@ForAll("runs") ActionChain<? extends WorkflowRun<?, ?, ?>> chain) {
    WorkflowRun<?, ?, ?> end = run(chain);
    Statistics.label("family").collect(end.workflow().family());
    Statistics.label("end").collect(end.caseFile().status());
  }

  private static <T extends WorkflowRun<?, ?, ?>> T run(ActionChain<T> chain) {
    return chain.withInvariant("journal replays", WorkflowRun::checkJournal).run();
  }

  @AfterContainer
  static void everyLineAndEveryGuardOfEveryFamilyWasExercised() throws IOException {
    StringBuilder report = new StringBuilder();
    for (TransitionCoverage coverage : COVERAGE.values()) {
      report.append(coverage.report());
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-assistance.txt"), report);
    for (Map.Entry<RequestFamily, TransitionCoverage> e : COVERAGE.entrySet()) {
      assertThat(e.getValue().untakenLines()).as("%s: lines never taken%n%s", e.getKey(), report).isEmpty();
      assertThat(e.getValue().untriedGuards())
          .as("%s: guards never seen forbidding a step%n%s", e.getKey(), report)
          .isEmpty();
    }
  }
}
