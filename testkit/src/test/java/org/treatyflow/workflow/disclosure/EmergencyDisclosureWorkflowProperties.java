package org.treatyflow.workflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.disclosure.EmergencyDisclosureWorkflow.WORKFLOW;

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
import org.treatyflow.model.common.Facts;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.disclosure.EmergencyDisclosureRequest;
import org.treatyflow.model.registry.ReservationCode;
import org.treatyflow.testkit.DisclosureArbitraries;
import org.treatyflow.testkit.workflow.EmergencyDisclosureSteps;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.ProtocolTestPolicy;

/**
 * Model-based tests of emergency disclosure between 24/7 points of contact (2AP 9): chains of
 * steps drawn from the family's own table ({@link WorkflowChains}), the invariants of every step
 * checked, the run's journal replayed and the declarations and confirmations respected after every
 * step; when all runs are done, every line of the table must have been taken.
 */
class EmergencyDisclosureWorkflowProperties {
  private static final Party JAPAN = Party.of("JP");
  private static final TransitionCoverage COVERAGE = TransitionCoverage.of(WORKFLOW);

  /**
   * Hungary wants oral requests confirmed in electronic form; Japan has not implemented 2AP 9 and
   * suspended transfers to Austria. Requests to Hungary (no 2AP 9 declaration) and Costa Rica
   * (9(1)(b) and 9(5) declared) reach every line; those to Japan exercise the other guards.
   */
  private static final DomesticPolicy POLICY =
      ProtocolTestPolicy.NEUTRAL
          .confirming(Set.of(DisclosureFixtures.HUNGARY))
          .notImplementing(Set.of(JAPAN), 9)
          .suspending(Set.of(List.of(JAPAN, DisclosureFixtures.AUSTRIA)));

  /**
   * A fixed seed, so that the coverage the runs reach (checked after them) is the same on every
   * build; the invariants are checked for every run all the same.
   */
  @Property(tries = 300, seed = "20261007")
  void everyStepKeepsTheInvariantsAndTheJournalReplays(
      @ForAll("runs") ActionChain<WorkflowRun<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction>> chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("declarations and confirmations respected", EmergencyDisclosureWorkflowProperties::checkDeclarations)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction>>> runs() {
    return WorkflowChains.chains(
        WORKFLOW,
        requests(),
        DisclosureFixtures.START,
        clock -> new Environment(DisclosureFixtures.registry(), clock, POLICY),
        EmergencyDisclosureSteps.maker(),
        COVERAGE,
        16);
  }

  /**
   * The package's requests from Austria: to Hungary, electronic or oral; to Costa Rica, for traffic
   * data (electronic or oral) or for subscriber information only (9(1)(b)); to Japan; to Germany,
   * not bound by the Protocol; one to Hungary lacking the facts of the emergency; and generated requests between any Parties (mostly not bound).
   */
  private static Arbitrary<EmergencyDisclosureRequest> requests() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(DisclosureFixtures.emergencyRequest())),
        Tuple.of(3, Arbitraries.just(
            DisclosureFixtures.emergencyRequest(DisclosureFixtures.COSTA_RICA, List.of(DisclosureFixtures.trafficItem())))),
        Tuple.of(2, Arbitraries.just(DisclosureFixtures.oralEmergencyRequest(DisclosureFixtures.HUNGARY))),
        Tuple.of(3, Arbitraries.just(DisclosureFixtures.oralEmergencyRequest(DisclosureFixtures.COSTA_RICA))),
        Tuple.of(1, Arbitraries.just(
            DisclosureFixtures.emergencyRequest(DisclosureFixtures.COSTA_RICA, List.of(DisclosureFixtures.subscriberItem())))),
        Tuple.of(1, Arbitraries.just(
            DisclosureFixtures.emergencyRequest(JAPAN, List.of(DisclosureFixtures.trafficItem())))),
        Tuple.of(1, Arbitraries.just(
            DisclosureFixtures.emergencyRequest(DisclosureFixtures.GERMANY, List.of(DisclosureFixtures.trafficItem())))),
        Tuple.of(1, Arbitraries.just(
            DisclosureFixtures.emergencyBuilder(DisclosureFixtures.HUNGARY, List.of(DisclosureFixtures.trafficItem()))
                .emergencyFacts(Facts.none())
                .build())),
        Tuple.of(2, DisclosureArbitraries.emergencyDisclosureRequests()));
  }

  /**
   * No data reaches the requesting Party on an oral request before its confirmation where the
   * requested Party wants one; a case is never closed without the submission after execution where
   * the requested Party declared under 2AP 9(5); nothing is sent where 9(1)(b) excludes it.
   */
  private static void checkDeclarations(
      WorkflowRun<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> run) {
    CaseFile<EmergencyDisclosureRequest, EmergencyDisclosureStatus, EmergencyDisclosureAction> c = run.caseFile();
    EmergencyDisclosureRequest request = c.request();
    Party requested = request.header().requestedParty();
    Environment env = run.environment();
    boolean confirmed = !request.awaitsElectronicConfirmation();
    for (HistoryEvent<EmergencyDisclosureStatus, EmergencyDisclosureAction> e : c.history()) {
      switch (e.action()) {
        case CONFIRM_ELECTRONICALLY -> confirmed = true;
        case PROVIDE_DATA ->
            assertThat(confirmed || !env.policy().requiresElectronicConfirmation(requested))
                .as("data on an oral request only once confirmed where required")
                .isTrue();
        case CLOSE ->
            assertThat(env.registry().hasMade(requested, ReservationCode.AP2_9_5_POST_SUBMISSION))
                .as("closed without the submission the 9(5) declaration requires")
                .isFalse();
        case SEND ->
            assertThat(
                    EmergencyDisclosureWorkflow.subscriberOnly(request)
                        && env.registry().hasMade(requested, ReservationCode.AP2_9_1_B_NO_SUBSCRIBER_ONLY))
                .as("a subscriber-only request sent despite 9(1)(b)")
                .isFalse();
        default -> { }
      }
    }
  }

  @AfterContainer
  static void everyLineWasTaken() throws IOException {
    String report = COVERAGE.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-emergency-disclosure.txt"), report);
    assertThat(COVERAGE.untakenLines()).as(report).isEmpty();
    assertThat(COVERAGE.untriedGuards()).as(report).isEmpty();
  }
}
