package org.treatyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Verification;

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
}
