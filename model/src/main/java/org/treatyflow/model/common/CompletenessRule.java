package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One item of the content a provision requires of a request, as a named, cited check.
 *
 * <p>A request under construction may lack required content, so completeness is not an invariant of
 * the value: a rule reports a {@link Violation} when its item is missing or inconsistent.
 *
 * @param <T> the type of request the rule reads
 */
public final class CompletenessRule<T> {
  private final Violation violation;
  private final Predicate<? super T> satisfied;

  private CompletenessRule(Violation violation, Predicate<? super T> satisfied) {
    this.violation = violation;
    this.satisfied = satisfied;
  }

  /**
   * A rule that is met when {@code satisfied} holds.
   *
   * @param code the stable code of the violation, e.g. {@code BC_29_2_B_OFFENCE}
   * @param citation the provision requiring the item
   * @param field the dotted path of the field concerned
   * @param verification whether the requirement was read in the treaty text
   * @param satisfied true when the item is present and consistent
   * @param english the sentence for a case officer when it is not
   * @param french the same sentence in French
   */
  public static <T> CompletenessRule<T> require(
      String code,
      ArticleCitation citation,
      String field,
      Verification verification,
      Predicate<? super T> satisfied,
      String english,
      String french) {
    Violation violation =
        Violation.builder()
            .code(code)
            .citation(citation)
            .field(field)
            .verification(verification)
            .message(new BilingualText(english, french))
            .build();
    return new CompletenessRule<>(violation, checkNotNull(satisfied, "satisfied"));
  }

  /** The violation reported when the rule is not met. */
  public Violation violation() {
    return violation;
  }

  /** The violation, if {@code request} does not meet this rule. */
  public Optional<Violation> check(T request) {
    return satisfied.test(request) ? Optional.empty() : Optional.of(violation);
  }

  /**
   * This rule applied to the part of a larger object that {@code part} selects, e.g. the header of
   * a request.
   */
  public <S> CompletenessRule<S> on(Function<? super S, ? extends T> part) {
    checkNotNull(part, "part");
    Predicate<? super T> own = satisfied;
    return new CompletenessRule<>(violation, whole -> own.test(part.apply(whole)));
  }

  @Override
  public String toString() {
    return violation.code() + " (" + violation.citation() + ")";
  }
}
