package org.treatyflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;
import org.treatyflow.testkit.IncompleteArbitraries;
import org.treatyflow.testkit.ModelArbitraries;

/**
 * Every act keeps its completeness violations once computed: the list it keeps is the list its
 * rules give, complete or not, the same on every call, and cannot be changed by a caller.
 */
class CompletenessMemoProperties {

  @Property(tries = 400)
  void aCompleteActKeepsWhatItsRulesGive(@ForAll("completeActs") CooperationAct act) {
    checkKept(act);
  }

  @Property(tries = 400)
  void anIncompleteActKeepsWhatItsRulesGive(@ForAll("incompleteActs") CooperationAct act) {
    checkKept(act);
    assertThat(act.completenessViolations()).hasSize(1);
  }

  private static void checkKept(CooperationAct act) {
    List<Violation> first = act.completenessViolations();
    assertThat(first).as("computed by the rules of %s", act.family()).isEqualTo(computed(act));
    assertThat(act.completenessViolations()).as("kept").isSameAs(first);
    assertThat(act.isComplete()).isEqualTo(first.isEmpty());
    assertThatThrownBy(() -> first.add(first.isEmpty() ? null : first.get(0)))
        .isInstanceOfAny(UnsupportedOperationException.class, NullPointerException.class);
    assertThatThrownBy(first::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  /** The violations of {@code act} computed afresh from its type's {@code REQUIRED_CONTENT}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<Violation> computed(CooperationAct act) {
    for (Class<?> type : act.getClass().getInterfaces()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getName().equals("REQUIRED_CONTENT") && Modifier.isStatic(field.getModifiers())) {
          try {
            return ((CompletenessRules) field.get(null)).check(act);
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
    return List.of();
  }

  @Provide
  Arbitrary<CooperationAct> completeActs() {
    return ModelArbitraries.actsAndReplies();
  }

  @Provide
  Arbitrary<CooperationAct> incompleteActs() {
    return Arbitraries.of(RequestFamily.class)
        .flatMap(IncompleteArbitraries::incompleteActsOf)
        .map(incomplete -> incomplete.act());
  }
}
