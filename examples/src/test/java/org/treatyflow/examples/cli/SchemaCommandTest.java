package org.treatyflow.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatyflow.serialization.ExchangeSchemas;

class SchemaCommandTest {
  @TempDir Path temp;

  @Test
  void theSchemasWrittenAreTheCommittedOnesByteForByte() throws IOException {
    Path out = temp.resolve("published/schemas");
    CliRun run = CliRun.run("schema", "--out", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Set<String> names = ExchangeSchemas.all().keySet();
    assertThat(names)
        .contains(
            "envelope.schema.json", "payload.schema.json", "preservation-request.schema.json");
    assertThat(run.out()).isEqualTo("Wrote " + names.size() + " schemas to " + out + "\n");
    assertThat(filesIn(out)).isEqualTo(names);
    for (String name : names) {
      assertThat(Files.readAllBytes(out.resolve(name))).as(name).isEqualTo(committed(name));
    }
  }

  @Test
  void filesOfTheSameNamesAreReplaced() throws IOException {
    Files.writeString(temp.resolve("envelope.schema.json"), "{}");
    CliRun run = CliRun.run("schema", "--out", temp.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllBytes(temp.resolve("envelope.schema.json")))
        .isEqualTo(committed("envelope.schema.json"));
  }

  @Test
  void aFileInThePlaceOfTheDirectoryExitsWith2NamingIt() throws IOException {
    Path file = Files.writeString(temp.resolve("not-a-directory"), "");
    CliRun run = CliRun.run("schema", "--out", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "treatyflow schema: cannot create " + file + ": a file of that name is in the way\n");
  }

  @Test
  void withoutOutTheCommandIsAUsageError() {
    CliRun run = CliRun.run("schema");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Missing required option: '--out=DIR'")
        .contains("Usage: treatyflow schema");
  }

  private static Set<String> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      Set<String> names = new TreeSet<>();
      files.forEach(f -> names.add(f.getFileName().toString()));
      return names;
    }
  }

  /** The committed schema, from the serialization jar. */
  private static byte[] committed(String name) throws IOException {
    try (InputStream in =
        SchemaCommandTest.class
            .getClassLoader()
            .getResourceAsStream(ExchangeSchemas.RESOURCE_DIRECTORY + "/" + name)) {
      assertThat(in).as("committed schema %s on the class path", name).isNotNull();
      return in.readAllBytes();
    }
  }
}
