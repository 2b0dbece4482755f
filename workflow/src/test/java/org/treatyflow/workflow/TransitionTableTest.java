package org.treatyflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.treatyflow.model.common.Verification;

class TransitionTableTest {
  enum S { A, B, C }

  enum Act { GO, STOP }

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
}
