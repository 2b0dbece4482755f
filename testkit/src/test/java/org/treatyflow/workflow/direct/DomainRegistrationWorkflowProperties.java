package org.treatyflow.workflow.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.direct.DomainRegistrationWorkflow.TABLE;
import static org.treatyflow.workflow.direct.DomainRegistrationWorkflow.WORKFLOW;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.WorkflowInvariants;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.Outcome;

/** Whatever commands arrive, a request to a registrar only ever moves along its table. */
class DomainRegistrationWorkflowProperties {

  /** One attempted step: mostly one the table offers, by whom 2AP 6 gives it to. */
  record Attempt(boolean followTable, int pick, DomainRegistrationAction anyAction, boolean wrongActor,
      int hoursLater, boolean namesFollowUp, boolean stale) {

    DomainRegistrationAction action(DomainRegistrationStatus status) {
      // Withdrawal is offered from every open status; taken as often as the other lines, it would
      // end most runs before they get anywhere, so it is picked in one attempt in ten.
      var lines =
          TABLE.from(status).stream()
              .filter(t -> pick < 10 || t.action() != DomainRegistrationAction.WITHDRAW)
              .toList();
      return followTable && !lines.isEmpty() ? lines.get(pick % lines.size()).action() : anyAction;
    }

    Authority actor(DomainRegistrationAction action, DomainRegistrationRequest request) {
      Authority requesting = request.header().requestingAuthority();
      Authority registrar = request.header().requestedAuthority().orElseThrow();
      return switch (action) {
        case SEND, RECORD_NO_RESPONSE, USE_OTHER_CHANNELS, WITHDRAW -> wrongActor ? registrar : requesting;
        case DISCLOSE, DECLINE -> wrongActor ? requesting : registrar;
      };
    }
  }

  @Property(tries = 1000)
  void noSequenceOfCommandsLeavesTheTable(
      @ForAll("requests") DomainRegistrationRequest request, @ForAll("attempts") @Size(max = 15) List<Attempt> attempts) {
    SimulatedClock clock = new SimulatedClock(DirectFixtures.START);
    Environment env = DirectFixtures.environment(clock);
    CaseFile<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction> c = WORKFLOW.open(request);
    Set<DomainRegistrationStatus> reached = EnumSet.of(c.status());
    int n = 0;
    for (Attempt attempt : attempts) {
      clock.advance(Duration.ofHours(attempt.hoursLater()));
      DomainRegistrationAction action = attempt.action(c.status());
      Command.Builder<DomainRegistrationAction> builder =
          Command.<DomainRegistrationAction>builder()
              .id("cmd-" + n++)
              .action(action)
              .expectedVersion(attempt.stale() ? c.version() + 1 : c.version())
              .actor(attempt.actor(action, request));
      if (attempt.namesFollowUp()) {
        builder.followUp(RequestId.of("MLA-FOLLOW-UP-1"));
      }
      Command<DomainRegistrationAction> command = builder.build();
      var outcome = WORKFLOW.apply(c, command, env);
      var next = outcome.caseFile();
      if (attempt.stale()) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
      }
      WorkflowInvariants.checkStep(WORKFLOW, c, command, outcome, env);
      c = next;
      reached.add(c.status());
    }
    for (DomainRegistrationStatus status : List.of(
        DomainRegistrationStatus.DISCLOSED, DomainRegistrationStatus.DECLINED,
        DomainRegistrationStatus.NO_RESPONSE, DomainRegistrationStatus.REFERRED)) {
      Statistics.label(status.name()).collect(reached.contains(status));
      Statistics.label(status.name()).coverage(cov -> cov.check(true).count(times -> times >= 3));
    }
  }

  @Provide
  Arbitrary<DomainRegistrationRequest> requests() {
    return RegistryParties.domainRequests();
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<Attempt> attempt =
        Combinators.combine(
                Arbitraries.of(true, true, true, true, false),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(DomainRegistrationAction.class),
                Arbitraries.of(false, false, false, false, true),
                Arbitraries.integers().between(0, 240),
                Arbitraries.of(true, true, false),
                Arbitraries.of(false, false, false, false, false, false, false, false, false, true))
            .as(Attempt::new);
    return attempt.list().ofMaxSize(15);
  }
}
