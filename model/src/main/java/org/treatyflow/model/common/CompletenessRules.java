package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The ordered list of content requirements of one kind of request, read top-down like the article.
 *
 * @param <T> the type of request
 */
public final class CompletenessRules<T> {
  private final ImmutableList<CompletenessRule<? super T>> rules;

  private CompletenessRules(ImmutableList<CompletenessRule<? super T>> rules) {
    Set<String> codes = new HashSet<>();
    for (CompletenessRule<? super T> rule : rules) {
      checkArgument(
          codes.add(rule.violation().code()), "Duplicate completeness rule code %s", rule);
    }
    this.rules = rules;
  }

  /** The rules, in the order they are checked. */
  public List<CompletenessRule<? super T>> rules() {
    return rules;
  }

  /** Every violated rule, in order; empty when {@code request} is complete. Never null. */
  public List<Violation> check(T request) {
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    for (CompletenessRule<? super T> rule : rules) {
      rule.check(request).ifPresent(violations::add);
    }
    return violations.build();
  }

  /** The rule with {@code code}, if this list has one. */
  public Optional<CompletenessRule<? super T>> rule(String code) {
    return rules.stream().filter(r -> r.violation().code().equals(code)).findFirst();
  }

  /** Starts an ordered list of rules. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Collects rules in the order of the article. */
  public static final class Builder<T> {
    private final ImmutableList.Builder<CompletenessRule<? super T>> rules = ImmutableList.builder();

    private Builder() {}

    /** Adds one rule. */
    public Builder<T> add(CompletenessRule<? super T> rule) {
      rules.add(rule);
      return this;
    }

    /** Adds all rules of {@code other}, applied to the part of the request {@code part} selects. */
    public <P> Builder<T> addAll(CompletenessRules<P> other, Function<? super T, ? extends P> part) {
      for (CompletenessRule<? super P> rule : other.rules()) {
        rules.add(rule.on(part));
      }
      return this;
    }

    /** Adds all rules of {@code other}. */
    public Builder<T> addAll(CompletenessRules<? super T> other) {
      other.rules().forEach(rules::add);
      return this;
    }

    public CompletenessRules<T> build() {
      return new CompletenessRules<>(rules.build());
    }
  }
}
