package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A rule of law that a request, reply or step fails, reported as a value rather than thrown.
 *
 * <p>A violation names the provision that demands the rule, a stable machine-readable code, the
 * field it concerns (a dotted path such as {@code facts.summary}, or empty for the whole request)
 * and a sentence for a case officer in English and French. It never quotes the value it found, so
 * that personal data cannot leak through it.
 */
@Value.Immutable
public interface Violation {
  /** Codes are upper-case words joined by underscores, e.g. {@code BC_29_2_B_FACTS_MISSING}. */
  Pattern CODE = Pattern.compile("[A-Z0-9]+(?:_[A-Z0-9]+)*");

  /** The provision that demands the rule. */
  ArticleCitation citation();

  /** A stable code for machines; never changes once released. */
  String code();

  /** The field concerned as a dotted path (e.g. {@code preservation.dataToPreserve}); empty for the whole object. */
  String field();

  /** What is wrong, in English and French, for a case officer. */
  BilingualText message();

  /** Whether the rule rests on a verified reading of the treaty. */
  Verification verification();

  @Value.Check
  default void check() {
    checkArgument(ViolationCodes.isCode(code()), "Violation.code must match %s, was '%s'", CODE, code());
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a violation; every attribute must be set once. */
  final class Builder extends ImmutableViolation.Builder {}
}
