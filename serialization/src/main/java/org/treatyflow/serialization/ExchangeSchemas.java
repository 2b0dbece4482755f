package org.treatyflow.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;
import org.treatyflow.serialization.codec.SchemaContext;

/**
 * The published JSON Schemas (2020-12) of the format, derived from the same codecs that read and
 * write it: one for the envelope, one for the payload union and one per payload type, each
 * self-contained (every definition it uses is in its own {@code $defs}).
 *
 * <p>The committed copies lie in this module's resources under {@value #RESOURCE_DIRECTORY}; the
 * build fails if they differ from what the code gives.
 */
public final class ExchangeSchemas {
  /** The dialect of every schema. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** Where the schemas lie on the class path. */
  public static final String RESOURCE_DIRECTORY = "org/treatyflow/serialization/schema";

  private ExchangeSchemas() {}

  /** Every schema by file name, such as {@code envelope.schema.json}. */
  public static SortedMap<String, ObjectNode> all() {
    SortedMap<String, ObjectNode> schemas = new TreeMap<>();
    schemas.put(
        "envelope.schema.json",
        schema("envelope", "A message of the treatyflow exchange format", ExchangeTypes.ENVELOPE));
    schemas.put(
        "payload.schema.json",
        schema("payload", "Any request, reply or record of the format", ExchangeTypes.PAYLOAD));
    for (ObjectCodec<? extends CooperationAct, ?> payload : ExchangeTypes.PAYLOAD.alternatives()) {
      String typeName = payload.typeName().orElseThrow();
      schemas.put(
          typeName + ".schema.json",
          schema(typeName, "The payload type \"" + typeName + "\"", payload));
    }
    return schemas;
  }

  /** The schema named {@code name}: a reference to the root definition and every definition. */
  static ObjectNode schema(String name, String title, Codec<?> root) {
    SchemaContext context = new SchemaContext();
    JsonNode reference = root.schema(context);
    ObjectNode schema = SchemaContext.nodes().objectNode();
    schema.put("$schema", DIALECT);
    schema.put("$id", "urn:treatyflow:exchange:" + ExchangeFormat.VERSION + ":" + name);
    schema.put("title", title);
    for (Map.Entry<String, JsonNode> member : reference.properties()) {
      schema.set(member.getKey(), member.getValue());
    }
    schema.set("$defs", context.definitions());
    return schema;
  }
}
