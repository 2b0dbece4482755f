package org.treatyflow.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatyflow.model.common.Instrument.WARSAW;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.asset.Asset;
import org.treatyflow.model.asset.BankAccount;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Request;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.fiu.FiuPostponementRequest;
import org.treatyflow.model.person.Person;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.model.reply.ResultTransmission;
import org.treatyflow.serialization.journal.CaseJournal;
import org.treatyflow.serialization.journal.JournalReplay;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Command;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.Outcome;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.fiu.FiuExchangeStatus;
import org.treatyflow.workflow.fiu.FiuPostponementAction;
import org.treatyflow.workflow.fiu.FiuPostponementStatus;
import org.treatyflow.workflow.fiu.FiuPostponementWorkflow;

class FraudFollowTheMoneyTest {
  private static ScenarioRecord record;

  @BeforeAll
  static void runTheScenario() {
    record = new FraudFollowTheMoney().run();
  }


  @Test
  void bothPartiesAreBoundByTheWarsawConventionOnVerifiedRowsThroughoutTheStory() {
    PartyRegistry registry = PartyRegistry.bundled();
    for (TimelineEntry entry : record.timeline()) {
      LocalDate day = LocalDate.ofInstant(entry.at(), ZoneOffset.UTC);
      assertThat(registry.isInForceBetween(Instrument.WARSAW, entry.from(), entry.to(), day))
          .as("WC in force between %s and %s on %s", entry.from(), entry.to(), day)
          .isTrue();
      assertThat(registry.verified(Instrument.WARSAW, entry.from())).as("%s verified", entry.from()).isTrue();
    }
  }

  @Test
  void everyCaseEndsInTheStatusTheStoryGivesIt() {
    assertThat(record.cases()).containsOnlyKeys(
        FraudFollowTheMoney.FIU_EXCHANGE,
        FraudFollowTheMoney.POSTPONEMENT,
        FraudFollowTheMoney.BANK_RECORDS,
        FraudFollowTheMoney.MONITORING,
        FraudFollowTheMoney.FREEZING,
        FraudFollowTheMoney.CONFISCATION);
    assertThat(status(FraudFollowTheMoney.FIU_EXCHANGE)).isEqualTo(FiuExchangeStatus.CONSENT_GRANTED);
    assertThat(status(FraudFollowTheMoney.POSTPONEMENT))
        .isEqualTo(FiuPostponementStatus.CONVERTED_TO_PROVISIONAL_MEASURE);
    assertThat(status(FraudFollowTheMoney.BANK_RECORDS)).isEqualTo(AssistanceStatus.CLOSED);
    assertThat(status(FraudFollowTheMoney.MONITORING)).isEqualTo(AssistanceStatus.CLOSED);
    assertThat(status(FraudFollowTheMoney.FREEZING)).isEqualTo(AssistanceStatus.LIFTED);
    assertThat(status(FraudFollowTheMoney.CONFISCATION)).isEqualTo(AssistanceStatus.CLOSED);
  }

  @Test
  void theTimelineCitesTheArticlesInTheOrderOfTheStory() {
    List<Integer> firstLines = new ArrayList<>();
    for (int article : new int[] {46, 47, 18, 19, 28, 21, 23}) {
      int first = -1;
      for (int i = 0; i < record.timeline().size(); i++) {
        ArticleCitation c = record.timeline().get(i).citation();
        if (c.instrument() == Instrument.WARSAW && c.article() == article) {
          first = i;
          break;
        }
      }
      assertThat(first).as("a line citing WC %s", article).isNotNegative();
      firstLines.add(first);
    }
    assertThat(firstLines).as("first lines citing WC 46, 47, 18, 19, 28, 21, 23").isSorted();
    assertThat(firstLines).doesNotHaveDuplicates();
  }

  @Test
  void theRefusalOnBankSecrecyIsRefusedUnderWc28_7AndLeavesTheCaseUnrefused() {
    List<TimelineEntry> wc28 =
        record.timeline().stream()
            .filter(e -> e.citation().instrument() == Instrument.WARSAW && e.citation().article() == 28)
            .toList();
    assertThat(wc28).hasSize(1);
    TimelineEntry refusal = wc28.get(0);
    assertThat(refusal.citation()).isEqualTo(WARSAW.cite(28, 7));
    assertThat(refusal.event()).startsWith("REFUSED REFUSE").containsIgnoringCase("bank secrecy");
    assertThat(refusal.caseName()).isEqualTo(FraudFollowTheMoney.BANK_RECORDS);
    CaseFile<?, ?, ?> bankRecords = record.cases().get(FraudFollowTheMoney.BANK_RECORDS);
    List<Object> statuses = bankRecords.history().stream().<Object>map(HistoryEvent::to).toList();
    List<Object> actions = bankRecords.history().stream().<Object>map(HistoryEvent::action).toList();
    assertThat(statuses).doesNotContain(AssistanceStatus.REFUSED);
    assertThat(actions)
        .containsSubsequence(AssistanceAction.GRANT_CONDITIONALLY, AssistanceAction.ACCEPT_CONDITIONS);
    assertThat(record.documents())
        .extracting(d -> d.envelope().payload().getClass().getSimpleName())
        .noneMatch(name -> name.contains("Refusal"));
  }

  @Test
  void theFreezingRequestTakesOverFromThePostponementBeforeItsDomesticPeriodEnds() {
    HistoryEvent<?, ?> postponed = event(FraudFollowTheMoney.POSTPONEMENT, FiuPostponementAction.POSTPONE);
    HistoryEvent<?, ?> converted =
        event(FraudFollowTheMoney.POSTPONEMENT, FiuPostponementAction.CONVERT_TO_PROVISIONAL_MEASURE);
    HistoryEvent<?, ?> frozen = event(FraudFollowTheMoney.FREEZING, AssistanceAction.TAKE_MEASURE);
    Request freezingRequest = (Request) record.cases().get(FraudFollowTheMoney.FREEZING).request();
    var ends = postponed.at().plus(FraudFollowTheMoney.POSTPONEMENT_PERIOD);
    assertThat(frozen.at()).as("the freezing is in force").isBefore(converted.at());
    assertThat(converted.at()).as("converted before the postponement runs out").isBefore(ends);
    assertThat(converted.followUp()).as("the request named on the conversion").contains(freezingRequest.header().id());
    assertThat(converted.citation()).isEqualTo(WARSAW.cite(21));
    assertThat(converted.verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(converted.actor().party()).isEqualTo(FraudFollowTheMoney.ALBANIA);
    assertThat(record.cases().get(FraudFollowTheMoney.POSTPONEMENT).history())
        .extracting(e -> (Object) e.action())
        .containsExactly(
            FiuPostponementAction.SEND,
            FiuPostponementAction.POSTPONE,
            FiuPostponementAction.CONVERT_TO_PROVISIONAL_MEASURE);
    TimelineEntry line = line(FraudFollowTheMoney.POSTPONEMENT, "POSTPONE:");
    assertThat(line.deadline()).hasValueSatisfying(d -> assertThat(d).contains("2026-03-08 13:00 UTC"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void atTheConversionThePeriodIsNotOverAndTheFreezingRequestMustBeNamed() {
    Checkpoint checkpoint =
        record.checkpoints().stream()
            .filter(c -> c.caseName().equals(FraudFollowTheMoney.POSTPONEMENT))
            .filter(c -> c.taken().action() == FiuPostponementAction.CONVERT_TO_PROVISIONAL_MEASURE)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no checkpoint before the conversion"));
    var before =
        (CaseFile<FiuPostponementRequest, FiuPostponementStatus, FiuPostponementAction>) checkpoint.before();
    assertThat(before.status()).isEqualTo(FiuPostponementStatus.POSTPONED);

    Outcome<?, ?, ?> lapse =
        FiuPostponementWorkflow.WORKFLOW.apply(
            before, command(before, FiuPostponementAction.EXPIRE), checkpoint.environment());
    assertThat(lapse.violations())
        .as("EXPIRE at the time of the conversion")
        .extracting(Violation::code)
        .containsExactly("WC_47_1_PERIOD_NOT_OVER");

    Outcome<?, ?, ?> unnamed =
        FiuPostponementWorkflow.WORKFLOW.apply(
            before,
            command(before, FiuPostponementAction.CONVERT_TO_PROVISIONAL_MEASURE),
            checkpoint.environment());
    assertThat(unnamed.violations())
        .as("CONVERT_TO_PROVISIONAL_MEASURE naming no request")
        .extracting(Violation::code)
        .containsExactly("WC_21_PROVISIONAL_MEASURE_NAMED");
  }

  private static Command<FiuPostponementAction> command(
      CaseFile<?, ?, ?> caseFile, FiuPostponementAction action) {
    return Command.<FiuPostponementAction>builder()
        .id("test-" + action.name().toLowerCase(Locale.ROOT))
        .action(action)
        .expectedVersion(caseFile.version())
        .actor(FraudFollowTheMoney.AL_FIU)
        .build();
  }

  @Test
  void theMonitoringSendsItsFinalResultsOnlyAfterItsPeriod() {
    HistoryEvent<?, ?> last = event(FraudFollowTheMoney.MONITORING, AssistanceAction.TRANSMIT_RESULT);
    HistoryEvent<?, ?> interim = event(FraudFollowTheMoney.MONITORING, AssistanceAction.TRANSMIT_INTERIM_RESULT);
    // The period ends with 8 May 2026 in Tirana (UTC+2 in May).
    assertThat(last.at()).isAfterOrEqualTo(Instant.parse("2026-05-08T22:00:00Z"));
    assertThat(interim.at()).isBefore(Instant.parse("2026-05-08T22:00:00Z"));
    assertThat(line(FraudFollowTheMoney.MONITORING, "START_EXECUTION:").deadline())
        .hasValueSatisfying(d -> assertThat(d).contains("2026-05-08 22:00 UTC"));
  }

  @Test
  void theConfiscationRealisesNoMoreThanTheOrderAndTheFreezingIsLiftedAfterIt() {
    HistoryEvent<?, ?> confiscated = event(FraudFollowTheMoney.CONFISCATION, AssistanceAction.CONFISCATE);
    ResultTransmission realised = (ResultTransmission) confiscated.reply().orElseThrow();
    assertThat(realised.amounts()).containsExactly(FraudFollowTheMoney.REALISED);
    assertThat(FraudFollowTheMoney.REALISED.value()).isLessThanOrEqualTo(FraudFollowTheMoney.LOSS.value());
    HistoryEvent<?, ?> lifted = event(FraudFollowTheMoney.FREEZING, AssistanceAction.WITHDRAW);
    assertThat(lifted.at()).isAfter(confiscated.at());
    assertThat(lifted.citation()).isEqualTo(WARSAW.cite(41, 2, "b"));
  }


  @Test
  void everyRequestAndEveryReplyRecordedInACaseWasSentAsADocument() {
    long requests = record.cases().size();
    long replies =
        record.cases().values().stream()
            .flatMap(c -> c.history().stream())
            .filter(e -> e.reply().isPresent())
            .count();
    assertThat(record.documents()).hasSize((int) (requests + replies));
    for (CaseFile<?, ?, ?> c : record.cases().values()) {
      assertThat(record.documents()).extracting(d -> d.envelope().payload()).contains(c.request());
    }
  }

  @Test
  void everyJournalVerifiesAndReplaysToTheSameCase() {
    Environment environment =
        new Environment(
            PartyRegistry.bundled(),
            Clock.fixed(FraudFollowTheMoney.START, ZoneOffset.UTC),
            FraudFollowTheMoney.DOMESTIC_POLICY);
    assertThat(record.journals().keySet()).isEqualTo(record.cases().keySet());
    for (Map.Entry<String, List<String>> journal : record.journals().entrySet()) {
      assertThat(CaseJournal.verify(journal.getValue()).isIntact()).as(journal.getKey()).isTrue();
      JournalReplay replay = CaseJournal.replay(journal.getValue(), environment);
      assertThat(replay.isReplayed()).as("%s: %s", journal.getKey(), replay).isTrue();
      assertThat(replay.caseFile()).contains(record.cases().get(journal.getKey()));
    }
  }



  @Test
  void thePrintedTimelineShowsNoPersonalData() {
    StringWriter text = new StringWriter();
    Timeline.print(record, new PrintWriter(text));
    String printed = text.toString();
    assertThat(printed).contains("WC 28(7)").contains("deadline:");
    for (String secret : secrets()) {
      assertThat(printed).doesNotContain(secret);
    }
  }

  /** Names and account numbers of the story's requests. */
  private static List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    List<Person> persons =
        List.of(
            FraudFollowTheMoney.Requests.ORGANISER,
            FraudFollowTheMoney.Requests.COMPANY,
            FraudFollowTheMoney.Requests.FIRST_MULE,
            FraudFollowTheMoney.Requests.SECOND_MULE,
            FraudFollowTheMoney.Requests.THIRD_MULE);
    persons.forEach(p -> secrets.add(p.name()));
    List<Asset> accounts =
        List.of(
            FraudFollowTheMoney.Requests.FIRST_MULE_ACCOUNT,
            FraudFollowTheMoney.Requests.SECOND_MULE_ACCOUNT,
            FraudFollowTheMoney.Requests.THIRD_MULE_ACCOUNT,
            FraudFollowTheMoney.Requests.COMPANY_ACCOUNT);
    accounts.forEach(a -> secrets.add(((BankAccount) a).iban().value()));
    return secrets;
  }

  private static Object status(String caseName) {
    return record.cases().get(caseName).status();
  }

  private static HistoryEvent<?, ?> event(String caseName, Enum<?> action) {
    Optional<? extends HistoryEvent<?, ?>> found =
        record.cases().get(caseName).history().stream().filter(e -> e.action() == action).findFirst();
    assertThat(found).as("%s took %s", caseName, action).isPresent();
    return found.orElseThrow();
  }

  private static TimelineEntry line(String caseName, String eventStart) {
    return record.timeline().stream()
        .filter(e -> e.caseName().equals(caseName) && e.event().startsWith(eventStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError(caseName + " has no line " + eventStart));
  }
}
