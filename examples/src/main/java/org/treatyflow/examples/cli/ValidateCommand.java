package org.treatyflow.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;
import org.treatyflow.serialization.Envelope;
import org.treatyflow.serialization.ExchangeFormat;
import org.treatyflow.serialization.ExchangeTypes;
import org.treatyflow.serialization.RejectedDocumentException;
import org.treatyflow.serialization.codec.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The command {@code treatyflow validate FILE...}: reads each file as an envelope of the exchange
 * format and says whether it is readable and its payload legally complete.
 *
 * <p>For each file it prints one of: {@code OK <file>: <payload type> <family>}; each reason the
 * format rejects it, as {@code <file>: <JSON Pointer>: expected <what>}; or each item of content
 * the treaty requires that is missing, as {@code <file>: <field> <citation>: <message>}. No value
 * of a document is ever printed: documents hold personal data.
 */
@Command(
    name = "validate",
    description =
        "Reads each FILE as an envelope of the exchange format and checks that its payload is"
            + " complete: every item of content the treaty requires, with its article.")
final class ValidateCommand implements Callable<Integer> {
  private static final ExchangeFormat FORMAT = ExchangeFormat.standard();

  @ParentCommand private TreatyflowCli cli;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "An envelope in JSON (UTF-8); - reads standard input.")
  private List<String> files;

  @Override
  public Integer call() {
    int exitCode = TreatyflowCli.OK;
    for (String file : files) {
      exitCode = Math.max(exitCode, validate(file));
    }
    return exitCode;
  }

  /** Validates one file and gives its exit code. */
  private int validate(String file) {
    Optional<byte[]> document = cli.read(spec, file, FORMAT.limits().maxDocumentBytes());
    if (document.isEmpty()) {
      return TreatyflowCli.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    Envelope envelope;
    try {
      envelope = FORMAT.readEnvelope(document.get());
    } catch (RejectedDocumentException e) {
      for (Problem problem : e.problems()) {
        out.println(file + ": " + problem);
      }
      int unlisted = e.problemCount() - e.problems().size();
      if (unlisted > 0) {
        out.println(
            file + ": and " + unlisted + " more " + (unlisted == 1 ? "problem" : "problems"));
      }
      return TreatyflowCli.FOUND_WANTING;
    }
    CooperationAct payload = envelope.payload();
    List<Violation> violations = payload.completenessViolations();
    if (violations.isEmpty()) {
      out.println("OK " + file + ": " + typeName(payload) + " " + payload.family());
      return TreatyflowCli.OK;
    }
    for (Violation violation : violations) {
      String field = violation.field().isEmpty() ? "" : violation.field() + " ";
      out.println(
          file + ": " + field + violation.citation() + ": " + violation.message().english());
    }
    return TreatyflowCli.FOUND_WANTING;
  }

  /** The payload's type name in the format, such as {@code preservation-request}. */
  private static String typeName(CooperationAct payload) {
    return ExchangeTypes.PAYLOAD.codecFor(payload).typeName().orElseThrow();
  }
}
