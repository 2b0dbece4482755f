package org.treatyflow.workflow.direct;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatyflow.workflow.Diagrams;

class DirectDiagramsTest {

  @Test
  void mermaidDrawsEveryLineOfTheDirectOrderWithItsArticle() {
    String mermaid = Diagrams.mermaid(DirectOrderWorkflow.TABLE);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    [*] --> DRAFT\n")
        .contains("    DRAFT --> SERVED_ON_PROVIDER : ISSUE (2AP 7)\n")
        .contains("    SERVED_ON_PROVIDER --> PROVIDER_CONSULTING_AUTHORITY : CONSULT (2AP 7(5)(b))\n")
        .contains("    PROVIDER_CONSULTING_AUTHORITY --> BLOCKED : BLOCK (2AP 7(5)(c))\n")
        .contains("    SERVED_ON_PROVIDER --> NOT_DISCLOSED : TIME_OUT (2AP 7(7))\n")
        .contains("    BLOCKED --> ESCALATED : ESCALATE (2AP 7(7))\n")
        .contains("    DISCLOSED --> [*]\n")
        .contains("    ESCALATED --> [*]\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(DirectOrderWorkflow.TABLE.transitions().size());
  }

  @Test
  void dotDrawsEveryLineOfTheDirectOrderWithItsArticle() {
    String dot = Diagrams.dot("direct order", DirectOrderWorkflow.TABLE);
    assertThat(dot)
        .startsWith("digraph \"direct order\" {")
        .contains("\"DRAFT\" -> \"SERVED_ON_PROVIDER\" [label=\"ISSUE\\n2AP 7\"];")
        .contains("\"NOT_DISCLOSED\" -> \"ESCALATED\" [label=\"ESCALATE\\n2AP 7(7)\"];")
        .contains("\"WITHDRAWN\" [peripheries=2];")
        .endsWith("}\n");
    assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(DirectOrderWorkflow.TABLE.transitions().size());
  }

  @Test
  void bothDiagramsDrawEveryLineOfTheDomainRegistrationRequest() {
    String mermaid = Diagrams.mermaid(DomainRegistrationWorkflow.TABLE);
    assertThat(mermaid)
        .contains("    DRAFT --> SENT : SEND (2AP 6)\n")
        .contains("    NO_RESPONSE --> REFERRED : USE_OTHER_CHANNELS (2AP 6)\n")
        .contains("    REFERRED --> [*]\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(DomainRegistrationWorkflow.TABLE.transitions().size());
    String dot = Diagrams.dot("domain registration", DomainRegistrationWorkflow.TABLE);
    assertThat(dot)
        .contains("\"SENT\" -> \"DISCLOSED\" [label=\"DISCLOSE\\n2AP 6\"];")
        .contains("\"DISCLOSED\" [peripheries=2];");
    assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(DomainRegistrationWorkflow.TABLE.transitions().size());
  }
}
