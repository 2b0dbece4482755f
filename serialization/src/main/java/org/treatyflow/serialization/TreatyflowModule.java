package org.treatyflow.serialization;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.treatyflow.serialization.codec.Codec;
import org.treatyflow.serialization.codec.Path;
import org.treatyflow.serialization.codec.Problems;

/**
 * The exchange format as one Jackson module: every type of {@link ExchangeTypes#all()} is written
 * and read by its codec, with no annotations on the model, no default typing and no class names.
 *
 * <p>Registering the module also locks the {@link ObjectMapper} it is registered with: duplicate
 * member names, trailing content, unknown members and scalar coercions are rejected and the stream read
 * constraints are those of the module's {@link ReadLimits}. Reading a type of the format through
 * such a mapper throws a {@link RejectedDocumentException} listing every problem. {@link
 * ExchangeFormat} is the simpler way in; the module is for callers who embed the format's types in
 * their own documents.
 *
 * <p>What only {@link ExchangeFormat} does: the byte-level checks (UTF-8 only, no byte order mark,
 * no UTF-16 or UTF-32) and the translation of parse faults into problems. Through a mapper of your
 * own, a truncated or malformed document raises Jackson's own exception, whose message may quote
 * the document; a document that parses but breaks the format still raises a {@link
 * RejectedDocumentException}.
 *
 * <p>Discoverable through {@code META-INF/services} ({@link ObjectMapper#findAndRegisterModules()}),
 * which uses {@link ReadLimits#STANDARD}.
 */
public final class TreatyflowModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final transient ReadLimits limits;

  /** The module with {@link ReadLimits#STANDARD}. */
  public TreatyflowModule() {
    this(ReadLimits.STANDARD);
  }

  /** The module with the given limits, applied to every mapper it is registered with. */
  public TreatyflowModule(ReadLimits limits) {
    super("treatyflow-exchange-format", new Version(1, 0, 0, null, "org.treatyflow", "treatyflow-serialization"));
    this.limits = checkNotNull(limits, "limits");
    for (Map.Entry<Class<?>, Codec<?>> type : ExchangeTypes.all().entrySet()) {
      register(type.getKey(), type.getValue());
    }
  }

  /** The limits this module applies. */
  public ReadLimits limits() {
    return limits;
  }

  @Override
  public Object getTypeId() {
    return TreatyflowModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    if (context.getOwner() instanceof ObjectMapper mapper) {
      mapper.enable(
          DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
          DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
          DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
          DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
      mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
      for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
        mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
      }
      mapper
          .coercionConfigFor(LogicalType.Textual)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
      mapper.getFactory().setStreamReadConstraints(limits.constraints());
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Class<T> type, Codec<?> codec) {
    Codec<T> typed = (Codec<T>) codec;
    addSerializer(type, new CodecSerializer<>(type, typed));
    addDeserializer(type, new CodecDeserializer<>(type, typed));
  }

  /** Writes a value of the format with its codec. */
  static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      codec.write(value, out);
    }
  }

  /**
   * Reads a value of the format with its codec, straight from the caller's parser; problems are
   * reported at their full JSON Pointer in the caller's document.
   */
  static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonToken token = parser.currentToken();
      var where = parser.getParsingContext();
      Path base =
          Path.of(
              (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
                  ? where.getParent()
                  : where);
      Problems problems = new Problems();
      T value = codec.read(parser, base, problems);
      if (!problems.isEmpty()) {
        throw new RejectedDocumentException(problems.listed(), problems.count(), null);
      }
      return value;
    }

    @Override
    public T getNullValue(DeserializationContext context) throws RejectedDocumentException {
      throw RejectedDocumentException.of(
          new org.treatyflow.serialization.codec.Problem(
              Path.of(context.getParser().getParsingContext()).pointer(),
              "a value, not null"));
    }
  }
}
