package org.treatyflow.workflow.transborder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatyflow.workflow.Diagrams;

class TransBorderDiagramsTest {

  @Test
  void bothDiagramsDrawEachCaseOfTheArticleWithItsPoint() {
    String mermaid = Diagrams.mermaid(TransBorderAccessWorkflow.TABLE);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    [*] --> DRAFT\n")
        .contains("    DRAFT --> RECORDED : RECORD_PUBLICLY_AVAILABLE (BC 32(a))\n")
        .contains("    DRAFT --> RECORDED : RECORD_WITH_CONSENT (BC 32(b))\n")
        .contains("    RECORDED --> [*]\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(TransBorderAccessWorkflow.TABLE.transitions().size());
    String dot = Diagrams.dot("trans-border access", TransBorderAccessWorkflow.TABLE);
    assertThat(dot)
        .startsWith("digraph \"trans-border access\" {")
        .contains("\"DRAFT\" -> \"RECORDED\" [label=\"RECORD_WITH_CONSENT\\nBC 32(b)\"];")
        .contains("\"RECORDED\" [peripheries=2];")
        .endsWith("}\n");
    assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(TransBorderAccessWorkflow.TABLE.transitions().size());
  }
}
