package org.treatyflow.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.model.common.Request;
import org.treatyflow.serialization.Envelope;
import org.treatyflow.serialization.ExchangeFormat;
import org.treatyflow.serialization.RejectedDocumentException;
import org.treatyflow.workflow.CaseFile;

/**
 * What holds for every scenario of the catalog, whatever its story: it is found by its name, runs
 * the same every time, exchanges only complete documents that read back equal, moves forward in
 * time, keeps a checkpoint before every step it took, and writes one file per document and per
 * journal. Each scenario's own test checks its story.
 */
class EveryScenarioTest {
  static List<Scenario> scenarios() {
    return ScenarioCatalog.all();
  }

  @Test
  void theCatalogHasTheThreeScenariosUnderDistinctKebabCaseNames() {
    assertThat(scenarios())
        .extracting(Scenario::name)
        .containsExactly("virtual-currency-seizure", "platform-takedown", "fraud-follow-the-money")
        .allMatch(name -> name.matches("[a-z]+(-[a-z]+)*"));
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void theScenarioIsFoundByItsNameAndRunsTheSameEveryTime(Scenario scenario) {
    assertThat(ScenarioCatalog.named(scenario.name())).get().isInstanceOf(scenario.getClass());
    ScenarioRecord record = scenario.run();
    assertThat(record.name()).isEqualTo(scenario.name());
    assertThat(record.title()).isEqualTo(scenario.title());
    assertThat(scenario.run()).isEqualTo(record);
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyDocumentReadsBackEqualAndIsComplete(Scenario scenario) throws RejectedDocumentException {
    ExchangeFormat format = ExchangeFormat.standard();
    ScenarioRecord record = scenario.run();
    assertThat(record.documents()).isNotEmpty();
    for (ExchangedDocument document : record.documents()) {
      Envelope read = format.readEnvelope(format.write(document.envelope()));
      assertThat(read).as(document.fileName()).isEqualTo(document.envelope());
      assertThat(read.payload().completenessViolations()).as(document.fileName()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void everyRequestIsSentAsADocument(Scenario scenario) {
    ScenarioRecord record = scenario.run();
    for (CaseFile<?, ?, ?> caseFile : record.cases().values()) {
      if (caseFile.request() instanceof Request request) {
        assertThat(record.documents())
            .as("documents carrying %s", request.header().id())
            .anyMatch(d -> d.envelope().payload().equals(request));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void theTimelineRunsForwardInTime(Scenario scenario) {
    List<Instant> times = scenario.run().timeline().stream().map(TimelineEntry::at).toList();
    assertThat(times).isSorted();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void thereIsACheckpointBeforeEveryStepTaken(Scenario scenario) {
    ScenarioRecord record = scenario.run();
    int steps = record.cases().values().stream().mapToInt(c -> c.history().size()).sum();
    assertThat(record.checkpoints()).hasSize(steps);
    for (Checkpoint checkpoint : record.checkpoints()) {
      CaseFile<?, ?, ?> end = record.cases().get(checkpoint.caseName());
      assertThat(end.history().get((int) checkpoint.before().version()))
          .as("%s", checkpoint)
          .isEqualTo(checkpoint.taken());
      assertThat(checkpoint.environment().clock().instant()).isEqualTo(checkpoint.at());
    }
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void theOutputHasOneFilePerDocumentAndPerJournal(Scenario scenario, @TempDir Path directory)
      throws IOException {
    ScenarioRecord record = scenario.run();
    int written = ScenarioOutput.write(record, directory);
    assertThat(written).isEqualTo(record.documents().size() + record.journals().size());
    try (Stream<Path> files = Files.list(directory)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertThat(names).hasSize(written);
      assertThat(names.stream().filter(n -> n.endsWith(".jsonl"))).hasSize(record.cases().size());
      assertThat(names).contains(record.documents().get(0).fileName());
    }
  }
}
