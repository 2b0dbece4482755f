package org.treatyflow.serialization;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import org.treatyflow.serialization.codec.Problem;

/**
 * A document was not accepted: it is not UTF-8, not well-formed JSON, beyond the format's limits,
 * or not what the format expects at some location. Every problem found is listed with the JSON
 * Pointer of its location, up to {@link org.treatyflow.serialization.codec.Problems#MOST_REPORTED}.
 *
 * <p>The message never quotes the document: documents hold personal data. A document that is
 * well-formed but legally incomplete is <em>not</em> rejected; its completeness check reports that.
 */
public final class RejectedDocumentException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The problems, in document order. */
  private final transient List<Problem> problems;

  /** The number of problems found, including those not listed. */
  private final int count;

  /**
   * A rejection for {@code problems} (at least one), of which {@code count} were found in all.
   *
   * @param cause the parser's exception where one started the rejection, else {@code null}; its
   *     message is not repeated, since it may quote the document
   */
  public RejectedDocumentException(List<Problem> problems, int count, Throwable cause) {
    super(null, summary(problems, count));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A rejection needs at least one problem");
    }
    this.problems = List.copyOf(problems);
    this.count = count;
    if (cause != null) {
      initCause(new ParserFailure(cause.getClass().getName()));
    }
  }

  /** A rejection for one problem. */
  public static RejectedDocumentException of(Problem problem) {
    return new RejectedDocumentException(List.of(problem), 1, null);
  }

  /** The problems, in document order. */
  public List<Problem> problems() {
    return problems;
  }

  /** The number of problems found, which may exceed the number listed. */
  public int problemCount() {
    return count;
  }

  @Override
  public String getMessage() {
    return getOriginalMessage();
  }

  @Override
  public String getLocalizedMessage() {
    return getOriginalMessage();
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getOriginalMessage();
  }

  private static String summary(List<Problem> problems, int count) {
    String listed = problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    return "Rejected document ("
        + count
        + (count == 1 ? " problem" : " problems")
        + (count > problems.size() ? ", " + problems.size() + " listed" : "")
        + "): "
        + listed;
  }

  /**
   * Stands for the parser's exception in the cause chain, by type only: the original's message can
   * quote the document.
   */
  static final class ParserFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParserFailure(String type) {
      super("The JSON parser failed with " + type, null, false, false);
    }
  }
}
