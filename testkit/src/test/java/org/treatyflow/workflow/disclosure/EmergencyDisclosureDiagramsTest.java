package org.treatyflow.workflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatyflow.workflow.Diagrams;

class EmergencyDisclosureDiagramsTest {

  @Test
  void mermaidDrawsEveryLineWithItsArticle() {
    String mermaid = Diagrams.mermaid(EmergencyDisclosureWorkflow.TABLE);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    [*] --> DRAFT\n")
        .contains("    DRAFT --> RECEIVED : SEND (2AP 9)\n")
        .contains("    RECEIVED --> DETERMINED : DETERMINE (2AP 9(6))\n")
        .contains("    CONDITIONS_PROPOSED --> CONDITIONS_ACCEPTED : ACCEPT_CONDITIONS (2AP 9(7))\n")
        .contains("    DATA_PROVIDED --> POST_EXECUTION_SUBMISSION_REQUIRED : REQUIRE_SUBMISSION (2AP 9(5))\n")
        .contains("    POST_EXECUTION_SUBMISSION_REQUIRED --> CLOSED : SUBMIT_AFTER_EXECUTION (2AP 9(5))\n")
        .contains("    DETERMINED --> DECLINED : DECLINE (2AP 9(6))\n")
        .contains("    DECLINED --> [*]\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(EmergencyDisclosureWorkflow.TABLE.transitions().size());
  }

  @Test
  void dotDrawsEveryLineWithItsArticle() {
    String dot = Diagrams.dot("emergency disclosure", EmergencyDisclosureWorkflow.TABLE);
    assertThat(dot)
        .startsWith("digraph \"emergency disclosure\" {")
        .contains("\"DRAFT\" -> \"RECEIVED\" [label=\"SEND\\n2AP 9\"];")
        .contains("\"CONDITIONS_ACCEPTED\" -> \"DATA_PROVIDED\" [label=\"PROVIDE_DATA\\n2AP 9(7)\"];")
        .contains("\"WITHDRAWN\" [peripheries=2];")
        .endsWith("}\n");
    assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(EmergencyDisclosureWorkflow.TABLE.transitions().size());
  }
}
