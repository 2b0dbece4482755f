package org.treatyflow.workflow.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.workflow.traffic.TrafficDisclosureWorkflow.TABLE;
import static org.treatyflow.workflow.traffic.TrafficDisclosureWorkflow.WORKFLOW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.model.refusal.GroundForRefusal;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Refusal;
import org.treatyflow.model.reply.ReplyHeader;
import org.treatyflow.testkit.PreservationArbitraries;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.testkit.workflow.WorkflowInvariants;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.Outcome;

/** Whatever commands arrive, in whatever order, a disclosure only ever moves along the table. */
class TrafficDisclosureWorkflowProperties {
  private static final Instant START = Instant.parse("2026-03-04T10:00:00Z");

  /**
   * One attempted step: mostly a step the table offers from the current status; sometimes by the
   * wrong Party, without a refusal document, on any ground, or on a stale version.
   */
  record Attempt(boolean followTable, int pick, TrafficDisclosureAction anyAction, boolean wrongParty,
      int hoursLater, List<GroundForRefusal> grounds, boolean withDocument, boolean stale) {

    TrafficDisclosureAction action(TrafficDisclosureStatus status) {
      var lines = TABLE.from(status);
      return followTable && !lines.isEmpty() ? lines.get(pick % lines.size()).action() : anyAction;
    }
  }

  @Property(tries = 1000)
  void noSequenceOfCommandsLeavesTheTable(
      @ForAll("disclosures") PreservedTrafficDisclosure disclosure,
      @ForAll("attempts") @Size(max = 8) List<Attempt> attempts) {
    SimulatedClock clock = new SimulatedClock(START);
    Environment env = new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS);
    CaseFile<PreservedTrafficDisclosure, TrafficDisclosureStatus, TrafficDisclosureAction> c = WORKFLOW.open(disclosure);
    Set<TrafficDisclosureStatus> reached = EnumSet.of(c.status());
    int n = 0;
    for (Attempt attempt : attempts) {
      clock.advance(Duration.ofHours(attempt.hoursLater()));
      TrafficDisclosureAction action = attempt.action(c.status());
      Command<TrafficDisclosureAction> command = command("cmd-" + n++, attempt, action, c);
      var outcome = WORKFLOW.apply(c, command, env);
      var next = outcome.caseFile();
      if (attempt.stale()) {
        assertThat(outcome).isInstanceOf(Outcome.Conflict.class);
      }
      WorkflowInvariants.checkStep(WORKFLOW, c, command, outcome, env);
      if (outcome.isApplied()) {
        HistoryEvent<TrafficDisclosureStatus, TrafficDisclosureAction> event = next.lastEvent().orElseThrow();
        assertThat(event.actor().party()).isEqualTo(disclosure.disclosingParty());
        if (action == TrafficDisclosureAction.REFUSE) {
          assertThat(((Refusal) event.reply().orElseThrow()).grounds())
              .as("BC 30(2) admits B1 and B2 only")
              .allMatch(g -> g == GroundForRefusal.BC_POLITICAL_OFFENCE || g == GroundForRefusal.BC_ESSENTIAL_INTERESTS);
        }
      }
      c = next;
      reached.add(c.status());
    }
    for (TrafficDisclosureStatus status : List.of(TrafficDisclosureStatus.DISCLOSED, TrafficDisclosureStatus.REFUSED)) {
      Statistics.label(status.name()).collect(reached.contains(status));
      Statistics.label(status.name()).coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    }
  }

  private static Command<TrafficDisclosureAction> command(
      String id,
      Attempt attempt,
      TrafficDisclosureAction action,
      CaseFile<PreservedTrafficDisclosure, TrafficDisclosureStatus, TrafficDisclosureAction> c) {
    PreservedTrafficDisclosure d = c.request();
    Authority actor =
        attempt.wrongParty()
            ? Authority.of(d.receivingParty(), AuthorityRole.POINT_OF_CONTACT_24_7, "24/7 point")
            : d.disclosingAuthority();
    Command.Builder<TrafficDisclosureAction> command =
        Command.<TrafficDisclosureAction>builder()
            .id(id)
            .action(action)
            .expectedVersion(attempt.stale() ? c.version() + 1 : c.version())
            .actor(actor);
    if (action == TrafficDisclosureAction.REFUSE && attempt.withDocument()) {
      command.reply(
          Refusal.builder()
              .header(
                  ReplyHeader.builder()
                      .id(RequestId.of("REFUSAL-1"))
                      .answersRequest(d.preservationRequestId())
                      .family(RequestFamily.PRESERVED_TRAFFIC_DISCLOSURE)
                      .fromParty(d.disclosingParty())
                      .fromAuthority(d.disclosingAuthority())
                      .toParty(d.receivingParty())
                      .date(LocalDate.of(2026, 3, 4))
                      .channel(Channel.NETWORK_24_7)
                      .build())
              .addAllGrounds(attempt.grounds())
              .reasons("Reasons given to the receiving Party.")
              .partialGrantConsidered(true)
              .build());
    }
    return command.build();
  }

  /** Complete disclosures, and now and then one rebuilt without its traffic data. */
  @Provide
  Arbitrary<PreservedTrafficDisclosure> disclosures() {
    return Combinators.combine(PreservationArbitraries.preservedTrafficDisclosures(), Arbitraries.of(true, true, true, false))
        .as((d, keepData) -> keepData ? d : withoutTrafficData(d));
  }

  private static PreservedTrafficDisclosure withoutTrafficData(PreservedTrafficDisclosure d) {
    return PreservedTrafficDisclosure.builder()
        .preservationRequestId(d.preservationRequestId())
        .disclosingParty(d.disclosingParty())
        .receivingParty(d.receivingParty())
        .disclosingAuthority(d.disclosingAuthority())
        .disclosedOn(d.disclosedOn())
        .identifiedProvider(d.identifiedProvider())
        .path(d.path())
        .build();
  }

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    Arbitrary<Attempt> attempt =
        Combinators.combine(
                Arbitraries.of(true, true, true, true, false),
                Arbitraries.integers().between(0, 100),
                Arbitraries.of(TrafficDisclosureAction.class),
                Arbitraries.of(false, false, false, false, true),
                Arbitraries.integers().between(0, 48),
                Arbitraries.frequencyOf(
                    Tuple.of(
                        7,
                        Arbitraries.of(GroundForRefusal.BC_POLITICAL_OFFENCE, GroundForRefusal.BC_ESSENTIAL_INTERESTS)
                            .list().ofMinSize(1).ofMaxSize(2)),
                    Tuple.of(3, Arbitraries.of(GroundForRefusal.class).list().ofMinSize(1).ofMaxSize(2))),
                Arbitraries.of(true, true, true, false),
                Arbitraries.of(false, false, false, false, false, false, false, false, false, true))
            .as(Attempt::new);
    return attempt.list().ofMaxSize(8);
  }
}
