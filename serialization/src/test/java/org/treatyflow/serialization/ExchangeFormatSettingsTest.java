package org.treatyflow.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.PolymorphicTypeValidator;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every lock of the mapper behind {@link ExchangeFormat#standard()}, one assertion each, so that
 * loosening any of them fails a test that says which.
 */
class ExchangeFormatSettingsTest {
  private final ObjectMapper mapper = ExchangeFormat.standard().mapper();
  private final JsonFactory factory = mapper.getFactory();

  @Test
  void theParserDetectsRepeatedMemberNames() {
    assertThat(factory.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION))
        .as("StreamReadFeature.STRICT_DUPLICATE_DETECTION")
        .isTrue();
    assertThat(mapper.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
  }

  @Test
  void locationsInParserErrorsNeverIncludeTheDocument() {
    assertThat(factory.isEnabled(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION))
        .as("StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION")
        .isFalse();
  }

  @Test
  void theMapperNeitherClosesTheCallersStreamsNorWritesRepeatedNames() {
    assertThat(factory.isEnabled(StreamReadFeature.AUTO_CLOSE_SOURCE))
        .as("AUTO_CLOSE_SOURCE")
        .isFalse();
    assertThat(factory.isEnabled(StreamWriteFeature.AUTO_CLOSE_TARGET))
        .as("AUTO_CLOSE_TARGET")
        .isFalse();
    assertThat(factory.isEnabled(StreamWriteFeature.STRICT_DUPLICATE_DETECTION))
        .as("StreamWriteFeature.STRICT_DUPLICATE_DETECTION")
        .isTrue();
  }

  @Test
  void everyLenientJsonReadFeatureIsOff() {
    List<JsonReadFeature> lenient =
        Arrays.stream(JsonReadFeature.values()).filter(f -> f.name().startsWith("ALLOW_")).toList();
    assertThat(lenient)
        .as("Jackson's lenient read features")
        .contains(
            JsonReadFeature.ALLOW_JAVA_COMMENTS,
            JsonReadFeature.ALLOW_YAML_COMMENTS,
            JsonReadFeature.ALLOW_SINGLE_QUOTES,
            JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
            JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
            JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
            JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS,
            JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS,
            JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
            JsonReadFeature.ALLOW_MISSING_VALUES,
            JsonReadFeature.ALLOW_TRAILING_COMMA);
    for (JsonReadFeature feature : lenient) {
      assertThat(((JsonMapper) mapper).isEnabled(feature))
          .as("JsonReadFeature.%s", feature)
          .isFalse();
      assertThat(factory.isEnabled(feature.mappedFeature()))
          .as("JsonParser.Feature.%s", feature)
          .isFalse();
    }
    for (JsonParser.Feature feature : JsonParser.Feature.values()) {
      if (feature.name().startsWith("ALLOW_")) {
        assertThat(factory.isEnabled(feature)).as("JsonParser.Feature.%s", feature).isFalse();
      }
    }
  }

  @Test
  void theStrictDeserializationFeaturesAreOn() {
    for (DeserializationFeature feature :
        List.of(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_INVALID_SUBTYPE,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)) {
      assertThat(mapper.isEnabled(feature)).as("DeserializationFeature.%s", feature).isTrue();
    }
  }

  @Test
  void theLenientDeserializationFeaturesAreOff() {
    for (DeserializationFeature feature :
        List.of(
            DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
            DeserializationFeature.ACCEPT_FLOAT_AS_INT,
            DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
            DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)) {
      assertThat(mapper.isEnabled(feature)).as("DeserializationFeature.%s", feature).isFalse();
    }
    assertThat(mapper.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS))
        .as("MapperFeature.ALLOW_COERCION_OF_SCALARS")
        .isFalse();
  }

  @Test
  void scalarsAreNeverCoercedFromOneShapeToAnother() {
    Map<LogicalType, List<CoercionInputShape>> failing =
        Map.of(
            LogicalType.Integer, List.of(CoercionInputShape.String),
            LogicalType.Float, List.of(CoercionInputShape.String),
            LogicalType.Boolean, List.of(CoercionInputShape.String),
            LogicalType.Textual,
                List.of(
                    CoercionInputShape.Integer,
                    CoercionInputShape.Float,
                    CoercionInputShape.Boolean));
    Map<LogicalType, Class<?>> examples =
        Map.of(
            LogicalType.Integer, Integer.class,
            LogicalType.Float, BigDecimal.class,
            LogicalType.Boolean, Boolean.class,
            LogicalType.Textual, String.class);
    DeserializationConfig config = mapper.getDeserializationConfig();
    for (Map.Entry<LogicalType, List<CoercionInputShape>> type : failing.entrySet()) {
      for (CoercionInputShape shape : type.getValue()) {
        // set explicitly, not only implied by ALLOW_COERCION_OF_SCALARS
        assertThat(mapper.coercionConfigFor(type.getKey()).findAction(shape))
            .as("coercion config of %s from %s", type.getKey(), shape)
            .isEqualTo(CoercionAction.Fail);
        assertThat(config.findCoercionAction(type.getKey(), examples.get(type.getKey()), shape))
            .as("coercion of %s from %s", type.getKey(), shape)
            .isEqualTo(CoercionAction.Fail);
      }
    }
  }

  @Test
  void defaultTypingIsNotActivatedAndNoSubtypeIsAllowedByName() throws IOException {
    assertThat(mapper.getSerializationConfig().getDefaultTyper(null))
        .as("default typing (writing)")
        .isNull();
    assertThat(mapper.getDeserializationConfig().getDefaultTyper(null))
        .as("default typing (reading)")
        .isNull();
    PolymorphicTypeValidator validator = mapper.getPolymorphicTypeValidator();
    DeserializationConfig config = mapper.getDeserializationConfig();
    var object = mapper.constructType(Object.class);
    assertThat(validator.validateBaseType(config, object))
        .isNotEqualTo(PolymorphicTypeValidator.Validity.ALLOWED);
    assertThat(validator.validateSubClassName(config, object, "java.lang.ProcessBuilder"))
        .isNotEqualTo(PolymorphicTypeValidator.Validity.ALLOWED);
  }

  @Test
  void theStreamReadConstraintsAreTheStandardLimits() {
    StreamReadConstraints constraints = factory.streamReadConstraints();
    assertThat(constraints.getMaxDocumentLength()).as("maxDocumentLength").isEqualTo(4194304);
    assertThat(constraints.getMaxNestingDepth()).as("maxNestingDepth").isEqualTo(32);
    assertThat(constraints.getMaxStringLength()).as("maxStringLength").isEqualTo(1048576);
    assertThat(constraints.getMaxNumberLength()).as("maxNumberLength").isEqualTo(32);
    assertThat(constraints.getMaxNameLength()).as("maxNameLength").isEqualTo(64);
    assertThat(constraints.getMaxTokenCount()).as("maxTokenCount").isEqualTo(500000);

    ReadLimits standard = ReadLimits.STANDARD;
    assertThat(standard.maxDocumentBytes()).isEqualTo(4194304);
    assertThat(standard.maxNestingDepth()).isEqualTo(32);
    assertThat(standard.maxStringLength()).isEqualTo(1048576);
    assertThat(standard.maxNumberLength()).isEqualTo(32);
    assertThat(standard.maxNameLength()).isEqualTo(64);
    assertThat(standard.maxTokenCount()).isEqualTo(500000);
    assertThat(ExchangeFormat.standard().limits()).isEqualTo(standard);
  }

  @Test
  void writingIsNotIndented() {
    assertThat(mapper.isEnabled(SerializationFeature.INDENT_OUTPUT)).as("INDENT_OUTPUT").isFalse();
  }

  @Test
  void theFormatsModuleIsRegistered() {
    assertThat(mapper.getRegisteredModuleIds()).contains(TreatyflowModule.class.getName());
  }

  @Test
  void theMapperHandedOutIsACopyThatCannotLoosenTheFormat() throws RejectedDocumentException {
    mapper.enable(SerializationFeature.INDENT_OUTPUT);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.getFactory().enable(JsonParser.Feature.ALLOW_COMMENTS);
    mapper.getFactory().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());

    ObjectMapper again = ExchangeFormat.standard().mapper();
    assertThat(again.isEnabled(SerializationFeature.INDENT_OUTPUT)).isFalse();
    assertThat(again.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(again.getFactory().isEnabled(JsonParser.Feature.ALLOW_COMMENTS)).isFalse();
    assertThat(again.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
    RejectedDocumentException rejection =
        catchThrowableOfType(
            RejectedDocumentException.class,
            () -> ExchangeFormat.standard().read("{/* a comment */}", Envelope.class));
    assertThat(rejection.problems())
        .extracting(p -> p.expected())
        .containsExactly("well-formed JSON");
  }

  @Test
  void otherLimitsChangeTheConstraintsAndNoLock() {
    ObjectMapper other =
        ExchangeFormat.withLimits(new ReadLimits(1000, 10, 100, 20, 40, 1000)).mapper();
    StreamReadConstraints constraints = other.getFactory().streamReadConstraints();
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(1000);
    assertThat(constraints.getMaxNestingDepth()).isEqualTo(10);
    assertThat(constraints.getMaxStringLength()).isEqualTo(100);
    assertThat(constraints.getMaxNumberLength()).isEqualTo(20);
    assertThat(constraints.getMaxNameLength()).isEqualTo(40);
    assertThat(constraints.getMaxTokenCount()).isEqualTo(1000);
    assertThat(other.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isTrue();
    assertThat(other.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(other.isEnabled(MapperFeature.ALLOW_COERCION_OF_SCALARS)).isFalse();
    assertThat(other.getDeserializationConfig().getDefaultTyper(null)).isNull();
  }

  @Test
  void aCallersMapperWithTheModuleIsLockedByRegisteringIt() {
    ObjectMapper callers = new ObjectMapper().registerModule(new TreatyflowModule());
    for (DeserializationFeature feature :
        List.of(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)) {
      assertThat(callers.isEnabled(feature)).as("DeserializationFeature.%s", feature).isTrue();
    }
    assertThat(callers.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION))
        .isTrue();
    assertThat(callers.coercionConfigFor(LogicalType.Integer).findAction(CoercionInputShape.String))
        .isEqualTo(CoercionAction.Fail);
    assertThat(
            callers.coercionConfigFor(LogicalType.Textual).findAction(CoercionInputShape.Integer))
        .isEqualTo(CoercionAction.Fail);
    assertThat(callers.getFactory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(32);
    assertThat(callers.getFactory().streamReadConstraints().getMaxDocumentLength())
        .isEqualTo(4194304);
    assertThat(callers.getSerializationConfig().getDefaultTyper(null)).isNull();
  }
}
