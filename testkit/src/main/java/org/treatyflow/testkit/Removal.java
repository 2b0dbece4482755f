package org.treatyflow.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.treatyflow.model.common.CompletenessRule;
import org.treatyflow.model.common.CompletenessRules;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Violation;

/**
 * How to take the item one completeness rule requires out of a complete act: the rule's code, when
 * the item can be removed on its own from a given act, and the rebuild without it.
 */
record Removal<R>(String code, Predicate<? super R> applies, UnaryOperator<R> remove) {

  /** A removal that applies to every complete act. */
  static <R> Removal<R> always(String code, UnaryOperator<R> remove) {
    return new Removal<>(code, r -> true, remove);
  }

  /** A removal that applies only to the acts {@code applies} accepts (a conditional rule). */
  static <R> Removal<R> when(String code, Predicate<? super R> applies, UnaryOperator<R> remove) {
    return new Removal<>(code, applies, remove);
  }

  /** The removals of one family, checked against the family's rules. */
  static final class Family<R extends CooperationAct> {
    /** Complete acts, created on demand within a property rather than when the class loads. */
    private final Supplier<Arbitrary<R>> complete;
    private final CompletenessRules<R> rules;
    private final ImmutableList<Removal<R>> removals;

    Family(Supplier<Arbitrary<R>> complete, CompletenessRules<R> rules, List<Removal<R>> removals) {
      checkArgument(!removals.isEmpty(), "Removal.Family: no removal");
      for (Removal<R> removal : removals) {
        checkArgument(
            rules.rule(removal.code()).isPresent(),
            "Removal.Family: no rule %s among the family's rules",
            removal.code());
      }
      this.complete = complete;
      this.rules = rules;
      this.removals = ImmutableList.copyOf(removals);
    }

    /** The codes of the rules whose item can be removed, in the order given. */
    List<String> codes() {
      return removals.stream().map(Removal::code).toList();
    }

    /** Acts missing one item, chosen at random among those removable from each act. */
    Arbitrary<Incomplete<R>> incomplete() {
      return missing(removals);
    }

    /** Acts missing the item of the rule {@code code}. */
    Arbitrary<Incomplete<R>> incomplete(String code) {
      List<Removal<R>> selected = removals.stream().filter(r -> r.code().equals(code)).toList();
      checkArgument(!selected.isEmpty(), "No removable item for the rule %s", code);
      return missing(selected);
    }

    /**
     * A removal chosen by an index among those that apply to the act, rather than by a generator
     * built for each act: jqwik's flatMap is slow to generate and to shrink.
     */
    private Arbitrary<Incomplete<R>> missing(List<Removal<R>> candidates) {
      Arbitrary<R> acts = complete.get().filter(act -> candidates.stream().anyMatch(r -> r.applies().test(act)));
      return Combinators.combine(acts, Arbitraries.integers().between(0, candidates.size() - 1))
          .as(
              (act, index) -> {
                List<Removal<R>> applicable = candidates.stream().filter(r -> r.applies().test(act)).toList();
                return without(act, applicable.get(index % applicable.size()));
              });
    }

    private Incomplete<R> without(R act, Removal<R> removal) {
      CompletenessRule<? super R> rule = rules.rule(removal.code()).orElseThrow();
      Violation violation = rule.violation();
      return new Incomplete<>(
          removal.remove().apply(act), violation.code(), violation.citation(), violation.field());
    }
  }
}
