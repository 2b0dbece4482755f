package org.treatyflow.workflow.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.treatyflow.workflow.preservation.PreservationFixtures.ALBANIA;
import static org.treatyflow.workflow.preservation.PreservationFixtures.ALBANIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.AUSTRIA;
import static org.treatyflow.workflow.preservation.PreservationFixtures.AUSTRIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.START;
import static org.treatyflow.workflow.preservation.PreservationFixtures.command;
import static org.treatyflow.workflow.preservation.PreservationFixtures.environment;
import static org.treatyflow.workflow.preservation.PreservationFixtures.request;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.AuthorityRole;
import org.treatyflow.model.common.DataCategory;
import org.treatyflow.model.common.DataItem;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.preservation.PreservedTrafficDisclosure;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.traffic.TrafficDisclosureAction;
import org.treatyflow.workflow.traffic.TrafficDisclosureStatus;
import org.treatyflow.workflow.traffic.TrafficDisclosureWorkflow;

/** BC 30(1) across two linked cases: traffic data is disclosed while the preservation is executed. */
class TrafficDisclosureDuringPreservationTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private static PreservedTrafficDisclosure disclosure() {
    return PreservedTrafficDisclosure.builder()
        .preservationRequestId(PreservationFixtures.ID)
        .disclosingParty(AUSTRIA)
        .receivingParty(ALBANIA)
        .disclosingAuthority(AUSTRIAN_24_7)
        .disclosedOn(LocalDate.of(2026, 3, 4))
        .addTrafficData(
            DataItem.builder()
                .category(DataCategory.TRAFFIC_DATA)
                .description("Source address and time of the connections")
                .relationToOffence("The orders were placed over these connections")
                .build())
        .identifiedProvider(Authority.of(Party.of("NL"), AuthorityRole.SERVICE_PROVIDER, "A hosting company"))
        .path("AL -> NL -> AT")
        .build();
  }

  private CaseFile<PreservationRequest, PreservationStatus, PreservationAction> preservation(
      PreservationAction... actions) {
    var c = PreservationWorkflow.WORKFLOW.open(request());
    for (PreservationAction action : actions) {
      Authority actor = action == PreservationAction.SUBMIT ? ALBANIAN_24_7 : AUSTRIAN_24_7;
      c = PreservationWorkflow.WORKFLOW.apply(c, command("p" + c.version(), action, c.version(), actor), env).caseFile();
    }
    return c;
  }

  private Outcome<PreservedTrafficDisclosure, TrafficDisclosureStatus, TrafficDisclosureAction> disclose(
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> preservation) {
    return TrafficDisclosureWorkflow.WORKFLOW.apply(
        TrafficDisclosureWorkflow.WORKFLOW.open(disclosure()),
        Command.<TrafficDisclosureAction>builder()
            .id("d")
            .action(TrafficDisclosureAction.DISCLOSE)
            .expectedVersion(0)
            .actor(AUSTRIAN_24_7)
            .build(),
        env.withCases(LinkedCases.of(List.of(preservation))));
  }

  @Test
  void trafficDataIsDisclosedWhileThePreservationIsExecuted() {
    var preserved =
        preservation(PreservationAction.SUBMIT, PreservationAction.RECEIVE, PreservationAction.PRESERVE);
    assertThat(disclose(preserved).caseFile().status()).isEqualTo(TrafficDisclosureStatus.DISCLOSED);
  }

  @Test
  void noDisclosureIsOwedBeforeThePreservationIsCarriedOut() {
    var received = preservation(PreservationAction.SUBMIT, PreservationAction.RECEIVE);
    assertThat(disclose(received).violations())
        .extracting(Violation::code, v -> v.citation().toString())
        .containsExactly(tuple("BC_30_1_PRESERVATION_BEING_EXECUTED", "BC 30(1)"));
  }
}
