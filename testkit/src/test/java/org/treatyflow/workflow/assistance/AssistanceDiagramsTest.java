package org.treatyflow.workflow.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.workflow.Diagrams;
import org.treatyflow.workflow.Transition;
import org.treatyflow.workflow.TransitionTable;

/** The diagrams of every family on the skeleton draw every line of its table, with its article. */
class AssistanceDiagramsTest {
  static Stream<SkeletonFamily<?>> families() {
    return SkeletonFamilies.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("families")
  void everyLineIsDrawnWithItsArticle(SkeletonFamily<?> family) {
    TransitionTable<AssistanceStatus, AssistanceAction, ?> table = family.workflow().table();
    String mermaid = Diagrams.mermaid(table);
    String dot = Diagrams.dot(family.profile().family().name(), table);
    assertThat(mermaid).startsWith("stateDiagram-v2\n    [*] --> DRAFT\n");
    for (Transition<AssistanceStatus, AssistanceAction, ?> t : table.transitions()) {
      assertThat(mermaid)
          .contains(t.from() + " --> " + t.to() + " : " + t.action() + " (" + t.citation() + ")");
      assertThat(dot)
          .contains("\"" + t.from() + "\" -> \"" + t.to() + "\" [label=\"" + t.action() + "\\n" + t.citation() + "\"]");
    }
    for (AssistanceStatus terminal : table.terminal()) {
      if (table.statuses().contains(terminal)) {
        assertThat(dot).contains("\"" + terminal + "\" [peripheries=2]");
      }
    }
    assertThat(mermaid.lines().filter(l -> l.contains(" : ")).count()).isEqualTo(table.transitions().size());
  }
}
