package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.AUSTRIAN_MINISTRY;
import static org.treatyflow.workflow.assistance.VideoConferenceFixtures.REQUEST_ID;
import static org.treatyflow.workflow.assistance.VideoConferenceWorkflow.TABLE;
import static org.treatyflow.workflow.assistance.VideoConferenceWorkflow.WORKFLOW;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.assistance.VideoConferenceRequest;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.WorkflowInvariants;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;

/** Whatever commands arrive, a request for a hearing by video conference only moves along its table. */
class VideoConferenceWorkflowProperties {

  /** One attempted step: mostly one the table offers, by the Party 2AP 11 gives it to. */
  record Attempt(boolean followTable, int pick, VideoConferenceAction anyAction, boolean wrongActor,
      int hoursLater, int refusal, boolean stale) {

    VideoConferenceAction action(VideoConferenceStatus status) {
      // Withdrawal is offered from every open status; taken as often as the other lines, it would
      // end most runs early, so it is picked in about one attempt in thirty.
      var lines =
          TABLE.from(status).stream()
              .filter(t -> rarely() || t.action() != VideoConferenceAction.WITHDRAW)
              .toList();
      // The same holds for a withdrawal drawn at random off the table.
      boolean anyAllowed = !followTable && (rarely() || anyAction != VideoConferenceAction.WITHDRAW);
      return anyAllowed || lines.isEmpty() ? anyAction : lines.get(pick % lines.size()).action();
    }

    Authority actor(VideoConferenceAction action, VideoConferenceRequest request) {
      Authority requested = request.header().requestedAuthority().orElseThrow();
      return switch (action) {
        case TRANSMIT, CLOSE, WITHDRAW -> wrongActor ? requested : AUSTRIAN_MINISTRY;
        case RECEIVE, AGREE, REFUSE, HOLD_HEARING -> wrongActor ? AUSTRIAN_MINISTRY : requested;
      };
    }

    /**
     * About one attempt in thirty, away from the edge cases jqwik mixes in (0, 1, 2, 99, 100 ...),
     * which would otherwise make it far more frequent.
     */
    boolean rarely() {
      return pick % 30 == 7;
    }

    /** No refusal, one without reasons, one answering another request, or a reasoned one. */
    void addRefusal(Command.Builder<VideoConferenceAction> builder, Party requested) {
      switch (refusal) {
        case 0 -> { }
        case 1 -> builder.reply(VideoConferenceFixtures.refusal(requested, REQUEST_ID, Optional.empty()));
        case 2 -> builder.reply(
            VideoConferenceFixtures.refusal(requested, RequestId.of("AT-OTHER-1"), Optional.of("Not found.")));
        default -> builder.reply(
            VideoConferenceFixtures.refusal(requested, REQUEST_ID, Optional.of("The witness cannot be reached.")));
      }
    }
  }

  @Property(tries = 200)
  void noSequenceOfCommandsLeavesTheTable(
      @ForAll("requests") VideoConferenceRequest request, @ForAll("attempts") List<Attempt> attempts) {
    SimulatedClock clock = new SimulatedClock(VideoConferenceFixtures.START);
    Environment env = VideoConferenceFixtures.environment(clock);
    CaseFile<VideoConferenceRequest, VideoConferenceStatus, VideoConferenceAction> c = WORKFLOW.open(request);
    Set<VideoConferenceStatus> reached = EnumSet.of(c.status());
    int n = 0;
    for (Attempt attempt : attempts) {
      clock.advance(Duration.ofHours(attempt.hoursLater()));
      VideoConferenceAction action = attempt.action(c.status());
      Command.Builder<VideoConferenceAction> builder =
          Command.<VideoConferenceAction>builder()
              .id("cmd-" + n++)
              .action(action)
              .expectedVersion(attempt.stale() ? c.version() + 1 : c.version())
              .actor(attempt.actor(action, request));
      attempt.addRefusal(builder, request.header().requestedParty());
      Command<VideoConferenceAction> command = builder.build();
      var outcome = WORKFLOW.apply(c, command, env);
      if (attempt.stale()) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
      }
      WorkflowInvariants.checkStep(WORKFLOW, c, command, outcome, env);
      if (outcome.isApplied() && action == VideoConferenceAction.REFUSE) {
        assertThat(command.reply()).as("a refusal is applied only with its document").isPresent();
      }
      c = outcome.caseFile();
      reached.add(c.status());
    }
    for (VideoConferenceStatus status : List.of(
        VideoConferenceStatus.AGREED, VideoConferenceStatus.REFUSED, VideoConferenceStatus.HEARING_HELD,
        VideoConferenceStatus.CLOSED, VideoConferenceStatus.WITHDRAWN)) {
      Statistics.label(status.name()).collect(reached.contains(status));
      Statistics.label(status.name()).coverage(cov -> cov.check(true).count(times -> times >= 3));
    }
  }

  /** Requests to Parties bound by the Protocol, sometimes to Germany (bound by the Convention only). */
  @Provide
  Arbitrary<VideoConferenceRequest> requests() {
    Arbitrary<Party> requested =
        Arbitraries.frequencyOf(
            Tuple.of(9, Arbitraries.of(
                VideoConferenceFixtures.HUNGARY, VideoConferenceFixtures.COSTA_RICA, VideoConferenceFixtures.JAPAN)),
            Tuple.of(1, Arbitraries.just(VideoConferenceFixtures.GERMANY)));
    // Hearings proposed from 4 to 14 days after the request is sent (5 October 2026).
    return Combinators.combine(requested, Arbitraries.integers().between(4, 14))
        .as((party, days) -> VideoConferenceFixtures.request(party, LocalDate.of(2026, 10, 5).plusDays(days)));
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<Attempt> attempt =
        Combinators.combine(
                Arbitraries.of(true, true, true, true, false),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(VideoConferenceAction.class),
                Arbitraries.of(false, false, false, false, true),
                Arbitraries.frequencyOf(
                    Tuple.of(7, Arbitraries.integers().between(0, 48)),
                    Tuple.of(3, Arbitraries.integers().between(0, 240))),
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(false, false, false, false, false, false, false, false, false, true))
            .as(Attempt::new);
    return attempt.list().ofMaxSize(20);
  }
}
