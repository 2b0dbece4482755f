package org.treatyflow.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;
import org.treatyflow.serialization.ExchangeFormat;
import org.treatyflow.serialization.codec.Problems;
import org.treatyflow.testkit.Incomplete;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.ModelArbitraries;

class ValidateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void aCompleteRequestIsOkWithItsTypeAndFamily() throws IOException {
    Path file = Samples.writeEnvelope(temp.resolve("request.json"), Samples.completeRequest());
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo("OK " + file + ": preservation-request EXPEDITED_PRESERVATION\n");
    assertThat(run.err()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void aGeneratedActOfEveryFamilyIsOkWithTheTypeNameItIsWrittenWith(RequestFamily family)
      throws IOException {
    CooperationAct act = ModelArbitraries.actsOf(family).sample();
    Path file = Samples.writeEnvelope(temp.resolve("act.json"), act);
    String typeName = JSON.readTree(file.toFile()).get("payload").get("type").asText();
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).isEqualTo("OK " + file + ": " + typeName + " " + family + "\n");
  }

  @Test
  void aDraftIsIncompleteAndEveryMissingItemIsNamedWithItsArticle() throws IOException {
    Path file = Samples.writeEnvelope(temp.resolve("draft.json"), Samples.draftRequest());
    List<Violation> violations = Samples.draftRequest().completenessViolations();
    assertThat(violations).hasSizeGreaterThan(1);
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines())
        .hasSize(violations.size())
        .allSatisfy(line -> assertThat(line).startsWith(file + ": "));
    for (Violation v : violations) {
      assertThat(run.out())
          .contains(
              file + ": " + v.field() + " " + v.citation() + ": " + v.message().english() + "\n");
    }
    assertThat(run.out()).contains("BC 29(2)(b)").doesNotContain("OK ");
  }

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void anActMissingOneItemIsReportedWithTheFieldArticleAndMessageOfThatItem(RequestFamily family)
      throws IOException {
    Incomplete<? extends CooperationAct> incomplete =
        IncompleteArbitraries.incompleteActsOf(family).sample();
    Path file = Samples.writeEnvelope(temp.resolve("incomplete.json"), incomplete.act());
    Violation only = incomplete.act().completenessViolations().get(0);
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    String field = incomplete.field().isEmpty() ? "" : incomplete.field() + " ";
    assertThat(run.out())
        .isEqualTo(
            file + ": " + field + incomplete.citation() + ": " + only.message().english() + "\n");
  }

  @Test
  void aTruncatedDocumentIsRejectedWithWhereAndWhatWasExpected() throws IOException {
    String json =
        ExchangeFormat.standard().writeIndented(Samples.envelope(Samples.completeRequest()));
    Path file =
        Files.writeString(
            temp.resolve("truncated.json"), json.substring(0, json.length() / 2), UTF_8);
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith(file + ": /").contains(": expected more input").endsWith("\n");
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aWrongValueIsRejectedAtItsPointerWithoutQuotingIt() throws IOException {
    ObjectNode envelope = tree(Samples.envelope(Samples.completeRequest()));
    // broken: a Party must be an ISO 3166-1 alpha-2 code
    ((ObjectNode) envelope.get("payload").get("header")).put("requestedParty", "Austria");
    Path file = Files.writeString(temp.resolve("wrong.json"), envelope.toString(), UTF_8);
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .startsWith(file + ": /payload/header/requestedParty: expected ")
        .doesNotContain("Austria");
  }

  @Test
  void aFileThatIsNotJsonIsRejectedAsAWhole() throws IOException {
    Path file = Files.write(temp.resolve("binary.json"), new byte[] {(byte) 0xC3, (byte) 0x28});
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .isEqualTo(file + ": (document): expected UTF-8 text (the bytes are not UTF-8)\n");
  }

  @Test
  void beyondTheProblemsListedTheRestAreCounted() throws IOException {
    ObjectNode envelope = tree(Samples.envelope(Samples.completeRequest()));
    ObjectNode payload = (ObjectNode) envelope.get("payload");
    int unknown = Problems.MOST_REPORTED + 7;
    // broken: members the format does not have, each a problem
    for (int i = 0; i < unknown; i++) {
      payload.put("extra" + i, i);
    }
    Path file = Files.writeString(temp.resolve("noisy.json"), envelope.toString(), UTF_8);
    CliRun run = CliRun.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(Problems.MOST_REPORTED + 1);
    assertThat(lines.get(lines.size() - 1))
        .matches(java.util.regex.Pattern.quote(file + ": and ") + "\\d+ more problems");
  }

  @Test
  void aMissingFileExitsWith2NamingItWithoutAStackTrace() {
    Path missing = temp.resolve("missing.json");
    CliRun run = CliRun.run("validate", missing.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("treatyflow validate: cannot read " + missing + ": no such file or directory\n");
    assertThat(run.showsAStackTrace()).isFalse();
  }

  @Test
  void aDirectoryIsNotAReadableFile() {
    CliRun run = CliRun.run("validate", temp.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("treatyflow validate: cannot read " + temp + ": ");
    assertThat(run.showsAStackTrace()).isFalse();
  }

  @Test
  void everyFileIsCheckedAndTheWorstOutcomeGivesTheExitCode() throws IOException {
    Path complete = Samples.writeEnvelope(temp.resolve("complete.json"), Samples.completeRequest());
    Path draft = Samples.writeEnvelope(temp.resolve("draft.json"), Samples.draftRequest());
    Path missing = temp.resolve("missing.json");

    CliRun someIncomplete = CliRun.run("validate", complete.toString(), draft.toString());
    assertThat(someIncomplete.exitCode()).isEqualTo(1);
    assertThat(someIncomplete.out()).startsWith("OK " + complete + ": ").contains(draft + ": ");

    CliRun oneMissing =
        CliRun.run("validate", missing.toString(), complete.toString(), draft.toString());
    assertThat(oneMissing.exitCode()).isEqualTo(2);
    assertThat(oneMissing.out()).startsWith("OK " + complete + ": ").contains(draft + ": ");
    assertThat(oneMissing.err()).contains(missing.toString());

    CliRun allComplete = CliRun.run("validate", complete.toString(), complete.toString());
    assertThat(allComplete.exitCode()).isZero();
    assertThat(allComplete.out().lines()).hasSize(2);
  }

  @Test
  void aDashReadsStandardInput() {
    byte[] document = ExchangeFormat.standard().write(Samples.envelope(Samples.completeRequest()));
    CliRun run = CliRun.run(new ByteArrayInputStream(document), CliRun.NOW, "validate", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("OK -: preservation-request EXPEDITED_PRESERVATION\n");
  }

  @Test
  void withoutAFileTheCommandIsAUsageError() {
    CliRun run = CliRun.run("validate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("treatyflow validate: Missing required parameter: 'FILE'\n")
        .contains("Usage: treatyflow validate [-hV] FILE...");
  }

  private static ObjectNode tree(Object value) throws IOException {
    JsonNode tree = JSON.readTree(ExchangeFormat.standard().write(value));
    return (ObjectNode) tree;
  }
}
