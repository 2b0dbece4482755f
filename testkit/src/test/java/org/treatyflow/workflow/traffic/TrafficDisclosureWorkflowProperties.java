package org.treatyflow.workflow.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.traffic.TrafficDisclosureWorkflow.WORKFLOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Language;
import org.treatyflow.model.common.RequestHeader;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.testkit.PreservationArbitraries;
import org.treatyflow.testkit.workflow.TrafficDisclosureSteps;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.preservation.PreservationWorkflow;

/**
 * Model-based tests of the disclosure of preserved traffic data (BC 30): chains of steps drawn from
 * the table itself ({@link WorkflowChains}, {@link TrafficDisclosureSteps}), with the invariants of
 * every step checked, the journal replayed, and every recorded step checked against BC 30; every
 * line of the table must be taken.
 */
class TrafficDisclosureWorkflowProperties {
  private static final Instant START = Instant.parse("2026-03-04T10:00:00Z");
  private static final TransitionCoverage COVERAGE = TransitionCoverage.of(WORKFLOW);

  /**
   * A preservation request the environment knows, still a draft: a disclosure naming it is not made
   * while a preservation is being executed (BC 30(1)).
   */
  private static final RequestId NOT_EXECUTED = RequestId.of("AL-SP-2026-0999");

  private static Environment environment(Clock clock) {
    PreservationRequest draft =
        PreservationRequest.builder()
            .header(
                RequestHeader.builder()
                    .id(NOT_EXECUTED)
                    .requestingParty(TrafficDisclosureFixtures.ALBANIA)
                    .requestedParty(TrafficDisclosureFixtures.AUSTRIA)
                    .requestingAuthority(TrafficDisclosureFixtures.ALBANIAN_24_7)
                    .requestedAuthority(TrafficDisclosureFixtures.AUSTRIAN_24_7)
                    .channel(org.treatyflow.model.common.Channel.NETWORK_24_7)
                    .dateOfRequest(LocalDate.of(2026, 3, 2))
                    .language(Language.ENGLISH)
                    .addLegalBasis(Instrument.BUDAPEST.cite(29))
                    .build())
            .build();
    return new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS)
        .withCases(LinkedCases.of(List.of(PreservationWorkflow.WORKFLOW.open(draft))));
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<PreservedTrafficDisclosure, TrafficDisclosureStatus, TrafficDisclosureAction>>>
      runs() {
    return WorkflowChains.chains(
        WORKFLOW, disclosures(), START, TrafficDisclosureWorkflowProperties::environment,
        TrafficDisclosureSteps.maker(), COVERAGE, 8);
  }

  /**
   * A fixed seed, so that the coverage checked after the runs is the same on every build; the
   * invariants are checked for every run all the same.
   */
  @Property(tries = 150, seed = "20260304")
  void everyStepKeepsTheInvariantsAndTheJournalReplays(
      @ForAll("runs")
          ActionChain<WorkflowRun<PreservedTrafficDisclosure, TrafficDisclosureStatus, TrafficDisclosureAction>> chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("steps as BC 30 reads", TrafficDisclosureWorkflowProperties::checkSteps)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  /**
   * Every recorded step was taken by the disclosing Party; a refusal rests on B1 and/or B2 only
   * (BC 30(2)) and gives reasons; a disclosure was complete when made.
   */
  static void checkSteps(
      WorkflowRun<PreservedTrafficDisclosure, TrafficDisclosureStatus, TrafficDisclosureAction> run) {
    PreservedTrafficDisclosure d = run.caseFile().request();
    for (HistoryEvent<TrafficDisclosureStatus, TrafficDisclosureAction> e : run.caseFile().history()) {
      assertThat(e.actor().party()).isEqualTo(d.disclosingParty());
      if (e.action() == TrafficDisclosureAction.REFUSE) {
        Refusal refusal = (Refusal) e.reply().orElseThrow();
        assertThat(refusal.grounds())
            .as("BC 30(2) admits B1 and B2 only")
            .isNotEmpty()
            .allMatch(g -> g == GroundForRefusal.BC_POLITICAL_OFFENCE || g == GroundForRefusal.BC_ESSENTIAL_INTERESTS);
        assertThat(refusal.reasons()).isPresent();
      } else {
        assertThat(d.completenessViolations()).isEmpty();
        assertThat(d.preservationRequestId()).isNotEqualTo(NOT_EXECUTED);
      }
    }
  }

  /**
   * Complete disclosures; one in eight rebuilt without its traffic data, one in eight naming the
   * preservation request the environment knows as not being executed.
   */
  private static Arbitrary<PreservedTrafficDisclosure> disclosures() {
    Arbitrary<PreservedTrafficDisclosure> complete = PreservationArbitraries.preservedTrafficDisclosures();
    return Arbitraries.frequencyOf(
        Tuple.of(6, complete),
        Tuple.of(1, complete.map(d -> rebuild(d, d.preservationRequestId(), false))),
        Tuple.of(1, complete.map(d -> rebuild(d, NOT_EXECUTED, true))));
  }

  private static PreservedTrafficDisclosure rebuild(
      PreservedTrafficDisclosure d, RequestId preservation, boolean keepData) {
    PreservedTrafficDisclosure.Builder builder = PreservedTrafficDisclosure.builder();
    builder
        .preservationRequestId(preservation)
        .disclosingParty(d.disclosingParty())
        .receivingParty(d.receivingParty())
        .disclosingAuthority(d.disclosingAuthority())
        .disclosedOn(d.disclosedOn())
        .identifiedProvider(d.identifiedProvider())
        .path(d.path());
    if (keepData) {
      builder.addAllTrafficData(d.trafficData());
    }
    return builder.build();
  }

  @AfterContainer
  static void everyLineWasTaken() throws IOException {
    String report = COVERAGE.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-traffic.txt"), report);
    assertThat(COVERAGE.untakenLines()).as(report).isEmpty();
    assertThat(COVERAGE.untriedGuards()).as(report).isEmpty();
  }
}
