package org.treatyflow.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatyflow.benchmarks.pojo.DatabindDocuments;
import org.treatyflow.serialization.ExchangeFormat;
import org.treatyflow.serialization.RejectedDocumentException;

/**
 * Reading and writing one document of the exchange format, per size (see {@link Documents.Size}).
 *
 * <p>{@link #readTreatyflow} and {@link #writeTreatyflow} use {@link ExchangeFormat#standard()};
 * {@link #readDatabindPojo} and {@link #writeDatabindPojo} use plain Jackson databind on the
 * mutable classes of {@link DatabindDocuments} (absent members left out), which mirror the same JSON and are read from the
 * same bytes; {@link #readTokenScan} only walks the tokens with Jackson's streaming parser, the
 * practical ceiling of any reader. The setup checks that the library reads back the document it
 * wrote and that the plain classes know every member and write the same JSON tree.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class CodecBenchmark {
  /** The size of the document: small, medium or large. */
  @Param({"small", "medium", "large"})
  public String size;

  private final ExchangeFormat format = ExchangeFormat.standard();
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonFactory factory = mapper.getFactory();

  private byte[] bytes;
  private Object document;
  private Class<?> type;
  private Class<?> pojoType;
  private Object pojo;

  /** Creates the benchmark; its document is made in {@link #setUp()}. */
  public CodecBenchmark() {}

  /** Builds the document of {@link #size}, writes it once and checks both readers on it. */
  @Setup
  public void setUp() throws IOException, RejectedDocumentException {
    Documents.Size which = Documents.Size.valueOf(size.toUpperCase(Locale.ROOT));
    document = Documents.of(which);
    type = Documents.typeOf(which);
    bytes = format.write(document);
    if (!format.read(bytes, type).equals(document)) {
      throw new IllegalStateException("The " + size + " document does not read back as written");
    }
    switch (which) {
      case SMALL:
        pojoType = DatabindDocuments.PreservationPojo.class;
        break;
      case MEDIUM:
        pojoType = DatabindDocuments.MutualAssistancePojo.class;
        break;
      default:
        pojoType = DatabindDocuments.ConfiscationPojo.class;
        break;
    }
    pojo = mapper.readValue(bytes, pojoType);
    if (!mapper.readTree(mapper.writeValueAsBytes(pojo)).equals(mapper.readTree(bytes))) {
      throw new IllegalStateException("The plain classes do not mirror the " + size + " document");
    }
  }

  /** The size in bytes of the document measured, for the report. */
  public int documentBytes() {
    return bytes.length;
  }

  /** Reads the document with the exchange format, validating it into the immutable model. */
  @Benchmark
  public Object readTreatyflow() throws RejectedDocumentException {
    return format.read(bytes, type);
  }

  /** Writes the document with the exchange format, in its canonical form. */
  @Benchmark
  public byte[] writeTreatyflow() {
    return format.write(document);
  }

  /** Reads the same bytes into the plain mutable classes with Jackson databind. */
  @Benchmark
  public Object readDatabindPojo() throws IOException {
    return mapper.readValue(bytes, pojoType);
  }

  /** Writes the plain mutable classes with Jackson databind. */
  @Benchmark
  public byte[] writeDatabindPojo() throws IOException {
    return mapper.writeValueAsBytes(pojo);
  }

  /** Walks the tokens of the same bytes with the streaming parser, reading no value. */
  @Benchmark
  public int readTokenScan() throws IOException {
    int tokens = 0;
    try (JsonParser parser = factory.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        tokens += token.id();
      }
    }
    return tokens;
  }
}
