package org.treatyflow.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed schemas are exactly what the code gives. To publish a deliberate change of the
 * format, run this test with {@code -Dtreatyflow.writeSchemas=true} from the module's directory,
 * then review and commit the files it rewrites.
 */
class PublishedSchemasTest {
  private static final Path COMMITTED =
      Path.of("src/main/resources").resolve(ExchangeSchemas.RESOURCE_DIRECTORY);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The text a schema is committed as: indented, with a final line break. */
  static String text(ObjectNode schema) throws IOException {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
  }

  @Test
  void theCommittedSchemasAreWhatTheCodeGives() throws IOException {
    SortedMap<String, ObjectNode> generated = ExchangeSchemas.all();
    if (Boolean.getBoolean("treatyflow.writeSchemas")) {
      rewrite(generated);
    }
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, ObjectNode> schema : generated.entrySet()) {
      String committed = committed(schema.getKey());
      if (!text(schema.getValue()).equals(committed)) {
        differing.add(schema.getKey());
      }
    }
    assertThat(differing)
        .as(
            "schemas that differ from the code; if the change of format is deliberate, run this test"
                + " with -Dtreatyflow.writeSchemas=true and commit the result")
        .isEmpty();
    try (Stream<Path> files = Files.list(COMMITTED)) {
      Set<String> names = new TreeSet<>();
      files.forEach(file -> names.add(file.getFileName().toString()));
      assertThat(names).as("committed schema files").isEqualTo(generated.keySet());
    }
  }

  @Test
  void thereIsASchemaForTheEnvelopeThePayloadAndEveryPayloadType() {
    assertThat(ExchangeSchemas.all())
        .containsKeys("envelope.schema.json", "payload.schema.json")
        .hasSize(ExchangeTypes.PAYLOAD.alternatives().size() + 2);
  }

  @Test
  void everySchemaIsA2020Dash12SchemaWhoseReferencesResolve() {
    for (Map.Entry<String, ObjectNode> schema : ExchangeSchemas.all().entrySet()) {
      assertThat(schema.getValue().get("$schema").asText()).isEqualTo(ExchangeSchemas.DIALECT);
      Schema loaded = schemaOf(schema.getValue());
      loaded.initializeValidators();
      List<String> unresolved = new ArrayList<>();
      schema.getValue().findValues("$ref").forEach(ref -> {
        String pointer = ref.asText().substring(1);
        if (schema.getValue().at(pointer).isMissingNode()) {
          unresolved.add(ref.asText());
        }
      });
      assertThat(unresolved).as("references in %s", schema.getKey()).isEmpty();
    }
  }

  /** The validator of a published schema. */
  static Schema schemaOf(JsonNode schema) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(schema.toString());
  }

  private static String committed(String file) throws IOException {
    try (InputStream in =
        PublishedSchemasTest.class
            .getClassLoader()
            .getResourceAsStream(ExchangeSchemas.RESOURCE_DIRECTORY + "/" + file)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void rewrite(SortedMap<String, ObjectNode> generated) throws IOException {
    Files.createDirectories(COMMITTED);
    try (Stream<Path> files = Files.list(COMMITTED)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    for (Map.Entry<String, ObjectNode> schema : generated.entrySet()) {
      Files.writeString(COMMITTED.resolve(schema.getKey()), text(schema.getValue()));
    }
  }
}
