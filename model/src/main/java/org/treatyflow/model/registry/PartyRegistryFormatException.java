package org.treatyflow.model.registry;

/**
 * A party registry file does not have the expected form. The message names the JSON Pointer of
 * the faulty location and what was expected there; it never quotes a free-text value of the file.
 */
public final class PartyRegistryFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  PartyRegistryFormatException(String source, String pointer, String expected, Throwable cause) {
    super(
        "Party registry " + source + ", at '" + pointer + "': expected " + expected, cause);
    this.pointer = pointer;
  }

  /** The JSON Pointer of the faulty location, e.g. {@code /treaties/ETS185/3/inForce}. */
  public String pointer() {
    return pointer;
  }
}
