package org.treatyflow.serialization;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.google.common.base.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.ObjectCodec;
import org.treatyflow.serialization.codec.Path;
import org.treatyflow.serialization.codec.Problem;
import org.treatyflow.serialization.codec.Problems;
import org.treatyflow.serialization.codec.UnionCodec;

/**
 * Reads and writes the exchange format: the one place callers need, configured once so that no
 * caller ever sets a Jackson feature.
 *
 * <p>Reading is strict. A document must be UTF-8 without a byte order mark, within the {@link
 * ReadLimits}, well-formed JSON with no duplicate member names and nothing after its value, and
 * exactly what the format expects: no unknown members, no {@code null}, no number given as a
 * string or the reverse, amounts as decimal strings, known type names only. Any fault raises one
 * {@link RejectedDocumentException} listing every problem found with its JSON Pointer; no other
 * exception leaves a read method. A document that reads well may still be legally incomplete: ask
 * the payload's {@link org.treatyflow.model.common.CooperationAct#completenessViolations()}.
 *
 * <p>Writing gives the canonical form: members in the order of the published schema, no
 * whitespace, UTF-8. Instances are immutable and safe to share between threads.
 */
public final class ExchangeFormat {
  /** The version of the format this library writes and reads. */
  public static final String VERSION = "1.0";

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Map<Class<?>, Codec<?>> WRITERS = new ConcurrentHashMap<>();
  private static final ExchangeFormat STANDARD = new ExchangeFormat(ReadLimits.STANDARD);

  private final ReadLimits limits;
  private final JsonMapper mapper;
  private final ObjectReader trees;

  private ExchangeFormat(ReadLimits limits) {
    this.limits = limits;
    this.mapper = lockedMapper(limits);
    this.trees = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** The format with {@link ReadLimits#STANDARD}. */
  public static ExchangeFormat standard() {
    return STANDARD;
  }

  /** The format with other limits, such as smaller ones for a constrained gateway. */
  public static ExchangeFormat withLimits(ReadLimits limits) {
    return new ExchangeFormat(checkNotNull(limits, "limits"));
  }

  /** The limits documents are read under. */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * A copy of the locked mapper, with the format's module registered, for callers who embed the
   * format's types in documents of their own.
   */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  /** Reads an envelope. */
  public Envelope readEnvelope(byte[] document) throws RejectedDocumentException {
    return read(document, Envelope.class);
  }

  /**
   * Reads an envelope from a stream, reading at most {@link ReadLimits#maxDocumentBytes()} + 1
   * bytes; the stream is not closed. A failure of the stream itself is also a rejection.
   */
  public Envelope readEnvelope(InputStream document) throws RejectedDocumentException {
    return read(document, Envelope.class);
  }

  /**
   * Reads a document holding one value of {@code type}, a type of the format: {@link Envelope},
   * {@link org.treatyflow.model.common.CooperationAct} (any payload), a request type, a reply type
   * or one of the parts listed by {@link ExchangeTypes#all()}.
   *
   * @throws IllegalArgumentException if {@code type} is not a type of the format (a programming
   *     error, not a property of the document)
   */
  public <T> T read(byte[] document, Class<T> type) throws RejectedDocumentException {
    checkNotNull(document, "document");
    Codec<T> codec = codecOf(type);
    Problems problems = new Problems();
    T value = parse(document, false, parser -> codec.read(parser, Path.root(), problems));
    if (!problems.isEmpty()) {
      throw new RejectedDocumentException(problems.listed(), problems.count(), null);
    }
    return value;
  }

  /** Reads a document holding one value of {@code type} from a stream; see {@link #read(byte[], Class)}. */
  public <T> T read(InputStream document, Class<T> type) throws RejectedDocumentException {
    checkNotNull(document, "document");
    codecOf(type);
    return read(readBounded(document), type);
  }

  /** Reads a document holding one value of {@code type} from text; see {@link #read(byte[], Class)}. */
  public <T> T read(String document, Class<T> type) throws RejectedDocumentException {
    checkNotNull(document, "document");
    return read(document.getBytes(StandardCharsets.UTF_8), type);
  }

  /** The canonical form of {@code value}, a value of a type of the format. */
  public byte[] write(Object value) {
    checkNotNull(value, "value");
    // into Jackson's recycled blocks, as ObjectMapper.writeValueAsBytes does: no buffer grows and
    // is copied, only the result is allocated
    BufferRecycler recycler = mapper.getFactory()._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      write(value, out, false);
      byte[] written = out.toByteArray();
      out.release();
      return written;
    } finally {
      recycler.releaseToPool();
    }
  }

  /** The canonical form of {@code value} as text. */
  public String writeString(Object value) {
    return new String(write(value), StandardCharsets.UTF_8);
  }

  /**
   * {@code value} indented for people to read (samples, reviews); it reads back the same, but only
   * {@link #write} gives the canonical bytes.
   */
  public String writeIndented(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    write(value, out, true);
    return new String(out.toByteArray(), StandardCharsets.UTF_8) + "\n";
  }

  private void write(Object value, OutputStream out, boolean indented) {
    checkNotNull(value, "value");
    Codec<Object> codec = codecFor(value);
    try (JsonGenerator generator = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      // the codecs cannot write a member twice (ObjectCodec refuses a name declared twice), so the
      // factory's check for repeated names, kept for callers' own documents, is not paid here
      generator.disable(JsonGenerator.Feature.STRICT_DUPLICATE_DETECTION);
      if (indented) {
        generator.useDefaultPrettyPrinter();
      }
      codec.write(value, generator);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory failed", e);
    }
  }

  /**
   * The codec of the value's own type: an object type of the format before the unions it belongs
   * to, so that a value is written the same whichever way it was reached.
   */
  @SuppressWarnings("unchecked")
  private static Codec<Object> codecFor(Object value) {
    return (Codec<Object>)
        WRITERS.computeIfAbsent(
            value.getClass(),
            actual -> {
              Codec<?> union = null;
              for (var type : ExchangeTypes.all().entrySet()) {
                if (type.getKey().isAssignableFrom(actual)) {
                  if (!(type.getValue() instanceof UnionCodec)) {
                    return type.getValue();
                  }
                  union = union == null ? type.getValue() : union;
                }
              }
              if (union == null) {
                throw new IllegalArgumentException(
                    "Not a type of the exchange format: " + actual.getName());
              }
              return union;
            });
  }

  private static <T> Codec<T> codecOf(Class<T> type) {
    checkNotNull(type, "type");
    return ExchangeTypes.codecOf(type)
        .orElseThrow(
            () -> new IllegalArgumentException("Not a type of the exchange format: " + type.getName()));
  }

  private byte[] readBounded(InputStream in) throws RejectedDocumentException {
    byte[] bytes;
    try {
      bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
    } catch (IOException e) {
      throw new RejectedDocumentException(
          List.of(new Problem("", "a readable stream (reading it failed)")), 1, e);
    }
    // outside the try: a rejection is an IOException too, and is not a failure of the stream
    if (bytes.length > limits.maxDocumentBytes()) {
      throw tooLarge();
    }
    return bytes;
  }

  private RejectedDocumentException tooLarge() {
    return RejectedDocumentException.of(
        new Problem("", "a document of at most " + limits.maxDocumentBytes() + " bytes"));
  }

  /**
   * Checks that {@code document} is UTF-8, within the limits and well-formed JSON with no repeated
   * member and nothing after its value, and gives its tree; the format's types are not read. For
   * documents that carry the format's types inside a structure of their own, such as journal
   * lines.
   */
  public JsonNode readTree(byte[] document) throws RejectedDocumentException {
    checkNotNull(document, "document");
    // the reader starts from the parser's current token, the document's first
    return parse(document, true, trees::readTree);
  }

  /** What is read from a parser on the first token of a document. */
  @FunctionalInterface
  private interface Reading<R> {
    R read(JsonParser parser) throws IOException;
  }

  /**
   * Checks the bytes and reads them with {@code reading}, from the document's first token, or
   * rejects them. A fault of the JSON itself (malformed, beyond a limit, something after the
   * value) is the one problem reported, whatever {@code reading} found before it: the caller
   * reports the problems of the value only when this returns.
   */
  private <R> R parse(byte[] document, boolean checksRepeatedNames, Reading<R> reading)
      throws RejectedDocumentException {
    if (document.length > limits.maxDocumentBytes()) {
      throw tooLarge();
    }
    if (document.length >= 3
        && document[0] == BYTE_ORDER_MARK[0]
        && document[1] == BYTE_ORDER_MARK[1]
        && document[2] == BYTE_ORDER_MARK[2]) {
      throw RejectedDocumentException.of(new Problem("", "UTF-8 without a byte order mark"));
    }
    if (!Utf8.isWellFormed(document) || startsWithZeroByte(document)) {
      throw RejectedDocumentException.of(new Problem("", "UTF-8 text (the bytes are not UTF-8)"));
    }
    JsonParser parser;
    try {
      parser = mapper.createParser(document);
    } catch (IOException e) {
      throw new UncheckedIOException("Creating a parser over memory failed", e);
    }
    if (!checksRepeatedNames) {
      // the codecs find a repeated member themselves, without a set of names per object
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
    try (parser) {
      if (parser.nextToken() == null) {
        throw RejectedDocumentException.of(new Problem("", "a JSON value (the document is empty)"));
      }
      R value = reading.read(parser);
      if (somethingFollows(parser)) {
        throw RejectedDocumentException.of(new Problem("", "nothing after the document's value"));
      }
      return value;
    } catch (RejectedDocumentException e) {
      throw e;
    } catch (StreamConstraintsException e) {
      String expected = "a document within the format's limits: " + limitBroken(e);
      if (brokenAtContainer(e)) {
        // the parser's context is the container itself: report where the container lies
        JsonStreamContext container = parser.getParsingContext();
        throw new RejectedDocumentException(
            List.of(new Problem(Path.of(container.getParent()).pointer(), expected)), 1, e);
      }
      throw rejection(parser, expected, e);
    } catch (JsonEOFException e) {
      throw rejection(parser, "more input (the document ends too early)", e);
    } catch (JsonProcessingException e) {
      String message = String.valueOf(e.getOriginalMessage());
      if (message.startsWith("Duplicate")) {
        throw rejection(parser, ObjectCodec.REPEATED, e);
      }
      throw rejection(parser, "well-formed JSON", e);
    } catch (IOException e) {
      throw rejection(parser, "well-formed JSON", e);
    } catch (NumberFormatException e) {
      // Jackson's, unchecked, for a number such as 1e9999999999 read as a BigDecimal
      throw rejection(parser, "a number whose exponent a decimal number can hold", e);
    }
  }

  /**
   * Whether one of the first four bytes is zero, from which Jackson would detect UTF-16 or UTF-32
   * and read the document in that encoding. A zero byte is well-formed UTF-8, but JSON text in
   * UTF-8 never holds one (U+0000 must be escaped), so such a document is not UTF-8 JSON.
   */
  private static boolean startsWithZeroByte(byte[] document) {
    for (int i = 0; i < Math.min(4, document.length); i++) {
      if (document[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether anything but whitespace follows the value read, be it JSON or not. */
  private static boolean somethingFollows(JsonParser parser) {
    try {
      return parser.nextToken() != null;
    } catch (IOException e) {
      return true;
    }
  }

  private static RejectedDocumentException rejection(JsonParser parser, String expected, Exception cause) {
    return new RejectedDocumentException(
        List.of(new Problem(Path.of(parser.getParsingContext()).pointer(), expected)), 1, cause);
  }

  /**
   * Whether the limit broken is one of a container rather than of a value: nesting, broken on
   * entering a container, or a member name's length, broken on reading the name in its object.
   * The parser's context then names the container's first element or the previous member.
   */
  private static boolean brokenAtContainer(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    return message.contains("nesting depth") || message.startsWith("Name length");
  }

  private String limitBroken(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "nesting at most " + limits.maxNestingDepth() + " deep";
    } else if (message.startsWith("String value length")) {
      return "strings of at most " + limits.maxStringLength() + " characters";
    } else if (message.startsWith("Number value length")) {
      return "numbers of at most " + limits.maxNumberLength() + " characters";
    } else if (message.startsWith("Name length")) {
      return "member names of at most " + limits.maxNameLength() + " characters";
    } else if (message.startsWith("Token count")) {
      return "at most " + limits.maxTokenCount() + " tokens";
    } else if (message.startsWith("Document length")) {
      return "at most " + limits.maxDocumentBytes() + " bytes";
    }
    return "see ReadLimits";
  }

  /** The mapper every read and write goes through; see {@link ReadLimits} and the class comment. */
  private static JsonMapper lockedMapper(ReadLimits limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits.constraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    return JsonMapper.builder(factory)
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_INVALID_SUBTYPE,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(
            DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
            DeserializationFeature.ACCEPT_FLOAT_AS_INT,
            DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.INDENT_OUTPUT)
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        .addModule(new TreatyflowModule(limits))
        .build();
  }
}
