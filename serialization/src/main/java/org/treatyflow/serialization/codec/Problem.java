package org.treatyflow.serialization.codec;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One reason a document was rejected: where (a JSON Pointer into the document, the empty string
 * for the whole document) and what was expected there.
 *
 * <p>Neither part ever holds a value taken from the document: only names of the format, member
 * names that look like them (see {@link Path}) and array indices.
 *
 * @param pointer the JSON Pointer (RFC 6901) of the faulty location
 * @param expected what the format expects at that location, as a phrase ("an ISO 3166-1 alpha-2
 *     code")
 */
public record Problem(String pointer, String expected) {
  public Problem {
    checkNotNull(pointer, "Problem.pointer");
    checkNotNull(expected, "Problem.expected");
  }

  /** The problem as one line: {@code /payload/header/requestingParty: expected ...}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + ": expected " + expected;
  }
}
