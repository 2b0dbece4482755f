package org.treatyflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.Incomplete;
import org.treatyflow.testkit.IncompleteArbitraries;

/** Every rule the incomplete generators cover, asked for by name, yields exactly its violation. */
class IncompleteActsProperties {

  @Property(tries = 400)
  void everyCoveredRuleYieldsExactlyItsViolation(
      @ForAll("anyCoveredRule") Incomplete<? extends CooperationAct> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code, Violation::citation, Violation::field)
        .containsExactly(tuple(incomplete.code(), incomplete.citation(), incomplete.field()));
  }

  @Property(tries = 200)
  void anActOfAnyCoveredFamilyMissesExactlyOneItem(
      @ForAll("anyCoveredFamily") Incomplete<? extends CooperationAct> incomplete) {
    assertThat(incomplete.act().completenessViolations())
        .extracting(Violation::code)
        .containsExactly(incomplete.code());
    assertThat(IncompleteArbitraries.removableCodes(incomplete.family()))
        .contains(incomplete.code());
  }

  @Example
  void everyFamilyIsCovered() {
    assertThat(RequestFamily.values())
        .allSatisfy(f -> assertThat(IncompleteArbitraries.removableCodes(f)).as("%s", f).isNotEmpty());
  }

  @Example
  void aCodeNotCoveredIsRefused() {
    assertThatThrownBy(
            () ->
                IncompleteArbitraries.incompleteActsOf(
                    RequestFamily.EXPEDITED_PRESERVATION, "BC_29_2_A_PUBLIC_AUTHORITY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BC_29_2_A_PUBLIC_AUTHORITY");
  }

  @Provide
  Arbitrary<Incomplete<? extends CooperationAct>> anyCoveredRule() {
    return Arbitraries.oneOf(
        coveredFamilies().stream()
            .flatMap(
                f ->
                    IncompleteArbitraries.removableCodes(f).stream()
                        .map(code -> IncompleteArbitraries.incompleteActsOf(f, code)))
            .toList());
  }

  @Provide
  Arbitrary<Incomplete<? extends CooperationAct>> anyCoveredFamily() {
    return Arbitraries.oneOf(
        coveredFamilies().stream().map(IncompleteArbitraries::incompleteActsOf).toList());
  }

  private static List<RequestFamily> coveredFamilies() {
    return Arrays.stream(RequestFamily.values())
        .filter(f -> !IncompleteArbitraries.removableCodes(f).isEmpty())
        .toList();
  }
}
