package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.VideoConferenceSteps;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;

/**
 * Model-based tests of a request for a hearing by video conference (2AP 11): chains of steps drawn
 * from its own table ({@link WorkflowChains}), from Austria to Parties bound by the Protocol in the
 * test registry (sometimes to Germany, bound by the Convention only, or to Japan, to which Austria
 * has suspended transfers of personal data under 2AP 14), and now and then a request without the
 * person to be heard. Every step keeps the engine's invariants, the journal replays, and a refusal
 * is applied only with reasons; every line of the table is taken.
 */
class VideoConferenceWorkflowProperties {
  /** Austria suspends transfers of personal data to Japan (2AP 14). */
  private static final Set<List<Party>> SUSPENSIONS =
      Set.of(List.of(VideoConferenceFixtures.AUSTRIA, VideoConferenceFixtures.JAPAN));

  private static final TransitionCoverage COVERAGE = TransitionCoverage.of(VideoConferenceWorkflow.WORKFLOW);

  /** A fixed seed, so that the coverage checked after the runs is the same on every build. */
  @Property(tries = 200, seed = "20261005")
  void everyStepKeepsTheInvariantsAndTheJournalReplays(
      @ForAll("runs") ActionChain<WorkflowRun<VideoConferenceRequest, VideoConferenceStatus, VideoConferenceAction>> chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("a refusal is reasoned", VideoConferenceWorkflowProperties::refusalsAreReasoned)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  private static void refusalsAreReasoned(
      WorkflowRun<VideoConferenceRequest, VideoConferenceStatus, VideoConferenceAction> run) {
    for (HistoryEvent<VideoConferenceStatus, VideoConferenceAction> event : run.caseFile().history()) {
      if (event.action() == VideoConferenceAction.REFUSE) {
        assertThat(event.reply()).as("a refusal is applied only with its document").isPresent();
        assertThat(((Refusal) event.reply().get()).reasons()).as("and its reasons").isPresent();
      }
    }
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<VideoConferenceRequest, VideoConferenceStatus, VideoConferenceAction>>> runs() {
    return WorkflowChains.chains(
        VideoConferenceWorkflow.WORKFLOW,
        requests(),
        VideoConferenceFixtures.START,
        clock -> new Environment(VideoConferenceFixtures.registry(), clock, VideoConferenceFixtures.policy(SUSPENSIONS)),
        VideoConferenceSteps.maker(),
        COVERAGE,
        20);
  }

  /**
   * Requests to Parties bound by the Protocol for a hearing 4 to 14 days after the request is sent
   * (5 October 2026); sometimes to Germany, sometimes without the person to be heard.
   */
  private static Arbitrary<VideoConferenceRequest> requests() {
    Arbitrary<Party> requested =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.of(
                VideoConferenceFixtures.HUNGARY, VideoConferenceFixtures.COSTA_RICA, VideoConferenceFixtures.JAPAN)),
            Tuple.of(1, Arbitraries.just(VideoConferenceFixtures.GERMANY)));
    Arbitrary<VideoConferenceRequest> complete =
        Combinators.combine(requested, Arbitraries.integers().between(4, 14))
            .as((party, days) -> VideoConferenceFixtures.request(party, LocalDate.of(2026, 10, 5).plusDays(days)));
    return Arbitraries.frequencyOf(
        Tuple.of(19, complete), Tuple.of(1, Arbitraries.just(VideoConferenceFixtures.withoutPerson())));
  }

  @AfterContainer
  static void everyLineWasTaken() throws IOException {
    String report = COVERAGE.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-video-conference.txt"), report);
    assertThat(COVERAGE.untakenLines()).as(report).isEmpty();
    assertThat(COVERAGE.untriedGuards()).as(report).isEmpty();
  }
}
