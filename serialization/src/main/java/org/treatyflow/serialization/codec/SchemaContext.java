package org.treatyflow.serialization.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The named definitions ({@code $defs}) gathered while describing a type as a JSON Schema. */
public final class SchemaContext {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, JsonNode> definitions = new TreeMap<>();

  /** The node factory schemas are built with. */
  public static JsonNodeFactory nodes() {
    return NODES;
  }

  /**
   * A reference to the definition {@code name}, defining it with {@code definition} the first time
   * (recursive types are safe: the name is reserved before the definition is built).
   *
   * @throws IllegalStateException if two different definitions claim the same name
   */
  public JsonNode reference(String name, Supplier<? extends JsonNode> definition) {
    JsonNode known = definitions.get(name);
    if (known == null) {
      definitions.put(name, NODES.nullNode());
      definitions.put(name, definition.get());
    } else if (!known.isNull() && !known.equals(definition.get())) {
      throw new IllegalStateException("Two different schema definitions are named " + name);
    }
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  /** The definitions, sorted by name. */
  public ObjectNode definitions() {
    ObjectNode defs = NODES.objectNode();
    definitions.forEach(defs::set);
    return defs;
  }
}
