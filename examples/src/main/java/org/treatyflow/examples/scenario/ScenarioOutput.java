package org.treatyflow.examples.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatyflow.serialization.ExchangeFormat;

/**
 * Writes what a scenario exchanged: one JSON file per document, indented, and one JSON Lines file
 * per case journal ({@code <case name in kebab case>.jsonl}).
 */
public final class ScenarioOutput {
  private ScenarioOutput() {}

  /** Writes the documents and the journals into {@code directory}, creating it; gives the file count. */
  public static int write(ScenarioRecord record, Path directory) throws IOException {
    Files.createDirectories(directory);
    ExchangeFormat format = ExchangeFormat.standard();
    int files = 0;
    for (ExchangedDocument document : record.documents()) {
      Files.writeString(
          directory.resolve(document.fileName()),
          format.writeIndented(document.envelope()),
          StandardCharsets.UTF_8);
      files++;
    }
    for (Map.Entry<String, List<String>> journal : record.journals().entrySet()) {
      Files.writeString(
          directory.resolve(fileName(journal.getKey()) + ".jsonl"),
          String.join("\n", journal.getValue()) + "\n",
          StandardCharsets.UTF_8);
      files++;
    }
    return files;
  }

  /** The case name in kebab case, letters and digits only: {@code bc-29-preservation-fr-de}. */
  static String fileName(String caseName) {
    return caseName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
