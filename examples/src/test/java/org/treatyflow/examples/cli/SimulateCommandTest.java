package org.treatyflow.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  /** Runs {@code treatyflow simulate} with {@code args}. */
  private static CliRun run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "simulate";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(all);
  }

  @Test
  void twoRunsWithTheSameSeedPrintByteIdenticalJson() {
    CliRun first = run("--cases", "250", "--seed", "7", "--json", "--quiet");
    CliRun second = run("--cases", "250", "--seed", "7", "--json", "--quiet");
    assertThat(first.exitCode()).isZero();
    assertThat(second.exitCode()).isZero();
    assertThat(second.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(first.out().getBytes(StandardCharsets.UTF_8));
    assertThat(first.out()).startsWith("{").contains("\"seed\" : 7", "\"cases\" : 250", "\"financialInvestigation\" : \"parallel\"");
    assertThat(first.err()).as("--quiet").isEmpty();
  }

  @Test
  void anotherSeedPrintsAnotherReport() {
    assertThat(run("--cases", "250", "--seed", "8", "--json", "--quiet").out())
        .isNotEqualTo(run("--cases", "250", "--seed", "7", "--json", "--quiet").out());
  }

  @Test
  void withoutJsonTheCommandPrintsASummaryAndReportsProgressOnStandardError() {
    CliRun r = run("--cases", "100", "--financial", "after-cyber");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("treatyflow simulation: 100 cases, seed 1, financial investigation after the cyber investigation")
        .contains("time to preservation", "expired before the follow-up arrived", "dissipated before freezing")
        .contains("Refusals by ground", "Deadline breaches", "rejected: 0");
    assertThat(r.err()).contains("simulate: 10% (10 of 100 cases)").endsWith("simulate: 100% (100 of 100 cases)\n");
  }

  @Test
  void thePolicyIsReadInAnyCase() {
    CliRun r = run("--cases", "20", "--financial", "AFTER-CYBER", "--json", "--quiet");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"financialInvestigation\" : \"after-cyber\"");
  }

  @Test
  void badArgumentsExitWithTwoAndSayWhatIsWrong() {
    CliRun noCases = run("--cases", "0", "--quiet");
    assertThat(noCases.exitCode()).isEqualTo(2);
    assertThat(noCases.err()).contains("--cases must be at least 1, was 0").doesNotContain("Exception", "\tat ");
    assertThat(noCases.out()).isEmpty();

    CliRun sideways = run("--financial", "sideways", "--quiet");
    assertThat(sideways.exitCode()).isEqualTo(2);
    assertThat(sideways.err()).contains("'parallel' or 'after-cyber'").doesNotContain("\tat ");

    assertThat(run("--cases", "many").exitCode()).isEqualTo(2);
    assertThat(run("--seed", "one").exitCode()).isEqualTo(2);
    assertThat(run("--colour").exitCode()).isEqualTo(2);
  }

  @Test
  void helpExitsWithZero() {
    CliRun help = run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--cases", "--seed", "--financial", "--json", "--report", "--quiet");
  }

  @Test
  void theReportIsOneSelfContainedPage(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("report.html");
    CliRun r = run("--cases", "120", "--quiet", "--report", page.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("HTML report written to " + page);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).contains("<svg").doesNotContain("http://", "https://", "<script");
    assertThat(Files.list(dir)).as("one file").hasSize(1);
  }

  @Test
  void aReportThatCannotBeWrittenExitsWithTwoWithoutAStackTrace(@TempDir Path dir) {
    Path nowhere = dir.resolve("missing").resolve("report.html");
    CliRun r = run("--cases", "10", "--quiet", "--report", nowhere.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("could not write the report", "no such directory").doesNotContain("\tat ");
  }
}
