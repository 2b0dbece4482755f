package org.treatyflow.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.workflow.Diagrams;
import org.treatyflow.workflow.catalog.WorkflowCatalog;
import org.treatyflow.workflow.confiscation.ConfiscationWorkflow;
import org.treatyflow.workflow.preservation.PreservationWorkflow;

class DiagramCommandTest {

  @Test
  void preservationIsDrawnInMermaidByDefaultWithTheArticleOnEveryEdge() {
    CliRun run = CliRun.run("diagram", "expedited-preservation");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(Diagrams.mermaid(PreservationWorkflow.TABLE))
        .startsWith("stateDiagram-v2\n")
        .contains("RECEIVED --> PRESERVED : PRESERVE (BC 29(3))\n")
        .contains("PRESERVED --> EXPIRED : EXPIRE (BC 29(7))\n");
  }

  @Test
  void confiscationIsDrawnInDotWhateverTheCaseOfTheNames() {
    CliRun run = CliRun.run("diagram", "CONFISCATION", "--format", "DOT");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(Diagrams.dot("confiscation", ConfiscationWorkflow.TABLE))
        .startsWith("digraph \"confiscation\" {")
        .contains("\"EXECUTING\" -> \"CONFISCATED\" [label=\"CONFISCATE\\nWC 23(1)\"];");
    assertThat(CliRun.run("diagram", "confiscation", "--format=dot").out()).isEqualTo(run.out());
  }

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void everyFamilyIsNamedInKebabCaseOrAsItsConstant(RequestFamily family) {
    String expected = Diagrams.mermaid(WorkflowCatalog.of(family).table());
    String kebab = family.name().toLowerCase(Locale.ROOT).replace('_', '-');
    assertThat(CliRun.run("diagram", kebab, "--format", "mermaid").out()).isEqualTo(expected);
    assertThat(CliRun.run("diagram", family.name()).out()).isEqualTo(expected);
  }

  @Test
  void anUnknownFamilyExitsWith2ListingTheValidNames() {
    CliRun run = CliRun.run("diagram", "preservation");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    String firstLine = run.err().lines().findFirst().orElseThrow();
    assertThat(firstLine)
        .startsWith("treatyflow diagram: ")
        .contains("no request family 'preservation'");
    for (RequestFamily family : RequestFamily.values()) {
      assertThat(firstLine).contains(family.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    assertThat(run.err()).contains("Usage: treatyflow diagram");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.run("diagram", "confiscation", "--format", "svg");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("'--format'")
        .contains("'svg'")
        .contains("Usage: treatyflow diagram");
  }

  @Test
  void aMissingFamilyIsAUsageError() {
    CliRun run = CliRun.run("diagram");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'FAMILY'");
  }
}
