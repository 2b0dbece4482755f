package org.treatyflow.workflow.spontaneous;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatyflow.workflow.Diagrams;

class SpontaneousDiagramsTest {

  @Test
  void mermaidDrawsEveryBudapestLineWithItsArticle() {
    String mermaid = Diagrams.mermaid(SpontaneousInformationWorkflow.TABLE);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    [*] --> DRAFT\n")
        .contains("    DRAFT --> SENT : SEND (BC 26(1))\n")
        .contains("    SENT --> CONDITIONS_REJECTED : CANNOT_COMPLY (BC 26(2))\n")
        .contains("    CONDITIONS_REJECTED --> PROVIDED_NEVERTHELESS : PROVIDE_NEVERTHELESS (BC 26(2))\n")
        .contains("    ACCEPTED_BOUND --> [*]\n")
        .contains("    WITHHELD --> [*]\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(5);
  }

  @Test
  void mermaidDrawsEveryWarsawLineWithItsArticle() {
    String mermaid = Diagrams.mermaid(SpontaneousInformationOnProceedsWorkflow.TABLE);
    assertThat(mermaid)
        .contains("    DRAFT --> SENT : SEND (WC 20)\n")
        .contains("    SENT --> ACCEPTED_BOUND : ACCEPT (WC 43(3))\n")
        .contains("    CONDITIONS_REJECTED --> WITHHELD : WITHHOLD (WC 43(3))\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(5);
  }

  @Test
  void dotDrawsEveryLineWithItsArticle() {
    String dot = Diagrams.dot("spontaneous information", SpontaneousInformationWorkflow.TABLE);
    assertThat(dot)
        .startsWith("digraph \"spontaneous information\" {")
        .contains("\"DRAFT\" -> \"SENT\" [label=\"SEND\\nBC 26(1)\"];")
        .contains("\"PROVIDED_NEVERTHELESS\" [peripheries=2];")
        .endsWith("}\n");
    assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(5);
    String warsaw = Diagrams.dot("proceeds", SpontaneousInformationOnProceedsWorkflow.TABLE);
    assertThat(warsaw).contains("\"SENT\" -> \"CONDITIONS_REJECTED\" [label=\"CANNOT_COMPLY\\nWC 43(3)\"];");
  }
}
