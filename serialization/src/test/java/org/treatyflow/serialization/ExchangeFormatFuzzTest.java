package org.treatyflow.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz tests of every public read method of {@link ExchangeFormat}: a read either returns a value
 * or throws a {@link RejectedDocumentException}, and nothing else; a value read is written and read
 * again as an equal value, written the same.
 *
 * <p>Under {@code mvn verify} Jazzer runs in regression mode: each test reads the inputs committed
 * in {@code ExchangeFormatFuzzTestInputs/<method>/} beside this class in the test resources, and an
 * empty input. To fuzz one test (Jazzer fuzzes one per run, for up to {@code maxDuration}):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -o test -pl serialization -Dtest=ExchangeFormatFuzzTest#readEnvelopeFromBytes
 * </pre>
 *
 * <p>By default Jazzer instruments only this module's classes; to let coverage of the parser and
 * the model guide it too, add {@code
 * JAZZER_INSTRUMENT='org.treatyflow.**,com.fasterxml.jackson.**,com.google.common.base.Utf8'}.
 * Jazzer writes the input of a finding into the test's inputs directory as {@code crash-<sha1>};
 * commit it with the fix so that the build reads it ever after. The corpus it grows goes to {@code
 * serialization/.cifuzz-corpus/}, which is not to be committed.
 */
class ExchangeFormatFuzzTest {
  private static final ExchangeFormat FORMAT = ExchangeFormat.standard();

  /** The types {@link #readEveryType} chooses from, by the first byte of its input. */
  private static final List<Class<?>> TYPES = List.copyOf(ExchangeTypes.all().keySet());

  @FuzzTest(maxDuration = "5m")
  void readEnvelopeFromBytes(byte[] document) {
    readsOrRejects(Envelope.class, () -> FORMAT.readEnvelope(document));
  }

  @FuzzTest(maxDuration = "5m")
  void readEnvelopeFromStream(byte[] document) {
    readsOrRejects(Envelope.class, () -> FORMAT.readEnvelope(new ByteArrayInputStream(document)));
  }

  @FuzzTest(maxDuration = "5m")
  void readBytes(byte[] document) {
    readsOrRejects(Envelope.class, () -> FORMAT.read(document, Envelope.class));
  }

  @FuzzTest(maxDuration = "5m")
  void readStream(byte[] document) {
    readsOrRejects(
        Envelope.class, () -> FORMAT.read(new ByteArrayInputStream(document), Envelope.class));
  }

  @FuzzTest(maxDuration = "5m")
  void readText(@NotNull @WithUtf8Length(max = 65536) String document) {
    readsOrRejects(Envelope.class, () -> FORMAT.read(document, Envelope.class));
  }

  /** The tree of a document that passes the byte and syntax checks, or a rejection. */
  @FuzzTest(maxDuration = "5m")
  void readTree(byte[] document) {
    try {
      assertThat(FORMAT.readTree(document)).isNotNull();
    } catch (RejectedDocumentException rejection) {
      assertThat(rejection.problems()).isNotEmpty();
    }
  }

  /**
   * Reads the rest of the input as the type of {@link ExchangeTypes#all()} its first byte picks.
   */
  @FuzzTest(maxDuration = "5m")
  void readEveryType(byte[] input) {
    if (input.length == 0) {
      readsOrRejects(Envelope.class, () -> FORMAT.read(input, Envelope.class));
      return;
    }
    Class<?> type = TYPES.get(Byte.toUnsignedInt(input[0]) % TYPES.size());
    readAs(type, Arrays.copyOfRange(input, 1, input.length));
  }

  private static <T> void readAs(Class<T> type, byte[] document) {
    readsOrRejects(type, () -> FORMAT.read(document, type));
  }

  /** A read of a document, which may reject it. */
  @FunctionalInterface
  private interface Read<T> {
    T read() throws RejectedDocumentException;
  }

  /**
   * Runs the read: a rejection lists at least one problem; a value reads back equal from what is
   * written for it. Any other throwable leaves this method and is a finding.
   */
  private static <T> void readsOrRejects(Class<T> type, Read<? extends T> read) {
    T value;
    try {
      value = read.read();
    } catch (RejectedDocumentException rejection) {
      assertThat(rejection.problems()).isNotEmpty();
      assertThat(rejection.problemCount()).isGreaterThanOrEqualTo(rejection.problems().size());
      return;
    }
    assertThat(value).as("a value read").isInstanceOf(type);
    byte[] written = FORMAT.write(value);
    T again;
    try {
      again = FORMAT.read(written, type);
    } catch (RejectedDocumentException rejection) {
      // the problems name locations and expectations only, never the value
      throw new AssertionError(
          "What was written for a value read was rejected: " + rejection.problems(), rejection);
    }
    assertThat(again).as("the value read back").isEqualTo(value);
    assertThat(FORMAT.write(again)).as("the value written again").isEqualTo(written);
  }
}
