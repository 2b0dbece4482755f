package org.treatyflow.model.common;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The official article titles of the Budapest and Warsaw Conventions, read once from the bundled
 * resource {@code article-titles.tsv} (which names the source of each title).
 *
 * <p>Only titles read in a treaty text are bundled: every English title of both conventions, and the
 * French titles that were found. A title not found is absent rather than guessed; the titles of the
 * Second Protocol could only be read in drafts and are not bundled.
 */
final class ArticleTitles {
  private static final String RESOURCE = "article-titles.tsv";
  private static final Map<String, String> TITLES = load();

  private ArticleTitles() {}

  static Optional<String> titleOf(Instrument instrument, int article, Language language) {
    return Optional.ofNullable(TITLES.get(key(instrument, article, language)));
  }

  private static String key(Instrument instrument, int article, Language language) {
    return instrument.shortName() + ' ' + article + '/' + language.code();
  }

  private static Map<String, String> load() {
    ImmutableMap.Builder<String, String> titles = ImmutableMap.builder();
    try (InputStream in = ArticleTitles.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Bundled resource " + RESOURCE + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      String line = reader.readLine(); // header
      int lineNumber = 1;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        String[] columns = line.split("\t", -1);
        if (columns.length != 5) {
          throw new IllegalStateException(
              RESOURCE + " line " + lineNumber + ": expected 5 tab-separated columns");
        }
        Instrument instrument = Instrument.fromShortName(columns[0]);
        int article = Integer.parseInt(columns[1]);
        if (!columns[2].isBlank()) {
          titles.put(key(instrument, article, Language.ENGLISH), columns[2]);
        }
        if (!columns[3].isBlank()) {
          titles.put(key(instrument, article, Language.FRENCH), columns[3]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled resource " + RESOURCE, e);
    }
    return titles.buildOrThrow();
  }
}
