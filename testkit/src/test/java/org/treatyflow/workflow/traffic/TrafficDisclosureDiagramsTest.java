package org.treatyflow.workflow.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatyflow.workflow.Diagrams;

class TrafficDisclosureDiagramsTest {

  @Test
  void mermaidDrawsEveryLineWithItsArticle() {
    String mermaid = Diagrams.mermaid(TrafficDisclosureWorkflow.TABLE);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    [*] --> OBLIGED\n")
        .contains("    OBLIGED --> DISCLOSED : DISCLOSE (BC 30(1))\n")
        .contains("    OBLIGED --> REFUSED : REFUSE (BC 30(2))\n")
        .contains("    DISCLOSED --> [*]\n")
        .contains("    REFUSED --> [*]\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(2);
  }

  @Test
  void dotDrawsEveryLineWithItsArticle() {
    String dot = Diagrams.dot("Traffic disclosure", TrafficDisclosureWorkflow.TABLE);
    assertThat(dot)
        .startsWith("digraph \"traffic disclosure\" {")
        .contains("\"OBLIGED\" [style=\"rounded,bold\"];")
        .contains("\"OBLIGED\" -> \"REFUSED\" [label=\"REFUSE\\nBC 30(2)\"];")
        .contains("\"DISCLOSED\" [peripheries=2];")
        .endsWith("}\n");
    assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(2);
  }
}
