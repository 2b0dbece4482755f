package org.treatyflow.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.treatyflow.examples.scenario.Scenario;
import org.treatyflow.examples.scenario.ScenarioCatalog;
import org.treatyflow.examples.scenario.ScenarioOutput;
import org.treatyflow.examples.scenario.ScenarioRecord;
import org.treatyflow.examples.scenario.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scenario list} and {@code scenario run NAME [--out DIR]}: the narrated scenarios. */
@Command(
    name = "scenario",
    description = "Lists or runs the narrated scenarios.",
    subcommands = {ScenarioCommand.ListScenarios.class, ScenarioCommand.RunScenario.class})
public final class ScenarioCommand {
  /** {@code scenario list}: each scenario's name and title. */
  @Command(name = "list", description = "Lists the scenarios.")
  static final class ListScenarios implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      for (Scenario scenario : ScenarioCatalog.all()) {
        out.printf("%-26s %s%n", scenario.name(), scenario.title());
      }
      out.flush();
      return TreatyflowCli.OK;
    }
  }

  /** {@code scenario run NAME [--out DIR]}: prints the timeline, writes documents and journals. */
  @Command(
      name = "run",
        description = "Runs a scenario and prints its timeline.")
  static final class RunScenario implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The scenario, as `scenario list` names it.")
    String name;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        description = "Writes every exchanged document (JSON) and every case journal (JSONL) there.")
    Path out;

    @Override
    public Integer call() {
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter stderr = spec.commandLine().getErr();
      Optional<Scenario> scenario = ScenarioCatalog.named(name);
      if (scenario.isEmpty()) {
        stderr.printf("No scenario named %s. Scenarios:%n", name);
        ScenarioCatalog.all().forEach(s -> stderr.printf("  %s%n", s.name()));
        stderr.flush();
        return TreatyflowCli.USAGE;
      }
      ScenarioRecord record = scenario.get().run();
      Timeline.print(record, stdout);
      if (out != null) {
        try {
          int files = ScenarioOutput.write(record, out);
          stdout.printf("Wrote %d files to %s%n", files, out);
        } catch (IOException e) {
          stderr.printf("Cannot write to %s: %s%n", out, e.getClass().getSimpleName());
          stderr.flush();
          return TreatyflowCli.USAGE;
        }
      }
      stdout.flush();
      return TreatyflowCli.OK;
    }
  }
}
