package org.treatyflow.workflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.testkit.ModelArbitraries;
import org.treatyflow.testkit.workflow.SimulatedClock;
import org.treatyflow.workflow.ActionExplanation;
import org.treatyflow.workflow.CaseFile;
import org.treatyflow.workflow.Diagrams;
import org.treatyflow.workflow.DomesticPolicy;
import org.treatyflow.workflow.Environment;
import org.treatyflow.workflow.EveryPartyBound;
import org.treatyflow.workflow.Transition;
import org.treatyflow.workflow.TransitionTable;
import org.treatyflow.workflow.Workflow;

/**
 * Every family of the model has a workflow whose table is sound: every status can be reached from
 * the initial one, every open status has a way on, explain answers for every action, and the
 * diagrams draw every line with its article.
 */
class WorkflowCatalogTest {
  private static final Environment ENV =
      new Environment(EveryPartyBound.REGISTRY, new SimulatedClock(Instant.parse("2026-06-01T10:00:00Z")), DomesticPolicy.DEFAULTS);

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void everyFamilyHasItsWorkflow(RequestFamily family) {
    assertThat(WorkflowCatalog.of(family).family()).isEqualTo(family);
    assertThat(WorkflowCatalog.of(family).table().transitions()).isNotEmpty();
  }

  @Test
  void allGivesOneWorkflowPerFamilyInTheOrderOfTheFamilies() {
    assertThat(WorkflowCatalog.all()).extracting(Workflow::family).containsExactly(RequestFamily.values());
  }

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void everyStatusIsReachableAndEveryOpenStatusHasAWayOn(RequestFamily family) {
    check(WorkflowCatalog.of(family).table());
  }

  private static <S extends Enum<S>> void check(TransitionTable<S, ?, ?> table) {
    Set<S> reached = new HashSet<>();
    Deque<S> todo = new ArrayDeque<>(List.of(table.initial()));
    while (!todo.isEmpty()) {
      S status = todo.pop();
      if (reached.add(status)) {
        for (Transition<S, ?, ?> t : table.from(status)) {
          todo.push(t.to());
        }
      }
    }
    assertThat(reached).as("reachable from %s", table.initial()).containsExactlyInAnyOrderElementsOf(table.statuses());
    for (S status : table.statuses()) {
      if (!table.isTerminal(status)) {
        assertThat(table.from(status)).as("a way on from %s", status).isNotEmpty();
      }
    }
    assertThat(table.terminal()).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void explainAnswersForEveryActionOfANewCase(RequestFamily family) {
    explain(WorkflowCatalog.of(family), family);
  }

  @SuppressWarnings("unchecked")
  private static <R extends CooperationAct, S extends Enum<S>, A extends Enum<A>> void explain(
      Workflow<R, S, A> workflow, RequestFamily family) {
    Arbitrary<? extends CooperationAct> acts = ModelArbitraries.actsOf(family);
    R act = (R) acts.sample();
    CaseFile<R, S, A> opened = workflow.open(act);
    List<ActionExplanation<S, A>> answers = workflow.explain(opened, ENV);
    assertThat(answers).extracting(ActionExplanation::action).containsExactlyElementsOf(workflow.table().actions());
    for (ActionExplanation<S, A> answer : answers) {
      boolean line = workflow.table().allows(opened.status(), answer.action());
      assertThat(answer.citation().isPresent()).isEqualTo(line);
      assertThat(answer.allowed() || !answer.violations().isEmpty())
          .as("%s: allowed, or forbidden with its reasons", answer.action())
          .isTrue();
      answer.violations().forEach(v -> assertThat(v.citation()).isNotNull());
    }
  }

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void theDiagramsDrawEveryLineWithItsArticle(RequestFamily family) {
    TransitionTable<?, ?, ?> table = WorkflowCatalog.of(family).table();
    String mermaid = Diagrams.mermaid(table);
    String dot = Diagrams.dot(family.name(), table);
    for (Transition<?, ?, ?> t : table.transitions()) {
      assertThat(mermaid).contains(t.from() + " --> " + t.to() + " : " + t.action() + " (" + t.citation() + ")");
      assertThat(dot).contains("\"" + t.from() + "\" -> \"" + t.to() + "\" [label=\"" + t.action() + "\\n" + t.citation() + "\"]");
    }
  }

  @ParameterizedTest
  @EnumSource(RequestFamily.class)
  void everyLineCitesAnInstrumentOfItsFamily(RequestFamily family) {
    Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
    family.legalBasis().forEach(c -> instruments.add(c.instrument()));
    if (instruments.contains(Instrument.SECOND_PROTOCOL)) {
      instruments.add(Instrument.BUDAPEST);
    }
    for (Transition<?, ?, ?> t : WorkflowCatalog.of(family).table().transitions()) {
      assertThat(instruments).as("%s", t).contains(t.citation().instrument());
    }
  }
}
