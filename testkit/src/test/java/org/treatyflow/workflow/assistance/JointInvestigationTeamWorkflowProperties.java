package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.common.Party;
import org.treatyflow.testkit.workflow.JointInvestigationTeamSteps;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;

/**
 * Model-based tests of an agreement on a joint investigation team (2AP 12): chains of steps drawn
 * from its own table ({@link WorkflowChains}), for agreements between two or three Parties bound by
 * the Protocol in the test registry (sometimes with Germany, bound by the Convention only), with
 * end dates from two weeks to five months after the start, now and then without terms for the use
 * of information; Costa Rica suspends transfers of personal data to Japan (2AP 14). The actors are
 * the competent authorities the agreement names. Every step keeps the engine's invariants, the
 * journal replays, and an agreement is concluded only once every Party signed, each once; every line
 * of the table is taken.
 */
class JointInvestigationTeamWorkflowProperties {
  /** Costa Rica suspends transfers of personal data to Japan (2AP 14). */
  private static final Set<List<Party>> SUSPENSIONS =
      Set.of(List.of(VideoConferenceFixtures.COSTA_RICA, VideoConferenceFixtures.JAPAN));

  private static final TransitionCoverage COVERAGE = TransitionCoverage.of(JointInvestigationTeamWorkflow.WORKFLOW);

  /** A fixed seed, so that the coverage checked after the runs is the same on every build. */
  @Property(tries = 200, seed = "20261012")
  void everyStepKeepsTheInvariantsAndTheJournalReplays(
      @ForAll("runs")
          ActionChain<WorkflowRun<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction>>
              chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("signed by every Party, each once", JointInvestigationTeamWorkflowProperties::signedOnce)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  private static void signedOnce(
      WorkflowRun<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction> run) {
    List<Party> signed = new ArrayList<>();
    for (HistoryEvent<JointInvestigationTeamStatus, JointInvestigationTeamAction> event : run.caseFile().history()) {
      if (event.action() == JointInvestigationTeamAction.SIGN) {
        signed.add(event.actor().party());
      }
      if (event.action() == JointInvestigationTeamAction.AGREE) {
        assertThat(signed).as("concluded only once every Party signed, each once")
            .containsExactlyInAnyOrderElementsOf(run.caseFile().request().parties());
      }
    }
    assertThat(signed).as("each Party signs once").doesNotHaveDuplicates();
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction>>>
      runs() {
    // Two days before the team's start date, so that runs reach the team at work.
    return WorkflowChains.chains(
        JointInvestigationTeamWorkflow.WORKFLOW,
        agreements(),
        JointInvestigationTeamFixtures.START_DAY.minus(Duration.ofDays(2)),
        clock -> new Environment(VideoConferenceFixtures.registry(), clock, VideoConferenceFixtures.policy(SUSPENSIONS)),
        JointInvestigationTeamSteps.maker(),
        COVERAGE,
        25);
  }

  /**
   * Two or three Parties bound by the Protocol, sometimes with Germany, each with its public
   * prosecutor; an end date 14 to 150 days after the start date; one in ten without use terms.
   */
  private static Arbitrary<JointInvestigationTeamAgreement> agreements() {
    Arbitrary<List<Party>> bound =
        Arbitraries.of(
                VideoConferenceFixtures.AUSTRIA, VideoConferenceFixtures.HUNGARY,
                VideoConferenceFixtures.COSTA_RICA, VideoConferenceFixtures.JAPAN)
            .list().ofMinSize(2).ofMaxSize(3).uniqueElements();
    Arbitrary<List<Party>> parties =
        Arbitraries.frequencyOf(
            Tuple.of(9, bound),
            Tuple.of(1, bound.map(list -> List.of(list.get(0), VideoConferenceFixtures.GERMANY))));
    Arbitrary<Boolean> withTerms = Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
    return Combinators.combine(parties, Arbitraries.integers().between(14, 150), withTerms)
        .as(
            (list, days, terms) -> {
              JointInvestigationTeamAgreement.Builder b =
                  JointInvestigationTeamAgreement.builder()
                      .reference(JointInvestigationTeamFixtures.REFERENCE)
                      .addAllParties(list)
                      .purpose("Investigate the fraudulent online shops run by Zq Suspect Example")
                      .startDate(JointInvestigationTeamFixtures.START_DATE)
                      .endDate(JointInvestigationTeamFixtures.START_DATE.plusDays(days));
              for (Party party : list) {
                b.addCompetentAuthorities(JointInvestigationTeamFixtures.prosecutor(party));
              }
              if (terms) {
                b.informationUseTerms("Only for the investigation; other uses with the supplying Party's consent");
              }
              return b.build();
            });
  }

  @AfterContainer
  static void everyLineWasTaken() throws IOException {
    String report = COVERAGE.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-joint-investigation-team.txt"), report);
    assertThat(COVERAGE.untakenLines()).as(report).isEmpty();
    assertThat(COVERAGE.untriedGuards()).as(report).isEmpty();
  }
}
