package org.treatyflow.model.common;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.CharMatcher;
import org.immutables.value.Value;

/**
 * The reference under which a request, reply or case is known to the authorities, e.g. {@code
 * AT-BMJ-2026-0042}. It must not contain personal data.
 */
@Value.Immutable(builder = false)
public abstract class RequestId implements Comparable<RequestId> {
  private static final CharMatcher LETTER_OR_DIGIT =
      CharMatcher.inRange('A', 'Z')
          .or(CharMatcher.inRange('a', 'z'))
          .or(CharMatcher.inRange('0', '9'))
          .precomputed();
  private static final CharMatcher ALLOWED =
      LETTER_OR_DIGIT.or(CharMatcher.anyOf("._:/-")).precomputed();

  /** The reference: 1 to 64 letters, digits or {@code . _ : / -}, starting with a letter or digit. */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  protected void check() {
    checkArgument(
        isReference(value()),
        "RequestId.value must be 1 to 64 letters, digits or . _ : / - starting with a letter or"
            + " digit (length was %s)",
        value().length());
  }

  /** Whether {@code text} has the form {@code [A-Za-z0-9][A-Za-z0-9._:/-]{0,63}}. */
  static boolean isReference(String text) {
    return !text.isEmpty()
        && text.length() <= 64
        && LETTER_OR_DIGIT.matches(text.charAt(0))
        && ALLOWED.matchesAllOf(text);
  }

  /** The identifier {@code value}. */
  public static RequestId of(String value) {
    return ImmutableRequestId.of(value);
  }

  @Override
  public int compareTo(RequestId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
