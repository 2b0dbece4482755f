package org.treatyflow.workflow.direct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.direct.DomainRegistrationWorkflow.WORKFLOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.disclosure.DomainRegistrationRequest;
import org.treatyflow.testkit.DisclosureArbitraries;
import org.treatyflow.testkit.workflow.DomainRegistrationSteps;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;

/**
 * Model-based tests of requests to registrars (2AP 6): chains of steps drawn from the family's own
 * table ({@link WorkflowChains}), the invariants of every step checked and the run's journal
 * replayed after every step; when all runs are done, every line of the table must have been taken.
 */
class DomainRegistrationWorkflowProperties {
  private static final TransitionCoverage COVERAGE = TransitionCoverage.of(WORKFLOW);

  /**
   * The package's policy, except that Japan has not implemented 2AP 6 and Japan suspended
   * transfers to Hungary: requests to Japan and between Japan and Hungary exercise those guards,
   * while the requests between Austria, Hungary and Costa Rica reach every line.
   */
  private static final DomesticPolicy POLICY =
      DirectFixtures.policy(
          Set.of(DirectFixtures.JAPAN), 6, Set.of(List.of(DirectFixtures.JAPAN, DirectFixtures.HUNGARY)));

  /**
   * A fixed seed, so that the coverage the runs reach (checked after them) is the same on every
   * build; the invariants are checked for every run all the same.
   */
  @Property(tries = 300, seed = "20261005")
  void everyStepKeepsTheInvariantsAndTheJournalReplays(
      @ForAll("runs") ActionChain<WorkflowRun<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction>> chain) {
    var end = chain.withInvariant("journal replays", WorkflowRun::checkJournal).run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<DomainRegistrationRequest, DomainRegistrationStatus, DomainRegistrationAction>>> runs() {
    return WorkflowChains.chains(
        WORKFLOW,
        requests(),
        DirectFixtures.START,
        clock -> new Environment(DirectFixtures.registry(), clock, POLICY),
        DomainRegistrationSteps.maker(),
        COVERAGE,
        12);
  }

  /**
   * The package's requests to registrars in Parties of its registry (Hungary, Costa Rica; Japan,
   * which has not implemented 2AP 6 here; Germany, not bound by the Protocol; one to Hungary
   * without the reason the information is needed), generated requests
   * moved between those Parties, and generated requests between any Parties (mostly not bound).
   */
  private static Arbitrary<DomainRegistrationRequest> requests() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            4,
            Arbitraries.of(
                DirectFixtures.domainRequest(DirectFixtures.HUNGARY),
                DirectFixtures.domainRequest(DirectFixtures.COSTA_RICA),
                DirectFixtures.domainRequest(DirectFixtures.JAPAN),
                DirectFixtures.domainRequest(DirectFixtures.GERMANY),
                withoutReason(DirectFixtures.domainRequest(DirectFixtures.HUNGARY)))),
        Tuple.of(4, RegistryParties.domainRequests()),
        Tuple.of(2, DisclosureArbitraries.domainRegistrationRequests()));
  }

  /** {@code request} without the reason the information is needed: incomplete. */
  private static DomainRegistrationRequest withoutReason(DomainRegistrationRequest request) {
    return DomainRegistrationRequest.builder()
        .header(request.header())
        .domain(request.domain())
        .addAllInformationSought(request.informationSought())
        .addAllOffences(request.offences())
        .statementUnderProtocol(request.statementUnderProtocol())
        .build();
  }

  @AfterContainer
  static void everyLineWasTaken() throws IOException {
    String report = COVERAGE.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-domain-registration.txt"), report);
    assertThat(COVERAGE.untakenLines()).as(report).isEmpty();
    assertThat(COVERAGE.untriedGuards()).as(report).isEmpty();
  }
}
