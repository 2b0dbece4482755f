package org.treatyflow.workflow.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatyflow.workflow.Diagrams;

class PreservationDiagramsTest {

  @Test
  void mermaidDrawsEveryLineWithItsArticle() {
    String mermaid = Diagrams.mermaid(PreservationWorkflow.TABLE);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    [*] --> DRAFT\n")
        .contains("    DRAFT --> TRANSMITTED : SUBMIT (BC 29(2))\n")
        .contains("    RECEIVED --> REFUSED : REFUSE (BC 29(5))\n")
        .contains("    PRESERVED --> PRESERVED_PENDING_DECISION : RECEIVE_FOLLOW_UP (BC 29(7))\n")
        .contains("    PRESERVED --> PRESERVED : RENEW (BC 16(2))\n")
        .contains("    EXPIRED --> [*]\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(PreservationWorkflow.TABLE.transitions().size());
  }

  @Test
  void dotDrawsEveryLineWithItsArticle() {
    String dot = Diagrams.dot("preservation", PreservationWorkflow.TABLE);
    assertThat(dot)
        .startsWith("digraph \"preservation\" {")
        .contains("\"DRAFT\" -> \"TRANSMITTED\" [label=\"SUBMIT\\nBC 29(2)\"];")
        .contains("\"REFUSED\" [peripheries=2];")
        .endsWith("}\n");
    assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(PreservationWorkflow.TABLE.transitions().size());
  }
}
