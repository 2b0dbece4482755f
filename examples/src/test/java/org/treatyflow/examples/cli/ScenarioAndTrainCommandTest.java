package org.treatyflow.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatyflow.examples.scenario.Checkpoint;
import org.treatyflow.examples.scenario.ScenarioCatalog;
import org.treatyflow.examples.scenario.ScenarioRecord;
import org.treatyflow.serialization.ExchangeFormat;
import org.treatyflow.serialization.RejectedDocumentException;

class ScenarioAndTrainCommandTest {
  private static final String SCENARIO = "virtual-currency-seizure";

  @Test
  void listNamesEveryScenario() {
    CliRun run = CliRun.run("scenario", "list");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("virtual-currency-seizure", "platform-takedown", "fraud-follow-the-money");
  }

  @Test
  void runPrintsTheTimelineWithItsArticles() {
    CliRun run = CliRun.run("scenario", "run", SCENARIO);
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith(SCENARIO + ": ").contains("BC 29", "BC 31", "WC 21", "WC 25", "REFUSED");
  }

  @Test
  void runWritesEveryDocumentAndJournal(@TempDir Path dir) throws IOException, RejectedDocumentException {
    ScenarioRecord record = ScenarioCatalog.named(SCENARIO).orElseThrow().run();
    CliRun run = CliRun.run("scenario", "run", SCENARIO, "--out", dir.toString());
    assertThat(run.exitCode()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(record.documents().size() + record.journals().size());
    }
    Path first = dir.resolve(record.documents().get(0).fileName());
    assertThat(ExchangeFormat.standard().readEnvelope(Files.readAllBytes(first)))
        .isEqualTo(record.documents().get(0).envelope());
    CliRun validate = CliRun.run("validate", first.toString());
    assertThat(validate.exitCode()).as(validate.out()).isZero();
  }

  @Test
  void anUnknownScenarioIsAUsageError() {
    for (String[] args : new String[][] {{"scenario", "run", "nope"}, {"train", "nope"}}) {
      CliRun run = CliRun.run(args);
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("No scenario named nope", SCENARIO);
    }
  }

  @Test
  void aTraineeWhoFollowsTheCaseScoresFull() {
    ScenarioRecord record = ScenarioCatalog.named(SCENARIO).orElseThrow().run();
    StringBuilder answers = new StringBuilder();
    for (Checkpoint checkpoint : record.checkpoints()) {
      answers.append(checkpoint.taken().action().name()).append('\n');
    }
    CliRun run = train(answers.toString());
    int steps = record.checkpoints().size();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Score: " + steps + " of " + steps + " steps").doesNotContain("not allowed");
  }

  @Test
  void aForbiddenChoiceIsExplainedWithItsArticleAndScoresNothing() {
    ScenarioRecord record = ScenarioCatalog.named(SCENARIO).orElseThrow().run();
    Checkpoint first = record.checkpoints().get(0);
    // the first step of a preservation is its submission: preserving the data then is not allowed
    CliRun run = train("PRESERVE\n");
    assertThat(first.taken().action().name()).isEqualTo("SUBMIT");
    assertThat(run.out())
        .contains("PRESERVE was not allowed then:")
        .containsPattern("    BC [0-9]+\\S*: ")
        .contains("What happened: " + first.taken().action())
        .contains("Score: 0 of 1 steps");
  }

  @Test
  void aChoiceAllowedThenButNotTakenIsSaidSo() {
    ScenarioRecord record = ScenarioCatalog.named(SCENARIO).orElseThrow().run();
    // from DRAFT the requesting Party may submit or withdraw: it submitted
    CliRun run = train("WITHDRAW\n");
    assertThat(record.checkpoints().get(0).taken().action().name()).isEqualTo("SUBMIT");
    assertThat(run.out()).contains("WITHDRAW was allowed then (BC 29(1)), but the case took SUBMIT.");
  }

  @Test
  void theSessionEndsAtTheEndOfInput() {
    CliRun run = train("");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Score: 0 of 0 steps");
  }

  private static CliRun train(String answers) {
    return CliRun.run(new ByteArrayInputStream(answers.getBytes(UTF_8)), CliRun.NOW, "train", SCENARIO);
  }
}
