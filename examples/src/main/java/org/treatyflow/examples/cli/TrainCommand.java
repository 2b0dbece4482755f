package org.treatyflow.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.treatyflow.examples.scenario.Checkpoint;
import org.treatyflow.examples.scenario.Scenario;
import org.treatyflow.examples.scenario.ScenarioCatalog;
import org.treatyflow.examples.scenario.ScenarioRecord;
import org.treatyflow.model.common.Violation;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Workflow;
import org.treatyflow.workflow.catalog.WorkflowCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command {@code treatyflow train NAME}: a trainee walks through a scenario and, at each step,
 * says what should be done next. The library answers: the step the case took, whether the choice
 * was allowed then, and if not, every rule that forbids it with its article. The session is scored
 * at the end: one point per step where the trainee chose what the case did.
 *
 * <p>Answers are read one per line from standard input: the number or the name of an action; an
 * empty line or {@code q} ends the session early, as does the end of input.
 */
@Command(
    name = "train",
    description =
        "Trains on a scenario: at each step, choose what may be done next; the library says whether"
            + " it was allowed then, and why not, with the article. Scores the session.")
final class TrainCommand implements Callable<Integer> {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @ParentCommand private TreatyflowCli cli;

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The scenario, as `scenario list` names it.")
  private String name;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Scenario> scenario = ScenarioCatalog.named(name);
    if (scenario.isEmpty()) {
      err.printf("No scenario named %s. Scenarios:%n", name);
      ScenarioCatalog.all().forEach(s -> err.printf("  %s%n", s.name()));
      err.flush();
      return TreatyflowCli.USAGE;
    }
    ScenarioRecord record = scenario.get().run();
    BufferedReader answers =
        new BufferedReader(new InputStreamReader(cli.standardInput(), StandardCharsets.UTF_8));
    out.printf("Training on %s: %s%n", record.name(), record.title());
    out.println("At each step, type the number or the name of the action that should come next.");
    int right = 0;
    int asked = 0;
    for (Checkpoint checkpoint : record.checkpoints()) {
      Answer answer = ask(checkpoint, out, answers);
      if (answer == Answer.STOPPED) {
        break;
      }
      asked++;
      if (answer == Answer.RIGHT) {
        right++;
      }
    }
    out.printf("%nScore: %d of %d steps (%d in the scenario)%n", right, asked, record.checkpoints().size());
    out.flush();
    return TreatyflowCli.OK;
  }

  private enum Answer {
    RIGHT,
    OTHER,
    STOPPED
  }

  private Answer ask(Checkpoint checkpoint, PrintWriter out, BufferedReader answers) throws IOException {
    return ask(WorkflowCatalog.of(checkpoint.before().request().family()), checkpoint, out, answers);
  }

  private <S extends Enum<S>, A extends Enum<A>> Answer ask(
      Workflow<?, S, A> workflow, Checkpoint checkpoint, PrintWriter out, BufferedReader answers)
      throws IOException {
    @SuppressWarnings("unchecked")
    CaseFile<org.treatyflow.model.common.CooperationAct, S, A> before =
        (CaseFile<org.treatyflow.model.common.CooperationAct, S, A>) checkpoint.before();
    List<ActionExplanation<S, A>> explanations = explain(workflow, before, checkpoint);
    out.printf(
        "%n%s  %s: the case is %s (version %d). What now?%n",
        WHEN.format(checkpoint.at()), checkpoint.caseName(), before.status(), before.version());
    for (int i = 0; i < explanations.size(); i++) {
      out.printf("  %2d  %s%n", i + 1, explanations.get(i).action());
    }
    out.print("> ");
    out.flush();
    String line = answers.readLine();
    if (line == null || line.isBlank() || line.trim().equalsIgnoreCase("q")) {
      return Answer.STOPPED;
    }
    Optional<ActionExplanation<S, A>> chosen = choose(line.trim(), explanations);
    Object taken = checkpoint.taken().action();
    Answer answer = Answer.OTHER;
    if (chosen.isEmpty()) {
      out.println("  Not an action of this family.");
    } else if (chosen.get().action() == taken) {
      out.printf("  Right: %s (%s).%n", taken, checkpoint.taken().citation());
      answer = Answer.RIGHT;
    } else if (chosen.get().allowed()) {
      out.printf(
          "  %s was allowed then (%s), but the case took %s.%n",
          chosen.get().action(),
          chosen.get().citation().map(Object::toString).orElse("-"),
          taken);
    } else {
      out.printf("  %s was not allowed then:%n", chosen.get().action());
      for (Violation violation : chosen.get().violations()) {
        out.printf("    %s: %s%n", violation.citation(), violation.message().english());
      }
    }
    out.printf(
        "  What happened: %s by %s under %s.%n",
        taken, checkpoint.taken().actor().party().code(), checkpoint.taken().citation());
    return answer;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <S extends Enum<S>, A extends Enum<A>> List<ActionExplanation<S, A>> explain(
      Workflow<?, S, A> workflow, CaseFile<?, S, A> before, Checkpoint checkpoint) {
    return ((Workflow) workflow).explain(before, checkpoint.environment());
  }

  private static <S extends Enum<S>, A extends Enum<A>> Optional<ActionExplanation<S, A>> choose(
      String answer, List<ActionExplanation<S, A>> explanations) {
    try {
      int number = Integer.parseInt(answer);
      return number >= 1 && number <= explanations.size()
          ? Optional.of(explanations.get(number - 1))
          : Optional.empty();
    } catch (NumberFormatException notANumber) {
      String wanted = answer.toUpperCase(Locale.ROOT).replace('-', '_');
      return explanations.stream().filter(e -> e.action().name().equals(wanted)).findFirst();
    }
  }
}
