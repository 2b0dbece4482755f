package org.treatyflow.serialization.journal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.assistance.MutualAssistanceRequest;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.testkit.AssistanceArbitraries;
import org.treatyflow.testkit.PersonArbitraries;
import org.treatyflow.testkit.PreservationArbitraries;
import org.treatyflow.testkit.workflow.PreservationSteps;
import org.treatyflow.testkit.workflow.StepMakers;
import org.treatyflow.testkit.workflow.TransitionCoverage;
import org.treatyflow.testkit.workflow.WorkflowChains;
import org.treatyflow.testkit.workflow.WorkflowRun;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.assistance.AssistanceAction;
import org.treatyflow.workflow.assistance.AssistanceStatus;
import org.treatyflow.workflow.assistance.MutualAssistanceWorkflow;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationStatus;
import org.treatyflow.workflow.preservation.PreservationWorkflow;

/**
 * The case journal over cases of expedited preservation (BC 29) run by the testkit: it verifies,
 * replays to the very same case, survives erasure of personal data, and every single-byte change,
 * deletion, duplication, insertion or swap of lines is found.
 */
class CaseJournalProperties {
  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final CaseJournal JOURNAL = CaseJournal.withSalts(new Random(20261128));

  private WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction> run;

  @BeforeTry
  void forget() {
    run = null;
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>>> runs() {
    return WorkflowChains.chains(
        PreservationWorkflow.WORKFLOW,
        PreservationArbitraries.preservationRequests(),
        START,
        clock -> new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS),
        PreservationSteps.maker(),
        TransitionCoverage.of(PreservationWorkflow.WORKFLOW),
        12);
  }

  private List<String> journalOf(
      ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>> chain) {
    run = chain.run();
    return JOURNAL.write(run.caseFile());
  }

  @Provide
  Arbitrary<ActionChain<WorkflowRun<MutualAssistanceRequest, AssistanceStatus, AssistanceAction>>> assistanceRuns() {
    return WorkflowChains.chains(
        MutualAssistanceWorkflow.WORKFLOW,
        AssistanceArbitraries.mutualAssistanceRequests(),
        START,
        clock -> new Environment(PartyRegistry.bundled(), clock, DomesticPolicy.DEFAULTS),
        StepMakers.assistance(MutualAssistanceWorkflow.PROFILE),
        TransitionCoverage.of(MutualAssistanceWorkflow.WORKFLOW),
        20);
  }

  /** Mutual assistance (BC 25, 27): replies with grounds, conditions and personal data in them. */
  @Property(tries = 60)
  void aMutualAssistanceJournalReplaysAndSurvivesErasure(
      @ForAll("assistanceRuns")
          ActionChain<WorkflowRun<MutualAssistanceRequest, AssistanceStatus, AssistanceAction>> chain) {
    WorkflowRun<MutualAssistanceRequest, AssistanceStatus, AssistanceAction> end = chain.run();
    List<String> journal = JOURNAL.write(end.caseFile());
    Statistics.label("lines").collect(journal.size() < 3 ? "1-2" : journal.size() < 8 ? "3-7" : "8+");
    Statistics.label("replies")
        .collect(end.caseFile().history().stream().anyMatch(e -> e.reply().isPresent()));

    JournalReplay replay = CaseJournal.replay(journal, end.environment());
    assertThat(replay.caseFile()).as("%s", replay).hasValue(end.caseFile());
    JournalAnchor anchor = CaseJournal.verify(journal).anchor();
    assertThat(CaseJournal.verify(CaseJournal.erasePersonalData(journal), anchor).isIntact()).isTrue();
  }

  @Property(tries = 60)
  void aJournalVerifiesAndReplaysToTheSameCase(
      @ForAll("runs") ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>> chain) {
    List<String> journal = journalOf(chain);
    CaseFile<?, ?, ?> original = run.caseFile();

    Statistics.label("lines").collect(journal.size() < 3 ? "1-2" : journal.size() < 6 ? "3-5" : "6+");
    JournalVerification verification = CaseJournal.verify(journal);
    assertThat(verification.isIntact()).as("%s", verification).isTrue();
    assertThat(journal).hasSize(original.history().size() + 1);
    assertThat(CaseJournal.verify(journal, verification.anchor()).isIntact()).isTrue();

    JournalReplay replay = CaseJournal.replay(journal, run.environment());
    assertThat(replay.isReplayed()).as("%s", replay).isTrue();
    assertThat(replay.caseFile().orElseThrow()).isEqualTo(original);
    assertThat(replay.caseFile().orElseThrow().status()).isEqualTo(original.status());
    assertThat(replay.caseFile().orElseThrow().version()).isEqualTo(original.version());
  }

  @Property(tries = 40)
  void everySingleByteChangeIsFound(
      @ForAll("runs") ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>> chain,
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int where,
      @ForAll @IntRange(min = 1, max = 255) int delta) {
    List<String> journal = journalOf(chain);
    int lineIndex = where % journal.size();
    byte[] bytes = journal.get(lineIndex).getBytes(UTF_8);
    int position = (where / journal.size()) % bytes.length;
    bytes[position] = (byte) (bytes[position] + delta);
    List<String> tampered = new ArrayList<>(journal);
    tampered.set(lineIndex, new String(bytes, UTF_8));

    JournalVerification verification = CaseJournal.verify(tampered);
    assertThat(verification.isIntact()).as("byte %s of line %s changed", position, lineIndex + 1).isFalse();
    assertThat(verification.firstBadLine().getAsInt()).isEqualTo(lineIndex + 1);
  }

  /** Every byte of every line of a few journals, each changed in two ways. */
  @Property(tries = 3)
  void everyByteOfAJournalIsCovered(
      @ForAll("runs") ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>> chain) {
    List<String> journal = journalOf(chain);
    int checked = 0;
    for (int lineIndex = 0; lineIndex < journal.size(); lineIndex++) {
      byte[] original = journal.get(lineIndex).getBytes(UTF_8);
      for (int position = 0; position < original.length; position++) {
        for (int change : new int[] {1, 0x20}) {
          byte[] bytes = original.clone();
          bytes[position] = (byte) (change == 1 ? bytes[position] + 1 : bytes[position] ^ 0x20);
          List<String> tampered = new ArrayList<>(journal);
          tampered.set(lineIndex, new String(bytes, UTF_8));
          assertThat(CaseJournal.verify(tampered).firstBadLine())
              .as("byte %s of line %s changed", position, lineIndex + 1)
              .hasValue(lineIndex + 1);
          checked++;
        }
      }
    }
    Statistics.label("changes checked").collect(checked > 10_000 ? "over 10000" : "up to 10000");
  }

  @Property(tries = 40)
  void everyDeletionDuplicationInsertionOrSwapIsFound(
      @ForAll("runs") ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>> chain,
      @ForAll @IntRange(min = 0, max = 1000) int first,
      @ForAll @IntRange(min = 0, max = 1000) int second) {
    List<String> journal = journalOf(chain);
    JournalAnchor anchor = CaseJournal.verify(journal).anchor();
    int i = first % journal.size();
    int j = second % journal.size();

    List<String> deleted = new ArrayList<>(journal);
    deleted.remove(i);
    assertThat(CaseJournal.verify(deleted, anchor).isIntact()).as("line %s deleted", i + 1).isFalse();
    if (i < journal.size() - 1) {
      assertThat(CaseJournal.verify(deleted).firstBadLine().getAsInt()).isEqualTo(i + 1);
    }

    List<String> duplicated = new ArrayList<>(journal);
    duplicated.add(i, journal.get(i));
    assertThat(CaseJournal.verify(duplicated).firstBadLine().getAsInt()).isEqualTo(i + 2);

    List<String> inserted = new ArrayList<>(journal);
    inserted.add(j, JOURNAL.opening(run.caseFile().request()));
    assertThat(CaseJournal.verify(inserted, anchor).isIntact()).as("a line inserted at %s", j + 1).isFalse();

    if (i != j) {
      List<String> swapped = new ArrayList<>(journal);
      swapped.set(i, journal.get(j));
      swapped.set(j, journal.get(i));
      assertThat(CaseJournal.verify(swapped).firstBadLine().getAsInt()).isEqualTo(Math.min(i, j) + 1);
    }
  }

  /**
   * The line rebuilt from its sealed form as the class comment specifies it, independently of the
   * implementation: SHA-256 of the canonical bytes of the line without its hash.
   */
  private static String withOwnHash(String erasedLine) {
    String withoutHash = erasedLine.replaceFirst(",\"hash\":\"[0-9a-f]{64}\"", "");
    String hash = Hashing.sha256().hashString(withoutHash, UTF_8).toString();
    return withoutHash.replaceFirst(",\"line\":", ",\"hash\":\"" + hash + "\",\"line\":");
  }

  @Property(tries = 40)
  void erasingPersonalDataKeepsTheChainAndRemovesTheData(
      @ForAll("runs") ActionChain<WorkflowRun<PreservationRequest, PreservationStatus, PreservationAction>> chain) {
    List<String> journal = journalOf(chain);
    JournalAnchor anchor = CaseJournal.verify(journal).anchor();

    List<String> erased = CaseJournal.erasePersonalData(journal);

    assertThat(CaseJournal.verify(erased, anchor).isIntact()).isTrue();
    assertThat(String.join("\n", journal)).contains(PersonArbitraries.MARKER);
    assertThat(String.join("\n", erased)).doesNotContain(PersonArbitraries.MARKER).doesNotContain("\"salt\"");
    assertThat(CaseJournal.erasePersonalData(erased)).as("erasing twice changes nothing").isEqualTo(erased);
    for (String line : erased) {
      assertThat(line).as("an erased line is its sealed form and its hash").isEqualTo(withOwnHash(line));
    }
    JournalReplay replay = CaseJournal.replay(erased, run.environment());
    assertThat(replay.isReplayed()).isFalse();
    assertThat(replay.failedLine().getAsInt()).isEqualTo(1);
  }
}
