package org.treatyflow.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.serialization.journal.CaseJournal;
import org.treatyflow.serialization.journal.JournalReplay;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceLifecycle;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationStatus;
import org.treatyflow.workflow.traffic.TrafficDisclosureStatus;

class VirtualCurrencySeizureTest {
  private static ScenarioRecord record;

  @BeforeAll
  static void runTheScenario() {
    record = new VirtualCurrencySeizure().run();
  }


  @Test
  void everyCaseEndsInTheStatusTheStoryTells() {
    Map<String, Enum<?>> expected = new LinkedHashMap<>();
    expected.put(VirtualCurrencySeizure.PRESERVATION_LT, PreservationStatus.RELEASED);
    expected.put(VirtualCurrencySeizure.DISCLOSURE, TrafficDisclosureStatus.DISCLOSED);
    expected.put(VirtualCurrencySeizure.PRESERVATION_RO, PreservationStatus.EXPIRED);
    expected.put(VirtualCurrencySeizure.STORED_DATA, AssistanceStatus.CLOSED);
    expected.put(VirtualCurrencySeizure.BANK_ACCOUNTS, AssistanceStatus.CLOSED);
    expected.put(VirtualCurrencySeizure.FREEZING, AssistanceStatus.LIFTED);
    expected.put(VirtualCurrencySeizure.CONFISCATION, AssistanceStatus.CLOSED);
    expected.put(VirtualCurrencySeizure.RETURN, AssistanceStatus.RETURNED);

    assertThat(record.cases().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (name, status) ->
            assertThat(record.cases().get(name).status()).as("final status of %s", name).isEqualTo(status));
  }

  @Test
  void theTimelineCitesTheArticlesInTheOrderOfTheStory() {
    List<ArticleCitation> expected =
        List.of(
            BUDAPEST.cite(29),
            BUDAPEST.cite(30),
            BUDAPEST.cite(31),
            WARSAW.cite(17),
            WARSAW.cite(21),
            WARSAW.cite(23),
            WARSAW.cite(25));
    List<ArticleCitation> cited =
        record.timeline().stream().map(e -> e.citation().wholeArticle()).collect(Collectors.toList());
    int from = 0;
    for (ArticleCitation article : expected) {
      int at = cited.subList(from, cited.size()).indexOf(article);
      assertThat(at)
          .as("%s cited after position %s of the timeline %s", article, from, cited)
          .isNotNegative();
      from += at + 1;
    }
  }


  @Test
  void theAttemptsTheTreatiesForbidAreShownRefusedWithTheirArticle() {
    Map<String, ArticleCitation> refused = new LinkedHashMap<>();
    for (TimelineEntry entry : record.timeline()) {
      if (entry.event().startsWith("REFUSED")) {
        refused.put(entry.caseName(), entry.citation());
      }
    }
    assertThat(refused)
        .as("refused attempts by case")
        .containsEntry(VirtualCurrencySeizure.DISCLOSURE, BUDAPEST.cite(30, 1))
        .containsEntry(VirtualCurrencySeizure.PRESERVATION_LT, BUDAPEST.cite(29, 7))
        .containsEntry(VirtualCurrencySeizure.BANK_ACCOUNTS, WARSAW.cite(28, 7));
  }

  @Test
  void thePreservationReceivesTheBc31RequestAsItsFollowUpAndIsReleasedOnceItIsDecided() {
    CaseFile<?, ?, ?> preservation = record.cases().get(VirtualCurrencySeizure.PRESERVATION_LT);
    CaseFile<?, ?, ?> storedData = record.cases().get(VirtualCurrencySeizure.STORED_DATA);
    RequestId followUp = ((Request) storedData.request()).header().id();
    assertThat(preservation.history().stream().map(e -> (Object) e.action()).collect(Collectors.toList()))
        .as("steps of the Lithuanian preservation")
        .containsExactly(
            PreservationAction.SUBMIT,
            PreservationAction.RECEIVE,
            PreservationAction.PRESERVE,
            PreservationAction.RECEIVE_FOLLOW_UP,
            PreservationAction.DECIDE_FOLLOW_UP);

    HistoryEvent<?, ?> preserved = event(preservation, PreservationAction.PRESERVE);
    HistoryEvent<?, ?> received = event(preservation, PreservationAction.RECEIVE_FOLLOW_UP);
    assertThat(received.citation()).as("article of RECEIVE_FOLLOW_UP").isEqualTo(BUDAPEST.cite(29, 7));
    assertThat(received.to()).isEqualTo(PreservationStatus.PRESERVED_PENDING_DECISION);
    assertThat(received.followUp()).as("follow-up named on RECEIVE_FOLLOW_UP").contains(followUp);
    assertThat(received.at())
        .as("the follow-up arrives within the 60 days of BC 29(7)")
        .isBefore(preserved.at().plus(Duration.ofDays(60)))
        .isAfterOrEqualTo(event(storedData, AssistanceAction.RECEIVE).at());

    HistoryEvent<?, ?> released = event(preservation, PreservationAction.DECIDE_FOLLOW_UP);
    assertThat(released.citation()).as("article of DECIDE_FOLLOW_UP").isEqualTo(BUDAPEST.cite(29, 7));
    assertThat(released.from()).isEqualTo(PreservationStatus.PRESERVED_PENDING_DECISION);
    assertThat(released.to()).isEqualTo(PreservationStatus.RELEASED);
    assertThat(released.actor().party()).as("the requested Party releases").isEqualTo(VirtualCurrencySeizure.LITHUANIA);
    assertThat(released.at())
        .as("released only once the follow-up is decided (BC 29(7))")
        .isAfterOrEqualTo(decided(storedData));
  }

  @Test
  void releasingTheDataBeforeTheFollowUpIsDecidedIsRefused() {
    List<TimelineEntry> refused =
        record.timeline().stream()
            .filter(e -> e.caseName().equals(VirtualCurrencySeizure.PRESERVATION_LT))
            .filter(e -> e.event().startsWith("REFUSED"))
            .collect(Collectors.toList());
    assertThat(refused).as("refused attempts on the Lithuanian preservation").hasSize(1);
    TimelineEntry attempt = refused.get(0);
    assertThat(attempt.event()).startsWith("REFUSED DECIDE_FOLLOW_UP").contains("decision on the follow-up");
    assertThat(attempt.citation()).isEqualTo(BUDAPEST.cite(29, 7));
    CaseFile<?, ?, ?> preservation = record.cases().get(VirtualCurrencySeizure.PRESERVATION_LT);
    assertThat(attempt.at())
        .as("tried after the follow-up was received and before it was decided")
        .isAfter(event(preservation, PreservationAction.RECEIVE_FOLLOW_UP).at())
        .isBefore(decided(record.cases().get(VirtualCurrencySeizure.STORED_DATA)));
  }

  @Test
  void aRefusedAttemptLeavesNoTraceInTheCase() {
    CaseFile<?, ?, ?> disclosure = record.cases().get(VirtualCurrencySeizure.DISCLOSURE);
    assertThat(disclosure.history()).as("history of the disclosure").hasSize(1);
    CaseFile<?, ?, ?> accounts = record.cases().get(VirtualCurrencySeizure.BANK_ACCOUNTS);
    assertThat(accounts.history().stream().map(e -> (Object) e.to()).collect(Collectors.toList()))
        .as("statuses the bank account request went through")
        .doesNotContain(AssistanceStatus.REFUSED);
  }

  @Test
  void thePreservationPeriodIsAttachedAsADeadline() {
    List<String> deadlines =
        record.timeline().stream()
            .filter(e -> e.caseName().equals(VirtualCurrencySeizure.PRESERVATION_LT))
            .flatMap(e -> e.deadline().stream())
            .collect(Collectors.toList());
    Instant preserved =
        record.cases().get(VirtualCurrencySeizure.PRESERVATION_LT).history().stream()
            .filter(e -> e.to() == PreservationStatus.PRESERVED)
            .map(HistoryEvent::at)
            .findFirst()
            .orElseThrow();
    String sixtyOneDaysOn =
        preserved.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(61).toString();
    assertThat(deadlines).as("deadlines of the Lithuanian preservation").hasSize(1);
    assertThat(deadlines.get(0)).contains(sixtyOneDaysOn + " 00:00");
  }



  @Test
  void everyJournalVerifiesAndReplaysToTheSameCase() {
    for (Map.Entry<String, List<String>> journal : record.journals().entrySet()) {
      String name = journal.getKey();
      CaseFile<?, ?, ?> caseFile = record.cases().get(name);
      assertThat(CaseJournal.verify(journal.getValue()).isIntact())
          .as("journal of %s verifies", name)
          .isTrue();
      Instant lastStep = caseFile.lastEvent().map(HistoryEvent::at).orElseThrow();
      Environment environment =
          new Environment(
                  PartyRegistry.bundled(),
                  Clock.fixed(VirtualCurrencySeizure.START, ZoneOffset.UTC),
                  DomesticPolicy.DEFAULTS)
              .withCases(casesAsOf(lastStep));
      JournalReplay replay = CaseJournal.replay(journal.getValue(), environment);
      assertThat(replay.caseFile()).as("replay of %s: %s", name, replay).contains(caseFile);
    }
  }



  @Test
  void theTimelinePrintsEveryStep() {
    StringWriter text = new StringWriter();
    Timeline.print(record, new PrintWriter(text));
    assertThat(text.toString())
        .contains(record.title())
        .contains(record.timeline().size() + " steps")
        .contains("BC 29(7)")
        .contains("WC 28(7)");
  }

  /** The one event of {@code caseFile} that took {@code action}. */
  private static HistoryEvent<?, ?> event(CaseFile<?, ?, ?> caseFile, Enum<?> action) {
    List<? extends HistoryEvent<?, ?>> events =
        caseFile.history().stream().filter(e -> e.action() == action).collect(Collectors.toList());
    assertThat(events).as("%s taken once in the case of %s", action, caseFile.request().family()).hasSize(1);
    return events.get(0);
  }

  /** When the requested Party decided on the request of {@code caseFile} (BC 29(7)). */
  private static Instant decided(CaseFile<?, ?, ?> caseFile) {
    return caseFile.history().stream()
        .filter(e -> e.to() instanceof AssistanceStatus s && AssistanceLifecycle.DECIDED.contains(s))
        .map(HistoryEvent::at)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the request was never decided"));
  }

  /**
   * The record's cases as they stood at {@code when}: their history up to that instant. Replaying a
   * case needs its linked cases as they stood when it took its steps (a disclosure is made while
   * the preservation is executed, not after it was released), and the library's replay reads the
   * linked cases as they are given, so the test gives them as they were.
   */
  private static LinkedCases casesAsOf(Instant when) {
    Map<RequestId, CaseFile<?, ?, ?>> byId = new LinkedHashMap<>();
    for (CaseFile<?, ?, ?> caseFile : record.cases().values()) {
      if (caseFile.request() instanceof Request request) {
        byId.put(request.header().id(), asOf(caseFile, when));
      }
    }
    return id -> Optional.ofNullable(byId.get(id));
  }

  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> CaseFile<R, S, A> asOf(
      CaseFile<R, S, A> caseFile, Instant when) {
    List<HistoryEvent<S, A>> history = new ArrayList<>();
    for (HistoryEvent<S, A> event : caseFile.history()) {
      if (!event.at().isAfter(when)) {
        history.add(event);
      }
    }
    S status =
        history.isEmpty()
            ? caseFile.history().isEmpty() ? caseFile.status() : caseFile.history().get(0).from()
            : history.get(history.size() - 1).to();
    List<HistoryEvent<S, A>> seen = List.copyOf(history);
    return new CaseFile<>() {
      @Override
      public R request() {
        return caseFile.request();
      }

      @Override
      public S status() {
        return status;
      }

      @Override
      public long version() {
        return seen.size();
      }

      @Override
      public List<HistoryEvent<S, A>> history() {
        return seen;
      }
    };
  }
}
