package org.treatyflow.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatyflow.examples.simulation.FinancialInvestigation;
import org.treatyflow.examples.simulation.HtmlReport;
import org.treatyflow.examples.simulation.ProgressListener;
import org.treatyflow.examples.simulation.Simulation;
import org.treatyflow.examples.simulation.SimulationConfig;
import org.treatyflow.examples.simulation.SimulationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code simulate}: runs the training simulation ({@link Simulation}) and prints its report, as a
 * plain-text summary or as JSON, and optionally writes one self-contained HTML page of it.
 *
 * <p>Exit codes: 0 when the report was produced; 2 when the HTML page could not be written, and for
 * invalid arguments ({@code --cases 0}, {@code --financial sideways}, ...). Progress goes to the
 * standard error at every tenth of the cases unless {@code --quiet}.
 */
@Command(
    name = "simulate",
    description = {
      "Simulates many cases flowing between Parties through the treatyflow workflows:",
      "expedited preservation (BC 29) and its follow-up (BC 31), and the financial track of",
      "bank account information (WC 17), freezing (WC 21), confiscation (WC 23) and return or",
      "sharing (WC 25). The same seed gives the same report."
    })
public class SimulateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  private int cases = SimulationConfig.DEFAULT_CASES;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--financial",
      paramLabel = "POLICY",
      defaultValue = "parallel",
      converter = PolicyConverter.class,
      description = "When the financial investigation starts: parallel or after-cyber (default: ${DEFAULT-VALUE}).")
  private FinancialInvestigation financial;

  @Option(names = "--json", description = "Print the report as JSON instead of a text summary.")
  private boolean json;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report as one self-contained HTML page.")
  private Path report;

  @Option(names = "--quiet", description = "Print no progress on the standard error.")
  private boolean quiet;

  /** A command with the default options. */
  public SimulateCommand() {}

  @Option(
      names = "--cases",
      paramLabel = "N",
      description = "Number of cases, at least 1 (default: " + SimulationConfig.DEFAULT_CASES + ").")
  void cases(int cases) {
    if (cases < 1) {
      throw new ParameterException(spec.commandLine(), "--cases must be at least 1, was " + cases);
    }
    this.cases = cases;
  }

  /** Runs the simulation and prints its report; the exit code. */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SimulationConfig config =
        SimulationConfig.defaults().withCases(cases).withSeed(seed).withFinancialInvestigation(financial);
    ProgressListener progress =
        quiet
            ? ProgressListener.NONE
            : (finished, total) -> {
              err.printf(Locale.ROOT, "simulate: %d%% (%d of %d cases)%n", finished * 100L / total, finished, total);
              err.flush();
            };
    SimulationReport result = Simulation.run(config, progress);
    if (report != null) {
      try {
        Files.writeString(report, HtmlReport.render(result), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.printf(Locale.ROOT, "simulate: could not write the report to %s (%s)%n", report, reason(e));
        err.flush();
        return TreatyflowCli.USAGE;
      }
    }
    out.print(json ? result.toJson() : result.toText());
    if (report != null && !json) {
      out.printf(Locale.ROOT, "%nHTML report written to %s%n", report);
    }
    out.flush();
    return TreatyflowCli.OK;
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof AccessDeniedException) {
      return "access denied";
    }
    return "input/output error";
  }

  /** Reads {@code parallel} or {@code after-cyber}, in any case. */
  static final class PolicyConverter implements ITypeConverter<FinancialInvestigation> {
    @Override
    public FinancialInvestigation convert(String value) {
      try {
        return FinancialInvestigation.fromOption(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
