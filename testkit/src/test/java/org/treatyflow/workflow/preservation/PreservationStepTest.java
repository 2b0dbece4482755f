package org.treatyflow.workflow.preservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatyflow.workflow.preservation.PreservationAction.PRESERVE;
import static org.treatyflow.workflow.preservation.PreservationAction.RECEIVE;
import static org.treatyflow.workflow.preservation.PreservationAction.SUBMIT;
import static org.treatyflow.workflow.preservation.PreservationAction.WITHDRAW;
import static org.treatyflow.workflow.preservation.PreservationFixtures.ALBANIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.AUSTRIAN_24_7;
import static org.treatyflow.workflow.preservation.PreservationFixtures.START;
import static org.treatyflow.workflow.preservation.PreservationFixtures.command;
import static org.treatyflow.workflow.preservation.PreservationFixtures.environment;
import static org.treatyflow.workflow.preservation.PreservationFixtures.request;
import static org.treatyflow.workflow.preservation.PreservationWorkflow.TABLE;
import static org.treatyflow.workflow.preservation.PreservationWorkflow.WORKFLOW;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.Transition;

/** What one applied step makes: the new case, its history and the event it records. */
class PreservationStepTest {
  private final SimulatedClock clock = new SimulatedClock(START);
  private final Environment env = environment(clock);

  private static final List<PreservationAction> PATH = List.of(SUBMIT, RECEIVE, PRESERVE, WITHDRAW);

  private static Authority actor(PreservationAction action) {
    return action == SUBMIT || action == WITHDRAW ? ALBANIAN_24_7 : AUSTRIAN_24_7;
  }

  private List<CaseFile<PreservationRequest, PreservationStatus, PreservationAction>> walk() {
    List<CaseFile<PreservationRequest, PreservationStatus, PreservationAction>> cases = new ArrayList<>();
    var c = WORKFLOW.open(request());
    cases.add(c);
    for (PreservationAction action : PATH) {
      Outcome<PreservationRequest, PreservationStatus, PreservationAction> outcome =
          WORKFLOW.apply(c, command("step-" + c.version(), action, c.version(), actor(action)), env);
      assertThat(outcome.violations()).as("violations of %s", action).isEmpty();
      c = outcome.caseFile();
      cases.add(c);
    }
    return cases;
  }

  @Test
  void eachStepKeepsTheHistoryBeforeItAndAppendsOneEventDescribingTheStep() {
    List<CaseFile<PreservationRequest, PreservationStatus, PreservationAction>> cases = walk();
    for (int i = 1; i < cases.size(); i++) {
      var before = cases.get(i - 1);
      var after = cases.get(i);
      PreservationAction action = PATH.get(i - 1);
      Transition<PreservationStatus, PreservationAction, ?> line =
          TABLE.find(before.status(), action).orElseThrow();
      assertThat(after.request()).isSameAs(before.request());
      assertThat(after.version()).isEqualTo(before.version() + 1);
      assertThat(after.status()).isEqualTo(line.to());
      assertThat(after.history()).hasSize(i);
      assertThat(after.history().subList(0, i - 1)).isEqualTo(before.history());
      HistoryEvent<PreservationStatus, PreservationAction> event = after.history().get(i - 1);
      assertThat(event.version()).isEqualTo(after.version());
      assertThat(event.commandId()).isEqualTo("step-" + before.version());
      assertThat(event.action()).isEqualTo(action);
      assertThat(event.from()).isEqualTo(before.status());
      assertThat(event.to()).isEqualTo(line.to());
      assertThat(event.at()).isEqualTo(START);
      assertThat(event.actor()).isEqualTo(actor(action));
      assertThat(event.citation()).isEqualTo(line.citation());
      assertThat(event.verification()).isEqualTo(line.verification());
      assertThat(event.reply()).isEmpty();
      assertThat(event.followUp()).isEmpty();
      assertThat(after.lastEvent()).contains(event);
    }
  }

  @Test
  void theSameStepsGiveEqualCasesWithEqualHashCodesAndAnImmutableHistory() {
    List<CaseFile<PreservationRequest, PreservationStatus, PreservationAction>> first = walk();
    List<CaseFile<PreservationRequest, PreservationStatus, PreservationAction>> second = walk();
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i)).isNotSameAs(first.get(i)).isEqualTo(first.get(i));
      assertThat(second.get(i).hashCode()).isEqualTo(first.get(i).hashCode());
      assertThat(second.get(i)).hasToString(first.get(i).toString());
    }
    var last = first.get(first.size() - 1);
    assertThatThrownBy(() -> last.history().add(last.history().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> last.history().remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theEventRecordsTheCommandsFollowUpAndTheStepAtTheClocksInstant() {
    List<CaseFile<PreservationRequest, PreservationStatus, PreservationAction>> cases = walk();
    var received = cases.get(2);
    clock.advance(Duration.ofHours(5));
    Command<PreservationAction> preserve =
        Command.<PreservationAction>builder()
            .id("preserve")
            .action(PRESERVE)
            .expectedVersion(received.version())
            .actor(AUSTRIAN_24_7)
            .followUp(RequestId.of("AL-MLA-2026-0007"))
            .build();
    var after = WORKFLOW.apply(received, preserve, env).caseFile();
    HistoryEvent<PreservationStatus, PreservationAction> event = after.lastEvent().orElseThrow();
    assertThat(event.at()).isEqualTo(START.plus(Duration.ofHours(5)));
    assertThat(event.followUp()).contains(RequestId.of("AL-MLA-2026-0007"));
    assertThat(after.eventOfCommand("preserve")).contains(event);
    assertThat(after.eventOfCommand("step-0")).isEqualTo(Optional.of(after.history().get(0)));
    assertThat(after.eventOfCommand("never")).isEmpty();
  }

  @Test
  void aCommandIdWithTheHashOfAnotherIsNotTakenForIt() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    var draft = WORKFLOW.open(request());
    var submitted = WORKFLOW.apply(draft, command("Aa", SUBMIT, 0, ALBANIAN_24_7), env).caseFile();
    assertThat(submitted.eventOfCommand("Aa")).contains(submitted.history().get(0));
    assertThat(submitted.eventOfCommand("BB")).isEmpty();
    Outcome<PreservationRequest, PreservationStatus, PreservationAction> received =
        WORKFLOW.apply(submitted, command("BB", RECEIVE, 1, AUSTRIAN_24_7), env);
    assertThat(received).isInstanceOf(Outcome.Applied.class);
    assertThat(((Outcome.Applied<?, ?, ?>) received).replayed()).isFalse();
    assertThat(received.caseFile().version()).isEqualTo(2);
    Outcome<PreservationRequest, PreservationStatus, PreservationAction> again =
        WORKFLOW.apply(received.caseFile(), command("Aa", SUBMIT, 0, ALBANIAN_24_7), env);
    assertThat(((Outcome.Applied<?, ?, ?>) again).replayed()).isTrue();
    assertThat(again.caseFile()).isSameAs(received.caseFile());
  }
}
