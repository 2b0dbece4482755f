package org.treatyflow.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.treatyflow.model.common.ArticleCitation;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Verification;
import org.treatyflow.model.registry.PartyRegistry;
import org.treatyflow.serialization.journal.CaseJournal;
import org.treatyflow.serialization.journal.JournalReplay;
import org.treatyflow.serialization.journal.JournalVerification;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.HistoryEvent;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.catalog.CaseDeadline;
import org.treatyflow.workflow.catalog.CaseDeadlines;
import org.treatyflow.workflow.catalog.WorkflowCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The command {@code treatyflow replay JOURNAL}: checks a case journal's chain of hashes, rebuilds
 * the case through its family's workflow, and says where it stands and what may be done now.
 *
 * <p>A broken journal, or one whose recorded steps the workflow does not take, is reported as
 * {@code line N: <reason>}. A rebuilt case is shown by its family, status and version, the deadlines
 * running in it ({@link CaseDeadlines}), its last step, then the actions allowed at the tool's
 * clock, each with the article that allows it. The party registry is the bundled one and the
 * domestic policy the default one, so the deadlines are counted in UTC and with no domestic period
 * longer than the treaty's.
 */
@Command(
    name = "replay",
    description =
        "Checks the case journal JOURNAL (JSON Lines) line by line, rebuilds the case through its"
            + " family's workflow and shows where it stands, the deadlines running in it and what"
            + " may be done now.")
final class ReplayCommand implements Callable<Integer> {
  /** A journal larger than this is not read: far beyond any case's history. */
  private static final int MAX_JOURNAL_BYTES = 256 * 1024 * 1024;

  @ParentCommand private TreatyflowCli cli;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "JOURNAL", description = "A case journal; - reads standard input.")
  private String journal;

  @Override
  public Integer call() {
    Optional<byte[]> bytes = cli.read(spec, journal, MAX_JOURNAL_BYTES);
    if (bytes.isEmpty()) {
      return TreatyflowCli.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (bytes.get().length > MAX_JOURNAL_BYTES) {
      spec.commandLine()
          .getErr()
          .printf(
              "%s: cannot read %s: larger than %d bytes%n",
              spec.qualifiedName(), journal, MAX_JOURNAL_BYTES);
      return TreatyflowCli.USAGE;
    }
    List<String> lines = lines(new String(bytes.get(), UTF_8));
    JournalVerification verification = CaseJournal.verify(lines);
    if (!verification.isIntact()) {
      out.printf(
          "line %d: %s%n",
          verification.firstBadLine().getAsInt(), verification.reason().orElseThrow());
      return TreatyflowCli.FOUND_WANTING;
    }
    Environment environment =
        new Environment(PartyRegistry.bundled(), cli.clock(), DomesticPolicy.DEFAULTS);
    JournalReplay replay = CaseJournal.replay(lines, environment);
    if (!replay.isReplayed()) {
      out.println("line " + replay.failedLine().getAsInt() + ": " + replay.reason().orElseThrow());
      return TreatyflowCli.FOUND_WANTING;
    }
    CaseFile<?, ?, ?> caseFile = replay.caseFile().orElseThrow();
    describe(out, lines.size(), caseFile, environment);
    return TreatyflowCli.OK;
  }

  private void describe(
      PrintWriter out, int lineCount, CaseFile<?, ?, ?> caseFile, Environment environment) {
    RequestFamily family = caseFile.request().family();
    out.printf(
        "Journal %s: %d %s, intact%n", journal, lineCount, lineCount == 1 ? "line" : "lines");
    out.println("Family:    " + family + " (" + citations(family.legalBasis()) + ")");
    out.println("Status:    " + caseFile.status() + ", version " + caseFile.version());
    deadlines(caseFile, environment).forEach(out::println);
    Optional<? extends HistoryEvent<?, ?>> last = caseFile.lastEvent();
    out.println(
        "Last step: "
            + last.map(ReplayCommand::describe)
                .orElse("none: the case was opened and no step taken"));
    out.println(
        "Allowed at " + environment.clock().instant().truncatedTo(ChronoUnit.SECONDS) + ":");
    allowed(WorkflowCatalog.of(family), caseFile, environment).forEach(out::println);
  }

  /**
   * The deadlines running in the case, soonest first: {@code Deadlines:}, then one line each with
   * the instant it is due, what ends and the article that sets the period, followed by {@code
   * (unverified)} where the legal reference marks the period unverified and by {@code (passed)}
   * where the tool's clock has reached it; or the one line {@code Deadlines: none open}.
   */
  private static List<String> deadlines(CaseFile<?, ?, ?> caseFile, Environment environment) {
    List<CaseDeadline> open = CaseDeadlines.open(caseFile, environment);
    if (open.isEmpty()) {
      return List.of("Deadlines: none open");
    }
    Instant now = environment.clock().instant();
    List<String> lines = new ArrayList<>();
    lines.add("Deadlines:");
    for (CaseDeadline deadline : open) {
      lines.add(
          String.format(
              "  %s  %-27s %s%s%s",
              deadline.due(),
              deadline.name(),
              deadline.citation(),
              deadline.isUnverified() ? " (unverified)" : "",
              now.isBefore(deadline.due()) ? "" : " (passed)"));
    }
    return lines;
  }

  /** A step as {@code ACTION by PARTY (CITATION) at INSTANT}: no name, no document. */
  private static String describe(HistoryEvent<?, ?> step) {
    return String.format(
        "%s by %s (%s) at %s", step.action(), step.actor().party(), step.citation(), step.at());
  }

  /**
   * One line per action allowed now, with the article that allows it; or one line saying that
   * nothing is, because the case is closed or because every rule forbids it for now.
   */
  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>>
      List<String> allowed(
          Workflow<R, S, A> workflow, CaseFile<?, ?, ?> caseFile, Environment environment) {
    // the journal's first line names the family, whose workflow the case was rebuilt with
    @SuppressWarnings("unchecked")
    CaseFile<R, S, A> typed = (CaseFile<R, S, A>) caseFile;
    List<String> lines = new ArrayList<>();
    for (ActionExplanation<S, A> answer : workflow.explain(typed, environment)) {
      if (answer.allowed()) {
        boolean unverified =
            answer.verification().orElse(Verification.CONFIRMED) == Verification.UNVERIFIED;
        lines.add(
            String.format(
                "  %-28s %s%s",
                answer.action(),
                answer.citation().map(ArticleCitation::toString).orElse(""),
                unverified ? " (unverified)" : ""));
      }
    }
    if (lines.isEmpty()) {
      lines.add(
          workflow.table().isTerminal(typed.status())
              ? "  nothing: the case is closed"
              : "  nothing for now");
    }
    return lines;
  }

  private static String citations(List<ArticleCitation> citations) {
    return citations.stream().map(ArticleCitation::toString).collect(Collectors.joining(", "));
  }

  /**
   * The lines of a JSON Lines text: split at line feeds, a carriage return before one dropped, and
   * nothing after the final line feed.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
      start = end + 1;
    }
    return lines;
  }
}
