package org.treatyflow.model.common;

/**
 * The form of a {@link Violation#code()}, checked without a regular expression: violations are
 * built at every step a rule refuses, so the check is on a hot path.
 */
final class ViolationCodes {
  private ViolationCodes() {}

  /**
   * Whether {@code code} matches {@link Violation#CODE}: words of upper-case letters and digits
   * joined by single underscores.
   */
  static boolean isCode(String code) {
    if (code.isEmpty() || code.charAt(0) == '_' || code.charAt(code.length() - 1) == '_') {
      return false;
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      boolean allowed =
          (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == '_' && code.charAt(i - 1) != '_');
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
