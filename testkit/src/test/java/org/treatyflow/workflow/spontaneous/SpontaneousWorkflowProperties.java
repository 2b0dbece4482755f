package org.treatyflow.workflow.spontaneous;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.spontaneous.SpontaneousCommunication;
import org.treatyflow.model.spontaneous.SpontaneousInformation;
import org.treatyflow.model.spontaneous.SpontaneousInformationOnProceeds;
import org.treatyflow.testkit.SpontaneousArbitraries;
import org.treatyflow.testkit.workflow.SpontaneousSteps;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;

/**
 * Model-based tests of spontaneous information under BC 26 and WC 20: chains of steps drawn from
 * each family's own table ({@link WorkflowChains}, {@link SpontaneousSteps}), with the invariants of
 * every step checked, the journal replayed, and every recorded step checked against BC 26(2) or
 * WC 43(3); every line of both tables must be taken and every guard seen forbidding a step.
 */
class SpontaneousWorkflowProperties {
  private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
  private static final TransitionCoverage BUDAPEST = TransitionCoverage.of(SpontaneousInformationWorkflow.WORKFLOW);
  private static final TransitionCoverage WARSAW =
      TransitionCoverage.of(SpontaneousInformationOnProceedsWorkflow.WORKFLOW);

  private static Environment environment(Clock clock) {
    return new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS);
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<SpontaneousInformation, SpontaneousStatus, SpontaneousAction>>> budapestRuns() {
    return WorkflowChains.chains(
        SpontaneousInformationWorkflow.WORKFLOW,
        budapest(),
        START,
        SpontaneousWorkflowProperties::environment,
        SpontaneousSteps.budapest(),
        BUDAPEST,
        8);
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<SpontaneousInformationOnProceeds, SpontaneousStatus, SpontaneousAction>>>
      warsawRuns() {
    return WorkflowChains.chains(
        SpontaneousInformationOnProceedsWorkflow.WORKFLOW,
        warsaw(),
        START,
        SpontaneousWorkflowProperties::environment,
        SpontaneousSteps.warsaw(),
        WARSAW,
        8);
  }

  /**
   * A fixed seed, so that the coverage checked after the runs is the same on every build; the
   * invariants are checked for every run all the same.
   */
  @Property(tries = 120, seed = "20260226", edgeCases = EdgeCasesMode.NONE)
  void budapestInformationKeepsTheInvariants(
      @ForAll("budapestRuns") ActionChain<WorkflowRun<SpontaneousInformation, SpontaneousStatus, SpontaneousAction>> chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("steps as BC 26(2) reads", SpontaneousWorkflowProperties::checkSteps)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  /** As {@link #budapestInformationKeepsTheInvariants}, under WC 20 and WC 43(3). */
  @Property(tries = 120, seed = "20260220", edgeCases = EdgeCasesMode.NONE)
  void warsawInformationKeepsTheInvariants(
      @ForAll("warsawRuns")
          ActionChain<WorkflowRun<SpontaneousInformationOnProceeds, SpontaneousStatus, SpontaneousAction>> chain) {
    var end =
        chain
            .withInvariant("journal replays", WorkflowRun::checkJournal)
            .withInvariant("steps as WC 43(3) reads", SpontaneousWorkflowProperties::checkSteps)
            .run();
    Statistics.label("end").collect(end.caseFile().status());
  }

  /**
   * Every recorded step was taken by the Party the treaty gives it to; the receiver said it cannot
   * comply only with what was attached (BC 26(2): confidentiality or conditions; WC 43(3):
   * confidentiality).
   */
  static <R extends SpontaneousCommunication> void checkSteps(WorkflowRun<R, SpontaneousStatus, SpontaneousAction> run) {
    R information = run.caseFile().request();
    for (HistoryEvent<SpontaneousStatus, SpontaneousAction> e : run.caseFile().history()) {
      assertThat(e.actor().party()).isEqualTo(rightParty(information, e.action()));
      if (e.action() == SpontaneousAction.CANNOT_COMPLY) {
        assertThat(
                information instanceof SpontaneousInformationOnProceeds
                    ? information.confidentialityRequested()
                    : information.attachesConditions())
            .as("the receiver can refuse only what was attached")
            .isTrue();
      }
    }
  }

  /** The Party the treaty gives the step to: the receiver accepts or cannot comply, the sender does the rest. */
  private static Party rightParty(SpontaneousCommunication information, SpontaneousAction action) {
    return action == SpontaneousAction.ACCEPT || action == SpontaneousAction.CANNOT_COMPLY
        ? information.receivingParty()
        : information.providingParty();
  }

  /** A State the Budapest Convention does not bind in the bundled registry (BC 26(1)). */
  private static final Party NOT_BOUND = Party.of("CN");

  /**
   * Complete BC 26 information; one in ten rebuilt without the information itself, so that the
   * completeness guard is seen to stop a send; one in ten rebuilt to a State the Convention does
   * not bind ({@link #NOT_BOUND}), so that BC 26(1) is seen to stop one.
   */
  private static Arbitrary<SpontaneousInformation> budapest() {
    Arbitrary<SpontaneousInformation> any = SpontaneousArbitraries.spontaneousInformation();
    return Arbitraries.frequencyOf(
        Tuple.of(8, any),
        Tuple.of(1, any.map(SpontaneousWorkflowProperties::withoutSummary)),
        Tuple.of(1, any.map(SpontaneousWorkflowProperties::toAStateNotBound)));
  }

  /** {@code i}, sent to {@link #NOT_BOUND} instead of its receiving Party. */
  private static SpontaneousInformation toAStateNotBound(SpontaneousInformation i) {
    return SpontaneousInformation.builder()
        .reference(i.reference())
        .providingParty(i.providingParty())
        .providingAuthority(i.providingAuthority())
        .receivingParty(NOT_BOUND)
        .receivingAuthority(Authority.of(NOT_BOUND, i.receivingAuthority().role(), i.receivingAuthority().name()))
        .sentOn(i.sentOn())
        .informationSummary(i.informationSummary())
        .confidentialityRequested(i.confidentialityRequested())
        .addAllConditions(i.conditions())
        .addAllOffences(i.offences())
        .couldLeadToRequest(i.couldLeadToRequest())
        .build();
  }

  private static SpontaneousInformation withoutSummary(SpontaneousInformation i) {
    return SpontaneousInformation.builder()
        .reference(i.reference())
        .providingParty(i.providingParty())
        .providingAuthority(i.providingAuthority())
        .receivingParty(i.receivingParty())
        .receivingAuthority(i.receivingAuthority())
        .sentOn(i.sentOn())
        .confidentialityRequested(i.confidentialityRequested())
        .addAllConditions(i.conditions())
        .addAllOffences(i.offences())
        .couldLeadToRequest(i.couldLeadToRequest())
        .build();
  }

  /**
   * Complete WC 20 information; four times in five rebuilt between Albania and Romania, for which
   * the Warsaw Convention is in force, since not every generated pair is bound by it; one time in
   * ten, between them but without the information itself.
   */
  private static Arbitrary<SpontaneousInformationOnProceeds> warsaw() {
    Arbitrary<SpontaneousInformationOnProceeds> any = SpontaneousArbitraries.spontaneousInformationOnProceeds();
    return Arbitraries.frequencyOf(
        Tuple.of(2, any),
        Tuple.of(4, any.map(i -> between(i, Party.of("AL"), Party.of("RO"), true))),
        Tuple.of(3, any.map(i -> between(i, Party.of("RO"), Party.of("AL"), true))),
        Tuple.of(1, any.map(i -> between(i, Party.of("AL"), Party.of("RO"), false))));
  }

  private static SpontaneousInformationOnProceeds between(
      SpontaneousInformationOnProceeds i, Party providing, Party receiving, boolean withSummary) {
    return SpontaneousInformationOnProceeds.builder()
        .reference(i.reference())
        .providingParty(providing)
        .providingAuthority(Authority.of(providing, i.providingAuthority().role(), i.providingAuthority().name()))
        .receivingParty(receiving)
        .receivingAuthority(Authority.of(receiving, i.receivingAuthority().role(), i.receivingAuthority().name()))
        .sentOn(i.sentOn())
        .informationSummary(withSummary ? i.informationSummary() : Optional.empty())
        .confidentialityRequested(i.confidentialityRequested())
        .addAllConditions(i.conditions())
        .addAllOffences(i.offences())
        .addAllInstrumentalitiesAndProceeds(i.instrumentalitiesAndProceeds())
        .build();
  }

  @AfterContainer
  static void everyLineAndGuardOfBothTablesWasExercised() throws IOException {
    String report = BUDAPEST.report() + WARSAW.report();
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "transition-coverage-spontaneous.txt"), report);
    assertThat(BUDAPEST.untakenLines()).as(report).isEmpty();
    assertThat(WARSAW.untakenLines()).as(report).isEmpty();
    assertThat(BUDAPEST.untriedGuards()).as(report).isEmpty();
    assertThat(WARSAW.untriedGuards()).as(report).isEmpty();
  }
}
