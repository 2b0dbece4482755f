package org.treatyflow.serialization.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

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
   * Reads a value from a JSON tree. Every fault is added to {@code problems} with its location,
   * and then the result is {@code null}; a result that is not {@code null} means no problem was
   * found inside this value. Never throws for bad input.
   *
   * @param node the JSON value, never {@code null} (a JSON {@code null} is a {@code NullNode})
   * @param at where the value lies in the document
   * @param problems where faults are recorded
   */
  T read(JsonNode node, Path at, Problems problems);

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
