package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatyflow.workflow.Diagrams;

class VideoConferenceAndJointTeamDiagramsTest {

  @Test
  void bothDiagramsDrawEveryLineOfTheVideoConferenceWithItsArticle() {
    String mermaid = Diagrams.mermaid(VideoConferenceWorkflow.TABLE);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    [*] --> DRAFT\n")
        .contains("    DRAFT --> TRANSMITTED : TRANSMIT (2AP 11)\n")
        .contains("    RECEIVED --> REFUSED : REFUSE (2AP 11)\n")
        .contains("    AGREED --> HEARING_HELD : HOLD_HEARING (2AP 11)\n")
        .contains("    AGREED --> WITHDRAWN : WITHDRAW (2AP 11)\n")
        .contains("    CLOSED --> [*]\n")
        .doesNotContain("HEARING_HELD --> WITHDRAWN");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(VideoConferenceWorkflow.TABLE.transitions().size());
    String dot = Diagrams.dot("video conference", VideoConferenceWorkflow.TABLE);
    assertThat(dot)
        .startsWith("digraph \"video conference\" {")
        .contains("\"HEARING_HELD\" -> \"CLOSED\" [label=\"CLOSE\\n2AP 11\"];")
        .contains("\"REFUSED\" [peripheries=2];")
        .endsWith("}\n");
    assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(VideoConferenceWorkflow.TABLE.transitions().size());
  }

  @Test
  void bothDiagramsDrawEveryLineOfTheJointInvestigationTeamWithItsArticle() {
    String mermaid = Diagrams.mermaid(JointInvestigationTeamWorkflow.TABLE);
    assertThat(mermaid)
        .startsWith("stateDiagram-v2\n    [*] --> PROPOSED\n")
        .contains("    PROPOSED --> PROPOSED : SIGN (2AP 12)\n")
        .contains("    PROPOSED --> AGREED : AGREE (2AP 12)\n")
        .contains("    OPERATING --> CONCLUDED : EXPIRE (2AP 12)\n")
        .contains("    OPERATING --> EXTENDED : EXTEND (2AP 12)\n")
        .contains("    EXTENDED --> [*]\n");
    assertThat(mermaid.lines().filter(l -> l.contains(" : "))).hasSize(JointInvestigationTeamWorkflow.TABLE.transitions().size());
    String dot = Diagrams.dot("joint investigation team", JointInvestigationTeamWorkflow.TABLE);
    assertThat(dot)
        .contains("\"AGREED\" -> \"OPERATING\" [label=\"START\\n2AP 12\"];")
        .contains("\"DECLINED\" [peripheries=2];");
    assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(JointInvestigationTeamWorkflow.TABLE.transitions().size());
  }
}
