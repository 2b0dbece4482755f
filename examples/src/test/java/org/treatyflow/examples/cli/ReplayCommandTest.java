package org.treatyflow.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatyflow.model.preservation.PreservationRequest;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.TreatyPeriods;
import org.treatyflow.workflow.preservation.PreservationAction;
import org.treatyflow.workflow.preservation.PreservationDeadlines;
import org.treatyflow.workflow.preservation.PreservationStatus;
import org.treatyflow.workflow.preservation.PreservationWorkflow;

class ReplayCommandTest {
  @TempDir Path temp;

  @Test
  void anIntactJournalIsReplayedToWhereTheCaseStands() throws IOException {
    var preserved = Samples.preservedCase();
    Path file = Samples.writeLines(temp.resolve("case.jsonl"), Samples.journal(preserved));
    CliRun run = CliRun.run("replay", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    var last = preserved.lastEvent().orElseThrow();
    assertThat(run.out())
        .startsWith("Journal " + file + ": 4 lines, intact\n")
        .contains("Family:    EXPEDITED_PRESERVATION (BC 29)\n")
        .contains("Status:    PRESERVED, version 3\n")
        .contains("Last step: PRESERVE by AT (BC 29(3)) at " + last.at() + "\n")
        .contains("Allowed at " + CliRun.NOW + ":\n");
    assertThat(allowedIn(run.out()))
        .isEqualTo(allowed(preserved, CliRun.NOW))
        .contains("RECEIVE_FOLLOW_UP");
    assertThat(run.out()).containsPattern("  RECEIVE_FOLLOW_UP +BC 29\\(7\\)\n");
  }

  @Test
  void aPreservedCaseShowsTheEndOfPreservationAfterItsStatus() throws IOException {
    var preserved = Samples.preservedCase();
    Path file = Samples.writeLines(temp.resolve("case.jsonl"), Samples.journal(preserved));
    CliRun run = CliRun.run("replay", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // BC 29(7): counted by the family's own rule, under the tool's registry and default policy
    Instant end = PreservationDeadlines.expiry(preserved, environmentAt(CliRun.NOW)).orElseThrow();
    assertThat(end).isAfter(CliRun.NOW);
    assertThat(run.out())
        .contains(
            "Status:    PRESERVED, version 3\n"
                + "Deadlines:\n"
                + "  "
                + end
                + "  preservation ends           BC 29(7)\n"
                + "Last step: ");
    assertThat(deadlinesIn(run.out()))
        .as("one deadline, confirmed and not passed")
        .singleElement()
        .satisfies(line -> assertThat(line).doesNotContain("(unverified)").doesNotContain("(passed)"));
  }

  @Test
  void theEndOfPreservationIsMarkedPassedOnceTheToolsClockReachesIt() throws IOException {
    var preserved = Samples.preservedCase();
    Path file = Samples.writeLines(temp.resolve("case.jsonl"), Samples.journal(preserved));
    Instant end = PreservationDeadlines.expiry(preserved, environmentAt(CliRun.NOW)).orElseThrow();
    CliRun before =
        CliRun.run(new ByteArrayInputStream(new byte[0]), end.minusSeconds(1), "replay", file.toString());
    CliRun at = CliRun.run(new ByteArrayInputStream(new byte[0]), end, "replay", file.toString());
    assertThat(deadlinesIn(before.out())).singleElement().asString().doesNotContain("(passed)");
    assertThat(deadlinesIn(at.out()))
        .singleElement()
        .asString()
        .endsWith("  preservation ends           BC 29(7) (passed)");
  }

  @Test
  void whatIsAllowedDependsOnTheToolsClock() throws IOException {
    var preserved = Samples.preservedCase();
    Path file = Samples.writeLines(temp.resolve("case.jsonl"), Samples.journal(preserved));
    // BC 29(7): preserved for at least 60 days, so the preservation may expire only after them
    Instant withinPeriod = Samples.SENT.plus(Duration.ofDays(30));
    Instant afterPeriod = Samples.SENT.plus(Duration.ofDays(70));
    Set<String> within =
        allowedIn(
            CliRun.run(
                    new ByteArrayInputStream(new byte[0]), withinPeriod, "replay", file.toString())
                .out());
    Set<String> after =
        allowedIn(
            CliRun.run(
                    new ByteArrayInputStream(new byte[0]), afterPeriod, "replay", file.toString())
                .out());
    assertThat(within).doesNotContain("EXPIRE").isEqualTo(allowed(preserved, withinPeriod));
    assertThat(after).contains("EXPIRE").isEqualTo(allowed(preserved, afterPeriod));
  }

  @Test
  void aJournalWithOnlyItsOpeningHasNoLastStep() throws IOException {
    var opened = PreservationWorkflow.WORKFLOW.open(Samples.completeRequest());
    Path file = Samples.writeLines(temp.resolve("opened.jsonl"), Samples.journal(opened));
    CliRun run = CliRun.run("replay", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("1 line, intact")
        .contains("Status:    DRAFT, version 0\n")
        .contains("Deadlines: none open\n")
        .contains("Last step: none: the case was opened and no step taken\n")
        .containsPattern("  SUBMIT +BC 29\\(2\\)\n");
  }

  @Test
  void nothingIsAllowedInAClosedCase() throws IOException {
    // BC 29(7): the data preserved for 60 days, and the period over ten days later
    var expired =
        Samples.preservationCase(
            TreatyPeriods.DEFAULTS,
            List.of(
                PreservationAction.SUBMIT,
                PreservationAction.RECEIVE,
                PreservationAction.PRESERVE,
                PreservationAction.EXPIRE),
            Duration.ofDays(70));
    Path file = Samples.writeLines(temp.resolve("expired.jsonl"), Samples.journal(expired));
    CliRun run =
        CliRun.run(
            new ByteArrayInputStream(new byte[0]),
            Samples.SENT.plus(Duration.ofDays(365)),
            "replay",
            file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Status:    EXPIRED, version 4\nDeadlines: none open\nLast step: ")
        .contains("Last step: EXPIRE by AT (BC 29(7))")
        .endsWith(":\n  nothing: the case is closed\n");
    assertThat(deadlinesIn(run.out())).as("a closed case has no deadline running").isEmpty();
  }

  @Test
  void aJournalWithOneByteChangedIsBrokenAtThatLine() throws IOException {
    List<String> lines = new ArrayList<>(Samples.journal(Samples.preservedCase()));
    String third = lines.get(2);
    int at = third.indexOf("\"commandId\":\"receive-1\"") + "\"commandId\":\"receive-".length();
    lines.set(2, third.substring(0, at) + "2" + third.substring(at + 1));
    assertThat(lines.get(2)).as("one byte changed").hasSameSizeAs(third).isNotEqualTo(third);
    Path file = Samples.writeLines(temp.resolve("tampered.jsonl"), lines);
    CliRun run = CliRun.run("replay", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo("line 3: the line was changed after it was written (its hash does not match)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aJournalWithALineDeletedIsBrokenWhereTheLineIsMissing() throws IOException {
    List<String> lines = new ArrayList<>(Samples.journal(Samples.preservedCase()));
    lines.remove(1);
    Path file = Samples.writeLines(temp.resolve("cut.jsonl"), lines);
    CliRun run = CliRun.run("replay", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("line 2: ");
  }

  @Test
  void aJournalTheWorkflowDoesNotReplayNamesTheLineOfTheIllegalStep() throws IOException {
    Path file =
        Samples.writeLines(temp.resolve("early.jsonl"), Samples.journal(Samples.expiredTooEarly()));
    CliRun run = CliRun.run("replay", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("line 5: the workflow does not take the recorded step EXPIRE")
        .endsWith("\n");
    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void anEmptyFileIsABrokenJournal() throws IOException {
    Path file = Files.writeString(temp.resolve("empty.jsonl"), "", UTF_8);
    CliRun run = CliRun.run("replay", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("line 1: ");
  }

  @Test
  void aJournalWithWindowsLineEndingsIsReadTheSame() throws IOException {
    List<String> lines = Samples.journal(Samples.preservedCase());
    Path file =
        Files.writeString(temp.resolve("crlf.jsonl"), String.join("\r\n", lines) + "\r\n", UTF_8);
    assertThat(CliRun.run("replay", file.toString()).exitCode()).isZero();
  }

  @Test
  void aDashReadsTheJournalFromStandardInput() {
    String text = String.join("\n", Samples.journal(Samples.preservedCase())) + "\n";
    CliRun run =
        CliRun.run(new ByteArrayInputStream(text.getBytes(UTF_8)), CliRun.NOW, "replay", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Journal -: 4 lines, intact\n");
  }

  @Test
  void aMissingJournalExitsWith2NamingIt() {
    Path missing = temp.resolve("missing.jsonl");
    CliRun run = CliRun.run("replay", missing.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("treatyflow replay: cannot read " + missing + ": no such file or directory\n");
  }

  @Test
  void twoJournalsAreAUsageError() {
    CliRun run = CliRun.run("replay", "a.jsonl", "b.jsonl");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'b.jsonl'").contains("Usage: treatyflow replay");
  }

  /** The actions the output lists as allowed. */
  private static Set<String> allowedIn(String out) {
    List<String> lines = out.lines().collect(Collectors.toList());
    int heading =
        lines.indexOf(
            lines.stream().filter(l -> l.startsWith("Allowed at ")).findFirst().orElseThrow());
    Set<String> actions = new TreeSet<>();
    for (String line : lines.subList(heading + 1, lines.size())) {
      actions.add(line.trim().split(" +")[0]);
    }
    return actions;
  }

  /**
   * The lines listing deadlines, between the {@code Deadlines:} heading and the last step; empty
   * when the output says none is open.
   */
  private static List<String> deadlinesIn(String out) {
    List<String> lines = out.lines().collect(Collectors.toList());
    int heading = lines.indexOf("Deadlines:");
    if (heading < 0) {
      assertThat(lines).contains("Deadlines: none open");
      return List.of();
    }
    List<String> deadlines = new ArrayList<>();
    for (String line : lines.subList(heading + 1, lines.size())) {
      if (!line.startsWith("  ")) {
        break;
      }
      deadlines.add(line);
    }
    return deadlines;
  }

  /** The tool's environment at {@code now}: the bundled registry and the default policy. */
  private static Environment environmentAt(Instant now) {
    return new Environment(
        PartyRegistry.bundled(), Clock.fixed(now, ZoneOffset.UTC), DomesticPolicy.DEFAULTS);
  }

  /** The actions the workflow allows on {@code caseFile} at {@code now}, by name. */
  private static Set<String> allowed(
      CaseFile<PreservationRequest, PreservationStatus, PreservationAction> caseFile, Instant now) {
    Environment environment = environmentAt(now);
    Set<String> actions = new TreeSet<>();
    for (ActionExplanation<PreservationStatus, PreservationAction> answer :
        PreservationWorkflow.WORKFLOW.explain(caseFile, environment)) {
      if (answer.allowed()) {
        actions.add(answer.action().name());
      }
    }
    return actions;
  }
}
