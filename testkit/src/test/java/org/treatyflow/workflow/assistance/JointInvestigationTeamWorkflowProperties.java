package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamWorkflow.TABLE;
import static org.treatyflow.workflow.assistance.JointInvestigationTeamWorkflow.WORKFLOW;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.assistance.JointInvestigationTeamAgreement;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.WorkflowInvariants;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;

/** Whatever commands arrive, an agreement on a joint investigation team only moves along its table. */
class JointInvestigationTeamWorkflowProperties {

  /** One attempted step: mostly one the table offers, by one of the named competent authorities. */
  record Attempt(boolean followTable, int pick, JointInvestigationTeamAction anyAction, int actor,
      boolean stranger, int hoursLater, boolean namesExtension, boolean stale) {

    JointInvestigationTeamAction action(JointInvestigationTeamStatus status) {
      // Declining or ending by decision is open at once and ends the run: taken as often as the
      // other lines, it would end most runs before the team works, so it is picked in about one
      // attempt in ten.
      var lines =
          TABLE.from(status).stream()
              .filter(t -> rarely() || !ending(t.action(), status))
              .toList();
      boolean anyAllowed = !followTable && (rarely() || !ending(anyAction, status));
      return anyAllowed || lines.isEmpty() ? anyAction : lines.get(pick % lines.size()).action();
    }

    /**
     * About one attempt in ten, away from the edge cases jqwik mixes in (0, 1, 2, 99, 100 ...),
     * which would otherwise make it far more frequent.
     */
    boolean rarely() {
      return pick % 10 == 7;
    }

    /** Declining a proposal, or ending an agreed team before it starts. */
    private static boolean ending(JointInvestigationTeamAction action, JointInvestigationTeamStatus status) {
      return action == JointInvestigationTeamAction.DECLINE
          || (action == JointInvestigationTeamAction.CONCLUDE && status == JointInvestigationTeamStatus.AGREED);
    }

    /**
     * A stranger now and then; otherwise, mostly the authority of a Party that has not signed yet
     * (so that proposals get concluded), else any named authority.
     */
    Authority actor(JointInvestigationTeamAgreement agreement, List<Party> signed) {
      if (stranger) {
        return Authority.of(Party.of("DE"), AuthorityRole.POLICE, "Bundeskriminalamt");
      }
      List<Authority> named = agreement.competentAuthorities();
      if (actor > 0) {
        for (Authority authority : named) {
          if (!signed.contains(authority.party())) {
            return authority;
          }
        }
      }
      return named.get(actor % named.size());
    }
  }

  @Property(tries = 200)
  void noSequenceOfCommandsLeavesTheTable(
      @ForAll("agreements") JointInvestigationTeamAgreement agreement, @ForAll("attempts") List<Attempt> attempts) {
    // Two days before the team's start date, so that runs reach the team at work.
    SimulatedClock clock = new SimulatedClock(JointInvestigationTeamFixtures.START_DAY.minus(Duration.ofDays(2)));
    Environment env = VideoConferenceFixtures.environment(clock);
    CaseFile<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction> c =
        WORKFLOW.open(agreement);
    Set<JointInvestigationTeamStatus> reached = EnumSet.of(c.status());
    int n = 0;
    for (Attempt attempt : attempts) {
      clock.advance(Duration.ofHours(attempt.hoursLater()));
      JointInvestigationTeamAction action = attempt.action(c.status());
      Command.Builder<JointInvestigationTeamAction> builder =
          Command.<JointInvestigationTeamAction>builder()
              .id("cmd-" + n++)
              .action(action)
              .expectedVersion(attempt.stale() ? c.version() + 1 : c.version())
              .actor(attempt.actor(agreement, signatories(c)));
      if (attempt.namesExtension()) {
        builder.followUp(RequestId.of("JIT-EXTENSION-1"));
      }
      Command<JointInvestigationTeamAction> command = builder.build();
      var outcome = WORKFLOW.apply(c, command, env);
      if (attempt.stale()) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
      }
      WorkflowInvariants.checkStep(WORKFLOW, c, command, outcome, env);
      var next = outcome.caseFile();
      if (next.status() == JointInvestigationTeamStatus.AGREED && c.status() == JointInvestigationTeamStatus.PROPOSED) {
        assertThat(signatories(next)).as("concluded only once every Party signed, each once")
            .containsExactlyInAnyOrderElementsOf(agreement.parties());
      }
      c = next;
      reached.add(c.status());
    }
    for (JointInvestigationTeamStatus status : List.of(
        JointInvestigationTeamStatus.AGREED, JointInvestigationTeamStatus.OPERATING,
        JointInvestigationTeamStatus.CONCLUDED, JointInvestigationTeamStatus.DECLINED,
        JointInvestigationTeamStatus.EXTENDED)) {
      Statistics.label(status.name()).collect(reached.contains(status));
      Statistics.label(status.name()).coverage(cov -> cov.check(true).count(times -> times >= 3));
    }
  }

  /** The Parties that signed, in the order of the case's history. */
  private static List<Party> signatories(
      CaseFile<JointInvestigationTeamAgreement, JointInvestigationTeamStatus, JointInvestigationTeamAction> c) {
    List<Party> signed = new ArrayList<>();
    c.history().stream()
        .filter(e -> e.action() == JointInvestigationTeamAction.SIGN)
        .forEach(e -> signed.add(e.actor().party()));
    return signed;
  }

  /** Two or three Parties bound by the Protocol, sometimes with Germany (bound by the Convention only). */
  @Provide
  Arbitrary<JointInvestigationTeamAgreement> agreements() {
    Arbitrary<List<Party>> bound =
        Arbitraries.of(
                VideoConferenceFixtures.AUSTRIA, VideoConferenceFixtures.HUNGARY,
                VideoConferenceFixtures.COSTA_RICA, VideoConferenceFixtures.JAPAN)
            .list().ofMinSize(2).ofMaxSize(3).uniqueElements();
    Arbitrary<List<Party>> parties =
        Arbitraries.frequencyOf(
            Tuple.of(9, bound),
            Tuple.of(1, bound.map(list -> {
              List<Party> withGermany = new ArrayList<>(list.subList(0, 1));
              withGermany.add(VideoConferenceFixtures.GERMANY);
              return withGermany;
            })));
    return parties.map(list -> JointInvestigationTeamFixtures.agreement(list.toArray(new Party[0])));
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<Integer> hours =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.integers().between(0, 72)),
            Tuple.of(3, Arbitraries.integers().between(0, 480)),
            Tuple.of(1, Arbitraries.integers().between(0, 2400)));
    Arbitrary<Attempt> attempt =
        Combinators.combine(
                Arbitraries.of(true, true, true, true, false),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(JointInvestigationTeamAction.class),
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(false, false, false, false, false, false, false, false, false, true),
                hours,
                Arbitraries.of(true, true, true, true, false),
                Arbitraries.of(false, false, false, false, false, false, false, false, false, true))
            .as(Attempt::new);
    return attempt.list().ofMaxSize(25);
  }
}
