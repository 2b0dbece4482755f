package org.treatyflow.serialization.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * How one type of the exchange format is written, read and described: the single declaration from
 * which the Jackson serializer, the strict reader and the published JSON Schema all derive, so the
 * three cannot drift apart.
 *
 * @param <T> the type of the values
 */
public interface Codec<T> {
  /** Writes the value as JSON, members in the published order, without whitespace. */
  void write(T value, JsonGenerator out) throws IOException;

  /**
   * Reads a value from a streaming parser, the one way values are read. Every fault of the value
   * is added to {@code problems} with its location, and then the result is {@code null}; a result
   * that is not {@code null} means no problem was found inside this value.
   *
   * <p>The parser is on the value's first token ({@code START_OBJECT} for an object, the token
   * itself for a scalar, {@code VALUE_NULL} for a JSON {@code null}). On return it is on the
   * value's last token, whether the value was read or rejected, so that the caller reads on.
   *
   * @param in the parser, on the value's first token
   * @param at where the value lies in the document
   * @param problems where faults are recorded
   * @throws IOException only from the parser: the JSON is malformed or breaks a read limit. A
   *     value that is not what the format expects is a problem, never an exception.
   */
  T read(JsonParser in, Path at, Problems problems) throws IOException;

  /**
   * Reads a value from a JSON tree, by {@linkplain #read(JsonParser, Path, Problems) the same
   * reader} walking the tree; see there. Never throws for bad input.
   *
   * @param node the JSON value, never {@code null} (a JSON {@code null} is a {@code NullNode})
   * @param at where the value lies in the document
   * @param problems where faults are recorded
   */
  default T read(JsonNode node, Path at, Problems problems) {
    try (JsonParser in = node.traverse()) {
      in.nextToken();
      return read(in, at, problems);
    } catch (IOException e) {
      // a tree in memory is well-formed JSON: walking it cannot fail
      throw new UncheckedIOException("Walking a JSON tree failed", e);
    }
  }

  /** This type's JSON Schema (2020-12), registering named definitions in {@code schemas}. */
  JsonNode schema(SchemaContext schemas);

  /**
   * Finds the members inside {@code node} that hold personal data, so that the case journal can
   * seal them; {@code node} has been read without problems, or has had its personal data sealed.
   * Scalars hold none of their own.
   */
  default void visitPersonal(JsonNode node, PersonalDataSink sink) {}

  /** The members of a document that hold personal data. */
  @FunctionalInterface
  interface PersonalDataSink {
    /** The member {@code name} of {@code parent} holds personal data. */
    void personal(com.fasterxml.jackson.databind.node.ObjectNode parent, String name);
  }
}
