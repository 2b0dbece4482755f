package org.treatyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Verification;
import org.treatyflow.workflow.catalog.WorkflowCatalog;

class TransitionTableTest {
  enum S { A, B, C, D, UNUSED }

  enum Act { GO, STOP, LEAVE, NEVER }

  @Test
  void findsTheLineForAStatusAndAnAction() {
    TransitionTable<S, Act, String> table =
        TransitionTable.of(S.class, Act.class, String.class)
            .initial(S.A)
            .terminal(EnumSet.of(S.C))
            .from(S.A).on(Act.GO).to(S.B).per(BUDAPEST.cite(29, 3))
            .from(S.B).on(Act.STOP).to(S.C).perUnverified(BUDAPEST.cite(29, 1))
            .build();
    assertThat(table.allows(S.A, Act.GO)).isTrue();
    assertThat(table.allows(S.A, Act.STOP)).isFalse();
    assertThat(table.allows(S.C, Act.GO)).isFalse();
    assertThat(table.find(S.B, Act.STOP).orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(table.find(S.A, Act.GO).orElseThrow()).hasToString("A --GO--> B (BC 29(3))");
    assertThat(table.from(S.A)).hasSize(1);
    assertThat(table.isTerminal(S.C)).isTrue();
  }

  @Test
  void twoLinesForTheSameStatusAndActionAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                TransitionTable.of(S.class, Act.class, String.class)
                    .initial(S.A)
                    .terminal(EnumSet.of(S.C))
                    .from(S.A).on(Act.GO).to(S.B).per(BUDAPEST.cite(29, 3))
                    .from(S.A).on(Act.GO).to(S.C).per(BUDAPEST.cite(29, 5))
                    .build())
        .withMessageContaining("two lines for A on GO");
  }

  @Test
  void aLineOutOfATerminalStatusIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                TransitionTable.of(S.class, Act.class, String.class)
                    .initial(S.A)
                    .terminal(EnumSet.of(S.C))
                    .from(S.C).on(Act.GO).to(S.A).per(BUDAPEST.cite(29, 3))
                    .build())
        .withMessageContaining("leaves the terminal status C");
  }

  @Test
  void aLineFromEveryOpenStatusIsWrittenOnceForEachStatusTheOtherLinesUseButNotOverAnOwnLine() {
    TransitionTable<S, Act, String> table =
        TransitionTable.of(S.class, Act.class, String.class)
            .initial(S.A)
            .terminal(EnumSet.of(S.C, S.UNUSED))
            .from(S.A).on(Act.GO).to(S.B).per(BUDAPEST.cite(29, 3))
            .from(S.B).on(Act.GO).to(S.D).per(BUDAPEST.cite(29, 3))
            .from(S.D).on(Act.STOP).to(S.C).per(BUDAPEST.cite(29, 5))
            .from(S.D).on(Act.LEAVE).to(S.A).per(BUDAPEST.cite(29, 6))
            .fromEveryOpenStatusExcept(EnumSet.of(S.A)).on(Act.LEAVE).to(S.UNUSED).perUnverified(BUDAPEST.cite(29, 1))
            .build();
    assertThat(table.find(S.B, Act.LEAVE).orElseThrow().to()).as("written for B").isEqualTo(S.UNUSED);
    assertThat(table.find(S.B, Act.LEAVE).orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
    assertThat(table.find(S.D, Act.LEAVE).orElseThrow().to()).as("D's own line stands").isEqualTo(S.A);
    assertThat(table.allows(S.A, Act.LEAVE)).as("A is excepted").isFalse();
    assertThat(table.allows(S.C, Act.LEAVE)).as("C is terminal").isFalse();
    assertThat(table.transitions()).hasSize(5);
  }

  @Test
  void aTableListsOnlyTheStatusesAndActionsItsLinesUse() {
    TransitionTable<S, Act, String> table =
        TransitionTable.of(S.class, Act.class, String.class)
            .initial(S.A)
            .terminal(EnumSet.of(S.C, S.UNUSED))
            .from(S.A).on(Act.GO).to(S.B).per(BUDAPEST.cite(29, 3))
            .from(S.B).on(Act.STOP).to(S.C).per(BUDAPEST.cite(29, 5))
            .build();
    assertThat(table.statuses()).containsExactly(S.A, S.B, S.C);
    assertThat(table.actions()).containsExactly(Act.GO, Act.STOP);
    assertThat(table.terminal()).as("a declared terminal status no line reaches is left out").containsExactly(S.C);
  }

  @Test
  void aLineCitesAsItsVerificationSays() {
    TransitionTable<S, Act, String> table =
        TransitionTable.of(S.class, Act.class, String.class)
            .initial(S.A)
            .terminal(EnumSet.of(S.C))
            .from(S.A).on(Act.GO).to(S.C).per(BUDAPEST.cite(29, 3), Verification.UNVERIFIED)
            .build();
    assertThat(table.find(S.A, Act.GO).orElseThrow().verification()).isEqualTo(Verification.UNVERIFIED);
  }

  @Test
  void everyTableOfTheCatalogFindsExactlyItsLinesAndKnowsItsTerminalStatuses() {
    for (Workflow<?, ?, ?> workflow : WorkflowCatalog.all()) {
      checkIndex(workflow.table());
    }
  }

  private static <S extends Enum<S>, A extends Enum<A>, C> void checkIndex(TransitionTable<S, A, C> table) {
    Class<S> statusType = table.initial().getDeclaringClass();
    Class<A> actionType = table.actions().get(0).getDeclaringClass();
    for (S status : statusType.getEnumConstants()) {
      assertThat(table.isTerminal(status)).as("%s terminal", status).isEqualTo(table.terminal().contains(status));
      for (A action : actionType.getEnumConstants()) {
        Optional<Transition<S, A, C>> written =
            table.transitions().stream().filter(t -> t.from() == status && t.action() == action).findFirst();
        assertThat(table.find(status, action)).as("%s on %s", status, action).isEqualTo(written);
        assertThat(table.allows(status, action)).as("%s on %s", status, action).isEqualTo(written.isPresent());
      }
    }
  }

  enum Other { FIRST, SECOND, THIRD, FOURTH, FIFTH }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aStatusOrActionOfAnotherEnumOrNullFindsNoLine() {
    TransitionTable<S, Act, String> table =
        TransitionTable.of(S.class, Act.class, String.class)
            .initial(S.A)
            .terminal(EnumSet.of(S.C))
            .from(S.A).on(Act.GO).to(S.B).per(BUDAPEST.cite(29, 3))
            .from(S.B).on(Act.STOP).to(S.C).per(BUDAPEST.cite(29, 5))
            .build();
    TransitionTable raw = table;
    assertThat(raw.allows(Other.FIRST, Act.GO)).isFalse();
    assertThat(raw.allows(S.A, Other.FIRST)).isFalse();
    assertThat(raw.find(Other.SECOND, Other.SECOND)).isEmpty();
    assertThat(raw.isTerminal(Other.THIRD)).isFalse();
    assertThat(table.allows(null, Act.GO)).isFalse();
    assertThat(table.allows(S.A, null)).isFalse();
    assertThat(table.find(null, null)).isEmpty();
    assertThat(table.isTerminal(null)).isFalse();
  }
}
