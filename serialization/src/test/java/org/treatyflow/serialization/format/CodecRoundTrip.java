package org.treatyflow.serialization.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.Path;
import org.treatyflow.serialization.codec.Problem;
import org.treatyflow.serialization.codec.Problems;

/** Writes a value with its codec, reads it back, and checks nothing was lost or changed. */
public final class CodecRoundTrip {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper TREES = new ObjectMapper();

  private CodecRoundTrip() {}

  /** The JSON text the codec writes for {@code value}. */
  public static <T> String write(Codec<T> codec, T value) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      codec.write(value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Reads {@code json} with the codec; fails the test if any problem is reported. */
  public static <T> T read(Codec<T> codec, String json) {
    Problems problems = new Problems();
    T value = codec.read(tree(json), Path.root(), problems);
    assertThat(problems.listed()).as("problems reading %s", json).isEmpty();
    return value;
  }

  /** The problems reading {@code json} with the codec reports. */
  public static <T> java.util.List<Problem> problems(Codec<T> codec, String json) {
    Problems problems = new Problems();
    T value = codec.read(tree(json), Path.root(), problems);
    assertThat(value == null).as("a value is returned only without problems").isEqualTo(!problems.isEmpty());
    return problems.listed();
  }

  /** Asserts that reading {@code json} reports problems at exactly {@code pointers}, in order. */
  public static <T> void assertRejectedAt(Codec<T> codec, String json, String... pointers) {
    assertThat(problems(codec, json)).extracting(Problem::pointer).containsExactly(pointers);
  }

  /** Writes and reads back {@code value}, asserting equality; returns the JSON written. */
  public static <T> String assertRoundTrip(Codec<T> codec, T value) {
    String json = write(codec, value);
    assertThat(read(codec, json)).as("read back from %s", json).isEqualTo(value);
    assertThat(write(codec, read(codec, json))).as("written again").isEqualTo(json);
    return json;
  }

  static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
