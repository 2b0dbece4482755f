package org.treatyflow.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TreatyflowCliTest {

  @Test
  void versionPrintsTheNameAndVersionOfTheTool() {
    for (String option : new String[] {"--version", "-V"}) {
      CliRun run = CliRun.run(option);
      assertThat(run.exitCode()).as("exit code of %s", option).isZero();
      assertThat(run.out()).as("output of %s", option).isEqualTo("treatyflow 0.1.0\n");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CliRun run = CliRun.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Usage: treatyflow [-hV] [COMMAND]")
        .contains("  validate ", "  replay ", "  schema ", "  diagram ", "  scenario ", "  train ", "  simulate ")
        .contains("Exit codes:", "  2   a usage error");
  }

  @Test
  void everyCommandHasHelpAndVersion() {
    CommandLine commandLine = commandLine(new StringWriter(), new StringWriter());
    assertThat(commandLine.getSubcommands())
        .containsKeys("validate", "replay", "schema", "diagram", "scenario", "train", "simulate");
    for (String name : commandLine.getSubcommands().keySet()) {
      for (String option : new String[] {"--help", "-h"}) {
        CliRun help = CliRun.run(name, option);
        assertThat(help.exitCode()).as("exit code of %s %s", name, option).isZero();
        assertThat(help.out())
            .as("%s %s", name, option)
            .startsWith("Usage: treatyflow " + name + " [-hV]");
        assertThat(help.err()).isEmpty();
      }
      CliRun version = CliRun.run(name, "--version");
      assertThat(version.exitCode()).isZero();
      assertThat(version.out()).as("%s --version", name).isEqualTo("treatyflow 0.1.0\n");
    }
  }

  @Test
  void withoutACommandTheUsageGoesToStandardErrorWithExitCode2() {
    CliRun run = CliRun.run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("treatyflow: Missing a command\n")
        .contains("Usage: treatyflow");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithItsMessageAndTheUsage() {
    CliRun run = CliRun.run("--strict");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("treatyflow: Unknown option: '--strict'\n")
        .contains("Usage: treatyflow [-hV] [COMMAND]");
    assertThat(run.showsAStackTrace()).isFalse();
  }

  @Test
  void anUnknownOptionOfACommandShowsThatCommandsUsage() {
    CliRun run = CliRun.run("validate", "--strict", "file.json");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("treatyflow validate: Unknown option: '--strict'\n")
        .contains("Usage: treatyflow validate [-hV] FILE...");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun run = CliRun.run("simulat");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("'simulat'").contains("Usage: treatyflow [-hV] [COMMAND]");
  }

  @Test
  void aCloseMisspellingOfACommandIsAnsweredWithASuggestion() {
    CliRun run = CliRun.run("validat");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'validat'").contains("validate");
  }

  @Test
  void anInternalErrorIsOneLineWithExitCode3AndNoStackTrace() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = commandLine(out, err);
    commandLine.addSubcommand("fail", new Failing());
    int exitCode = commandLine.execute("fail");
    assertThat(exitCode).isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo(
            "treatyflow fail: internal error: IllegalStateException: a fault of the command\n");
    assertThat(out.toString()).isEmpty();
  }

  private static CommandLine commandLine(StringWriter out, StringWriter err) {
    return TreatyflowCli.commandLine(
        new ByteArrayInputStream(new byte[0]),
        Clock.systemUTC(),
        new PrintWriter(out, true),
        new PrintWriter(err, true));
  }

  /** A command that fails as a bug would. */
  @CommandLine.Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a fault of the command");
    }
  }
}
