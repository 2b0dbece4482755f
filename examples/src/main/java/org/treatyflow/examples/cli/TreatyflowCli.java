package org.treatyflow.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command {@code treatyflow}: the top of the command-line tool, whose subcommands check
 * exchange documents ({@code validate}), replay case journals ({@code replay}), write the published
 * schemas ({@code schema}) and draw a family's lifecycle ({@code diagram}).
 *
 * <p>Every subcommand is listed once, in the {@code subcommands} of this class's {@link Command}
 * annotation; adding one is adding its class there. Each inherits {@code --help}/{@code -h} and
 * {@code --version}/{@code -V}. A subcommand reads the clock and standard input from this command
 * ({@link #clock()}, {@link #standardInput()}) through a {@code @ParentCommand} field, so that
 * tests can fix both, and returns one of the exit codes below.
 *
 * <p>Exit codes: {@value #OK} when the command did what was asked and found nothing wrong; {@value
 * #FOUND_WANTING} when a document was rejected or incomplete, or a journal broken or not
 * replayable; {@value #USAGE} for a usage error (unknown option or subcommand, missing or invalid
 * argument, printed with the usage) or a file that could not be read or written; {@value
 * #INTERNAL_ERROR} for an internal error, reported in one line, never as a stack trace.
 */
@Command(
    name = "treatyflow",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    version = TreatyflowCli.VERSION,
    description =
        "Checks exchange documents and case journals of treatyflow (Budapest Convention, its Second"
            + " Additional Protocol, Warsaw Convention), writes the format's schemas and draws the"
            + " lifecycle of each request family.",
    subcommands = {
      ValidateCommand.class,
      ReplayCommand.class,
      SchemaCommand.class,
      DiagramCommand.class,
      ScenarioCommand.class,
      TrainCommand.class,
      SimulateCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done, and nothing found wrong",
      "1:a document rejected or incomplete, or a journal broken or not replayable",
      "2:a usage error, or a file that could not be read or written",
      "3:an internal error of treatyflow (please report it)"
    })
public final class TreatyflowCli implements Callable<Integer> {
  /** What {@code --version} prints. */
  static final String VERSION = "treatyflow 0.1.0";

  /** Exit code: done, and nothing found wrong. */
  static final int OK = 0;

  /** Exit code: a document rejected or incomplete, or a journal broken or not replayable. */
  static final int FOUND_WANTING = 1;

  /** Exit code: a usage error, or a file that could not be read or written. */
  static final int USAGE = 2;

  /** Exit code: an internal error (a fault of treatyflow, not of the input). */
  static final int INTERNAL_ERROR = 3;

  private final InputStream standardInput;
  private final Clock clock;

  @Spec private CommandSpec spec;

  private TreatyflowCli(InputStream standardInput, Clock clock) {
    this.standardInput = standardInput;
    this.clock = clock;
  }

  /** Runs the tool with {@code args} and exits the process with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the tool with {@code args}, reading standard input and the system clock in UTC, writing to
   * {@code out} and {@code err} (both flushed on return), and gives the exit code.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(System.in, Clock.systemUTC(), out, err, args);
  }

  /** Runs the tool with a given standard input and clock; for tests. */
  static int run(InputStream in, Clock clock, PrintWriter out, PrintWriter err, String... args) {
    try {
      return commandLine(in, clock, out, err).execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The tool's command line, with its handlers: a usage error prints its message and the usage of
   * the command it concerns on {@code err} and gives {@value #USAGE}; any exception a command lets
   * out prints one line on {@code err} and gives {@value #INTERNAL_ERROR}.
   */
  static CommandLine commandLine(InputStream in, Clock clock, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new TreatyflowCli(in, clock));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler((exception, args) -> usageError(exception, err));
    commandLine.setExecutionExceptionHandler(
        (exception, failed, parseResult) -> internalError(exception, failed, err));
    return commandLine;
  }

  /**
   * Reports what a command let out in one line: the exception's type and message (the library's
   * exceptions never quote a document's values).
   */
  private static int internalError(Exception exception, CommandLine failed, PrintWriter err) {
    String message = exception.getMessage();
    err.println(
        failed.getCommandSpec().qualifiedName()
            + ": internal error: "
            + exception.getClass().getSimpleName()
            + (message == null ? "" : ": " + message));
    return INTERNAL_ERROR;
  }

  private static int usageError(ParameterException exception, PrintWriter err) {
    CommandLine failed = exception.getCommandLine();
    err.println(failed.getCommandSpec().qualifiedName() + ": " + exception.getMessage());
    UnmatchedArgumentException.printSuggestions(exception, err);
    failed.usage(err);
    return USAGE;
  }

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing a command");
  }

  /** The clock that says what "now" is, such as when the actions allowed now are computed. */
  Clock clock() {
    return clock;
  }

  /** What a file named {@code -} reads. */
  InputStream standardInput() {
    return standardInput;
  }

  /**
   * The bytes of the file the user named {@code name} ({@code -} for standard input), at most
   * {@code maxBytes} + 1 of them so that a larger file can be told apart; or empty, after saying on
   * the command's standard error why it cannot be read.
   */
  Optional<byte[]> read(CommandSpec command, String name, int maxBytes) {
    if (name.equals("-")) {
      try {
        return Optional.of(standardInput.readNBytes(maxBytes + 1));
      } catch (IOException e) {
        cannot(command, "read", "standard input", e);
        return Optional.empty();
      }
    }
    try (InputStream in = Files.newInputStream(Path.of(name))) {
      return Optional.of(in.readNBytes(maxBytes + 1));
    } catch (IOException e) {
      cannot(command, "read", name, e);
      return Optional.empty();
    } catch (InvalidPathException e) {
      command
          .commandLine()
          .getErr()
          .println(command.qualifiedName() + ": cannot read " + name + ": not a valid file name");
      return Optional.empty();
    }
  }

  /**
   * Says on the command's standard error that {@code what} could not be read or written, and why.
   */
  static void cannot(CommandSpec command, String verb, String what, IOException e) {
    command
        .commandLine()
        .getErr()
        .println(command.qualifiedName() + ": cannot " + verb + " " + what + ": " + reason(e));
  }

  /** Why an operation on a file failed, in words; never null. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    } else if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
