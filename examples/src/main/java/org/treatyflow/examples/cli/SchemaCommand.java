package org.treatyflow.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.treatyflow.serialization.ExchangeSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command {@code treatyflow schema --out DIR}: writes every published JSON Schema of the
 * exchange format ({@link ExchangeSchemas#all()}) into a directory, byte for byte as they are
 * committed in the serialization module: indented by two spaces, line feeds, a final line feed.
 */
@Command(
    name = "schema",
    description =
        "Writes the JSON Schemas (2020-12) of the exchange format into DIR, creating it: the"
            + " envelope, the payload and one per payload type.")
final class SchemaCommand implements Callable<Integer> {
  /**
   * Jackson's default pretty printer with a line feed on every system, as the committed schemas are
   * written.
   */
  private static final ObjectWriter INDENTED =
      new ObjectMapper()
          .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  @Spec private CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description =
          "The directory to write into; created if absent. Files of the same names are replaced.")
  private Path directory;

  @Override
  public Integer call() throws JsonProcessingException {
    SortedMap<String, ObjectNode> schemas = ExchangeSchemas.all();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      TreatyflowCli.cannot(spec, "create", directory.toString(), e);
      return TreatyflowCli.USAGE;
    }
    for (Map.Entry<String, ObjectNode> schema : schemas.entrySet()) {
      Path file = directory.resolve(schema.getKey());
      try {
        Files.write(file, text(schema.getValue()).getBytes(UTF_8));
      } catch (IOException e) {
        TreatyflowCli.cannot(spec, "write", file.toString(), e);
        return TreatyflowCli.USAGE;
      }
    }
    spec.commandLine().getOut().println("Wrote " + schemas.size() + " schemas to " + directory);
    return TreatyflowCli.OK;
  }

  /** The text of a schema as committed. */
  static String text(ObjectNode schema) throws JsonProcessingException {
    return INDENTED.writeValueAsString(schema) + "\n";
  }
}
