package org.treatyflow.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.BUDAPEST;
import static org.treatyflow.model.common.Instrument.SECOND_PROTOCOL;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.RequestId;
import org.treatyflow.model.disclosure.ForeignProductionOrderRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.serialization.journal.CaseJournal;
import org.treatyflow.serialization.journal.JournalReplay;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.LinkedCases;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceLifecycle;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.JointInvestigationTeamAction;
import org.treatyflow.workflow.assistance.JointInvestigationTeamStatus;
import org.treatyflow.workflow.direct.DirectOrderAction;
import org.treatyflow.workflow.direct.DirectOrderStatus;
import org.treatyflow.workflow.direct.DomainRegistrationStatus;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationStatus;

class PlatformTakedownTest {
  private static final ScenarioRecord RECORD = new PlatformTakedown().run();

  private static List<TimelineEntry> timeline() {
    return RECORD.timeline();
  }

  private static boolean refused(TimelineEntry entry) {
    return entry.event().startsWith("REFUSED ");
  }


  @Test
  void everyCaseEndsWhereTheStoryEnds() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put(PlatformTakedown.PRESERVATION, PreservationStatus.RELEASED);
    expected.put(PlatformTakedown.REGISTRATION, DomainRegistrationStatus.DISCLOSED);
    expected.put(PlatformTakedown.DIRECT_ORDER, DirectOrderStatus.ESCALATED);
    expected.put(PlatformTakedown.SERVERS, AssistanceStatus.CLOSED);
    expected.put(PlatformTakedown.PRODUCTION, AssistanceStatus.CLOSED);
    expected.put(PlatformTakedown.JOINT_TEAM, JointInvestigationTeamStatus.CONCLUDED);
    expected.put(PlatformTakedown.FREEZING, AssistanceStatus.LIFTED);
    expected.put(PlatformTakedown.CONFISCATION, AssistanceStatus.CLOSED);
    assertThat(RECORD.cases()).containsOnlyKeys(expected.keySet());
    expected.forEach(
        (name, status) ->
            assertThat(RECORD.cases().get(name).status()).as("status of %s", name).isEqualTo(status));
  }

  @Test
  void theTimelineCitesTheArticlesInTheOrderOfTheStory() {
    List<String> firstCited =
        timeline().stream().map(e -> e.citation().wholeArticle().toString()).distinct().toList();
    assertThat(firstCited)
        .containsSubsequence("BC 29", "2AP 6", "2AP 7", "BC 31", "2AP 8", "2AP 12", "WC 21", "WC 23");
    assertThat(timeline()).extracting(TimelineEntry::at).isSorted();
    // Hungary turns to Costa Rica (2AP 8) only once the provider's time under 2AP 7(7) is over.
    int providerTimedOut = firstIndex(e -> !refused(e) && e.citation().equals(SECOND_PROTOCOL.cite(7, 7)));
    int productionSent = firstIndex(e -> e.citation().wholeArticle().equals(SECOND_PROTOCOL.cite(8)));
    assertThat(providerTimedOut).isNotNegative().isLessThan(productionSent);
    // The proceeds are frozen before the action day of the joint team, and confiscated after it.
    int actionDay = firstIndex(e -> e.event().startsWith("action day"));
    assertThat(firstIndex(e -> e.caseName().equals(PlatformTakedown.FREEZING))).isLessThan(actionDay);
    assertThat(firstIndex(e -> e.caseName().equals(PlatformTakedown.CONFISCATION))).isGreaterThan(actionDay);
  }

  private static int firstIndex(Predicate<TimelineEntry> test) {
    for (int i = 0; i < timeline().size(); i++) {
      if (test.test(timeline().get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void everyProtocolStepIsBetweenPartiesTheBundledRegistryHasBoundByTheProtocol() {
    PartyRegistry bundled = PartyRegistry.bundled();
    List<TimelineEntry> protocolSteps =
        timeline().stream().filter(e -> e.citation().instrument() == Instrument.SECOND_PROTOCOL).toList();
    assertThat(protocolSteps).isNotEmpty();
    for (TimelineEntry step : protocolSteps) {
      for (Party party : List.of(step.from(), step.to())) {
        assertThat(bundled.status(Instrument.SECOND_PROTOCOL, party))
            .as("the bundled registry's 2AP row of %s", party)
            .hasValueSatisfying(row -> assertThat(row.ratified()).isPresent());
      }
    }
    // Not in force in the bundled registry: the scenario assumes it, and says so.
    LocalDate day = LocalDate.ofInstant(PlatformTakedown.START, ZoneOffset.UTC);
    Party hungary = PlatformTakedown.HUNGARY;
    Party costaRica = PlatformTakedown.COSTA_RICA;
    assertThat(bundled.isInForceBetween(Instrument.SECOND_PROTOCOL, hungary, costaRica, day)).isFalse();
    assertThat(PlatformTakedown.registry().isInForceBetween(Instrument.SECOND_PROTOCOL, hungary, costaRica, day))
        .isTrue();
    assertThat(PlatformTakedown.registry().sources()).anyMatch(s -> s.contains("Hypothesis"));
  }

  @Test
  void theRefusedAttemptsShowTheArticlesThatForbidThem() {
    List<TimelineEntry> refusals = timeline().stream().filter(PlatformTakedownTest::refused).toList();
    assertThat(refusals)
        .extracting(e -> e.caseName() + " " + e.citation())
        .containsExactly(
            PlatformTakedown.DIRECT_ORDER + " 2AP 7(7)", PlatformTakedown.JOINT_TEAM + " 2AP 12");
    assertThat(refusals.get(0).event()).startsWith("REFUSED TIME_OUT").contains("still has time");
    assertThat(refusals.get(1).event()).startsWith("REFUSED START").contains("start date");

    // Refused, the attempts changed nothing: each case took the step once, later, when allowed.
    HistoryEvent<?, ?> timeOut = event(PlatformTakedown.DIRECT_ORDER, DirectOrderAction.TIME_OUT);
    assertThat(timeOut.at()).isAfter(refusals.get(0).at());
    HistoryEvent<?, ?> start = event(PlatformTakedown.JOINT_TEAM, JointInvestigationTeamAction.START);
    assertThat(start.at()).isAfter(refusals.get(1).at());
  }

  private static HistoryEvent<?, ?> event(String caseName, Enum<?> action) {
    List<? extends HistoryEvent<?, ?>> events =
        RECORD.cases().get(caseName).history().stream().filter(e -> e.action() == action).toList();
    assertThat(events).as("%s in %s", action, caseName).hasSize(1);
    return events.get(0);
  }

  @Test
  void thePreservationReceivesTheBc31RequestAsItsFollowUpAndIsReleasedOnceItIsDecided() {
    CaseFile<?, ?, ?> preservation = RECORD.cases().get(PlatformTakedown.PRESERVATION);
    CaseFile<?, ?, ?> servers = RECORD.cases().get(PlatformTakedown.SERVERS);
    assertThat(preservation.history())
        .extracting(e -> (Object) e.action())
        .containsExactly(
            PreservationAction.SUBMIT,
            PreservationAction.RECEIVE,
            PreservationAction.PRESERVE,
            PreservationAction.RECEIVE_FOLLOW_UP,
            PreservationAction.DECIDE_FOLLOW_UP);

    HistoryEvent<?, ?> followUp = event(PlatformTakedown.PRESERVATION, PreservationAction.RECEIVE_FOLLOW_UP);
    assertThat(followUp.citation()).isEqualTo(BUDAPEST.cite(29, 7));
    assertThat(followUp.to()).isEqualTo(PreservationStatus.PRESERVED_PENDING_DECISION);
    assertThat(followUp.followUp()).as("the follow-up named").contains(idOf(servers));
    assertThat(followUp.at()).isAfterOrEqualTo(event(PlatformTakedown.SERVERS, AssistanceAction.RECEIVE).at());

    HistoryEvent<?, ?> released = event(PlatformTakedown.PRESERVATION, PreservationAction.DECIDE_FOLLOW_UP);
    assertThat(released.citation()).isEqualTo(BUDAPEST.cite(29, 7));
    assertThat(released.from()).isEqualTo(PreservationStatus.PRESERVED_PENDING_DECISION);
    assertThat(released.to()).isEqualTo(PreservationStatus.RELEASED);
    assertThat(released.actor().party()).as("the requested Party releases").isEqualTo(PlatformTakedown.MOLDOVA);
    HistoryEvent<?, ?> decided = event(PlatformTakedown.SERVERS, AssistanceAction.ACCEPT);
    assertThat(AssistanceLifecycle.DECIDED).contains((AssistanceStatus) decided.to());
    assertThat(released.at()).as("released only once the BC 31 request is decided").isAfter(decided.at());
  }

  @Test
  void theUnansweredOrderIsEscalatedToTheProductionRequestThatNamesIt() {
    HistoryEvent<?, ?> timeOut = event(PlatformTakedown.DIRECT_ORDER, DirectOrderAction.TIME_OUT);
    HistoryEvent<?, ?> escalated = event(PlatformTakedown.DIRECT_ORDER, DirectOrderAction.ESCALATE);
    CaseFile<?, ?, ?> production = RECORD.cases().get(PlatformTakedown.PRODUCTION);
    CaseFile<?, ?, ?> order = RECORD.cases().get(PlatformTakedown.DIRECT_ORDER);
    assertThat(escalated.citation()).isEqualTo(SECOND_PROTOCOL.cite(7, 7));
    assertThat(escalated.from()).isEqualTo(DirectOrderStatus.NOT_DISCLOSED);
    assertThat(escalated.to()).isEqualTo(DirectOrderStatus.ESCALATED);
    assertThat(escalated.at()).isAfter(timeOut.at());
    assertThat(escalated.actor().party()).as("the issuing Party escalates").isEqualTo(PlatformTakedown.HUNGARY);
    assertThat(escalated.followUp()).as("the request named on ESCALATE").contains(idOf(production));
    assertThat(((ForeignProductionOrderRequest) production.request()).precedingOrder())
        .as("the order the 2AP 8 request names")
        .contains(idOf(order));
  }

  private static RequestId idOf(CaseFile<?, ?, ?> caseFile) {
    return ((Request) caseFile.request()).header().id();
  }

  @Test
  void theProviderIsGivenThirtyDaysAndTheProductionOrderItsDeadlines() {
    // The order was served on 20 January; 30 days counted in Costa Rica from the next day.
    HistoryEvent<?, ?> issued = event(PlatformTakedown.DIRECT_ORDER, DirectOrderAction.ISSUE);
    assertThat(LocalDate.ofInstant(issued.at(), java.time.ZoneId.of("America/Costa_Rica")))
        .isEqualTo(LocalDate.of(2027, 1, 20));
    List<String> deadlines =
        timeline().stream().flatMap(e -> e.deadline().stream().map(d -> e.caseName() + ": " + d)).toList();
    assertThat(deadlines)
        .anySatisfy(d -> assertThat(d).startsWith(PlatformTakedown.PRESERVATION).contains("Sat 13 Mar 2027"))
        .anySatisfy(d -> assertThat(d).startsWith(PlatformTakedown.DIRECT_ORDER).contains("Sat 20 Feb 2027 00:00")
            .contains("2AP 7(7)"))
        .anySatisfy(d -> assertThat(d).startsWith(PlatformTakedown.PRODUCTION).contains("Sun 11 Apr 2027")
            .contains("2AP 8(6)(a)"))
        .anySatisfy(d -> assertThat(d).startsWith(PlatformTakedown.PRODUCTION).contains("Fri 26 Mar 2027")
            .contains("2AP 8(6)(a)(i)").contains("Tue 20 Apr 2027").contains("2AP 8(6)(a)(ii)"));
    // The step that records the provider's silence comes only after its 30 days.
    HistoryEvent<?, ?> timeOut = event(PlatformTakedown.DIRECT_ORDER, DirectOrderAction.TIME_OUT);
    assertThat(timeOut.at()).isAfterOrEqualTo(Instant.parse("2027-02-20T06:00:00Z"));
  }

  @Test
  void eightRequestsAndTheAgreementAreSentBesideTheReplies() {
    // one request per case that is a request, and the joint team's agreement
    assertThat(RECORD.documents()).filteredOn(d -> !(d.envelope().payload() instanceof Reply)).hasSize(8);
  }

  @Test
  void everyJournalVerifiesAndReplaysToTheSameCaseFile() {
    Environment environment =
        new Environment(
                PlatformTakedown.registry(),
                Clock.fixed(PlatformTakedown.START, ZoneOffset.UTC),
                PlatformTakedown.policy())
            .withCases(LinkedCases.of(requestCases()));
    assertThat(RECORD.journals()).containsOnlyKeys(RECORD.cases().keySet());
    for (Map.Entry<String, List<String>> journal : RECORD.journals().entrySet()) {
      assertThat(CaseJournal.verify(journal.getValue()).isIntact()).as("journal of %s", journal.getKey()).isTrue();
      JournalReplay replay = CaseJournal.replay(journal.getValue(), environment);
      assertThat(replay.isReplayed()).as("replay of %s: %s", journal.getKey(), replay).isTrue();
      assertThat(replay.caseFile()).get().isEqualTo(RECORD.cases().get(journal.getKey()));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<CaseFile<? extends Request, ?, ?>> requestCases() {
    List<CaseFile<? extends Request, ?, ?>> cases = new ArrayList<>();
    for (CaseFile<?, ?, ?> c : RECORD.cases().values()) {
      if (c.request() instanceof Request) {
        cases.add((CaseFile<? extends Request, ?, ?>) c);
      }
    }
    return cases;
  }



  @Test
  void theTimelineNamesNoSuspectAndNoAccount() {
    StringWriter text = new StringWriter();
    Timeline.print(RECORD, new PrintWriter(text));
    assertThat(text.toString())
        .contains(PlatformTakedown.TITLE)
        .doesNotContain("Szalai")
        .doesNotContain("Quesada")
        .doesNotContain("nightbazaar.example")
        .doesNotContain("RS67555000000104275931")
        .doesNotContain("+36 1");
  }
}
