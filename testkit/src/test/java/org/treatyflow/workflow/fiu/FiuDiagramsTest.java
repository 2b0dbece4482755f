package org.treatyflow.workflow.fiu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatyflow.workflow.Diagrams;

class FiuDiagramsTest {

  @Test
  void mermaidDrawsEveryExchangeLineWithItsArticle() {
    String mermaid = Diagrams.mermaid(FiuExchangeWorkflow.TABLE);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    [*] --> DRAFT\n")
        .contains("    DRAFT --> REQUESTED : SEND (WC 46(2))\n")
        .contains("    DRAFT --> PROVIDED : SEND_SPONTANEOUSLY (WC 46(2))\n")
        .contains("    REQUESTED --> PROVIDED : PROVIDE (WC 46(5))\n")
        .contains("    REQUESTED --> REFUSED : REFUSE (WC 46(6))\n")
        .contains(
            "    PROVIDED --> CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS :"
                + " REQUEST_CONSENT_FOR_CRIMINAL_PROCEEDINGS (WC 46(7))\n")
        .contains("    PROVIDED --> CONSENT_REQUESTED_FOR_OTHER_USE : REQUEST_CONSENT_FOR_OTHER_USE (WC 46(7))\n")
        .contains("    CONSENT_REQUESTED_FOR_CRIMINAL_PROCEEDINGS --> CONSENT_DENIED : DENY_CONSENT (WC 46(9))\n")
        .contains("    CONSENT_REQUESTED_FOR_OTHER_USE --> CONSENT_DENIED : DENY_CONSENT (WC 46(7))\n")
        .contains("    REFUSED --> [*]\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(FiuExchangeWorkflow.TABLE.transitions().size());
  }

  @Test
  void mermaidDrawsEveryPostponementLineWithItsArticle() {
    String mermaid = Diagrams.mermaid(FiuPostponementWorkflow.TABLE);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    [*] --> DRAFT\n")
        .contains("    DRAFT --> RECEIVED : SEND (WC 47(1))\n")
        .contains("    RECEIVED --> POSTPONED : POSTPONE (WC 47(2))\n")
        .contains("    RECEIVED --> JUSTIFICATION_INSUFFICIENT : DECLINE (WC 47(2))\n")
        .contains("    POSTPONED --> EXPIRED : EXPIRE (WC 47(1))\n")
        .contains("    POSTPONED --> CONVERTED_TO_PROVISIONAL_MEASURE : CONVERT_TO_PROVISIONAL_MEASURE (WC 21)\n")
        .contains("    EXPIRED --> [*]\n")
        .contains("    CONVERTED_TO_PROVISIONAL_MEASURE --> [*]\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(FiuPostponementWorkflow.TABLE.transitions().size());
  }

  @Test
  void dotDrawsBothFamilies() {
    String exchange = Diagrams.dot("FIU exchange", FiuExchangeWorkflow.TABLE);
    assertThat(exchange)
        .startsWith("digraph \"fiu exchange\" {")
        .contains("\"REQUESTED\" -> \"REFUSED\" [label=\"REFUSE\\nWC 46(6)\"];")
        .contains("\"REFUSED\" [peripheries=2];")
        .endsWith("}\n");
    assertThat(exchange.lines().filter(l -> l.contains(" -> "))).hasSize(FiuExchangeWorkflow.TABLE.transitions().size());
    String postponement = Diagrams.dot("FIU postponement", FiuPostponementWorkflow.TABLE);
    assertThat(postponement)
        .contains("\"POSTPONED\" -> \"RELEASED\" [label=\"RELEASE\\nWC 47(1)\"];")
        .contains("\"JUSTIFICATION_INSUFFICIENT\" [peripheries=2];")
        .contains("\"DRAFT\" [style=\"rounded,bold\"];");
    assertThat(postponement.lines().filter(l -> l.contains(" -> "))).hasSize(FiuPostponementWorkflow.TABLE.transitions().size());
  }
}
