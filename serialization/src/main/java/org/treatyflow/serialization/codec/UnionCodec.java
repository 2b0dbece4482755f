package org.treatyflow.serialization.codec;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of one of several object types, told apart by the type name in the member {@code
 * "type"}. Only the names listed here are accepted: a type name is never a class name, and an
 * unknown name (or a member such as {@code "@class"}) is rejected, not looked up.
 *
 * <p>The type name is best written first, as this library writes it: the object is then read in
 * one pass. Elsewhere in the object it is still found, at the cost of keeping the object's tokens
 * until it is.
 *
 * @param <T> the common supertype
 */
public final class UnionCodec<T> implements Codec<T> {
  private final String name;
  private final Class<T> type;
  private final ImmutableList<ObjectCodec<? extends T, ?>> alternatives;
  private final ImmutableMap<String, ObjectCodec<? extends T, ?>> byTypeName;
  private final ClassValue<ObjectCodec<? extends T, ?>> byClass =
      new ClassValue<>() {
        @Override
        protected ObjectCodec<? extends T, ?> computeValue(Class<?> actual) {
          for (ObjectCodec<? extends T, ?> alternative : alternatives) {
            if (alternative.type().isAssignableFrom(actual)) {
              return alternative;
            }
          }
          throw new IllegalArgumentException(
              name + ": no type of the format for a value of " + actual.getName());
        }
      };
  private final String expected;

  private UnionCodec(String name, Class<T> type, List<ObjectCodec<? extends T, ?>> alternatives) {
    this.name = name;
    this.type = type;
    this.alternatives = ImmutableList.copyOf(alternatives);
    Map<String, ObjectCodec<? extends T, ?>> names = new LinkedHashMap<>();
    for (ObjectCodec<? extends T, ?> alternative : alternatives) {
      String typeName =
          alternative
              .typeName()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          name + ": " + alternative.name() + " has no type name"));
      checkArgument(names.put(typeName, alternative) == null, "%s: type name %s twice", name, typeName);
    }
    this.byTypeName = ImmutableMap.copyOf(names);
    this.expected = "a member \"type\" naming one of: " + String.join(", ", byTypeName.keySet());
  }

  /** A union of the given object codecs, each with a type name. */
  public static <T> UnionCodec<T> of(
      String name, Class<T> type, List<ObjectCodec<? extends T, ?>> alternatives) {
    return new UnionCodec<>(name, type, new ArrayList<>(alternatives));
  }

  /** The name of the union in the published schema. */
  public String name() {
    return name;
  }

  /** The common supertype. */
  public Class<T> type() {
    return type;
  }

  /** The alternatives, in the order given. */
  public List<ObjectCodec<? extends T, ?>> alternatives() {
    return alternatives;
  }

  /** The codec for a type name, if the union has it. */
  public java.util.Optional<ObjectCodec<? extends T, ?>> alternative(String typeName) {
    return java.util.Optional.ofNullable(byTypeName.get(typeName));
  }

  @Override
  public void write(T value, JsonGenerator out) throws IOException {
    write(codecFor(value), value, out);
  }

  @SuppressWarnings("unchecked")
  private static <S> void write(ObjectCodec<S, ?> codec, Object value, JsonGenerator out)
      throws IOException {
    codec.write((S) value, out);
  }

  /** The codec that writes {@code value}. */
  public ObjectCodec<? extends T, ?> codecFor(T value) {
    checkNotNull(value, "%s: value", name);
    return byClass.get(value.getClass());
  }

  @Override
  public T read(JsonParser in, Path at, Problems problems) throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      return Codecs.mismatch(in, at, problems, "an object (" + name + ")");
    }
    JsonToken token = in.nextToken();
    if (token == JsonToken.FIELD_NAME && in.currentName().equals(ObjectCodec.TYPE_MEMBER)) {
      ObjectCodec<? extends T, ?> codec =
          in.nextToken() == JsonToken.VALUE_STRING ? byTypeName.get(in.getText()) : null;
      if (codec == null) {
        Codecs.mismatch(in, at.member(ObjectCodec.TYPE_MEMBER), problems, expected);
        skipMembers(in);
        return null;
      }
      return codec.readMembers(in, at, problems, true);
    }
    // the type name is not first: keep the object's tokens, find it, then read them again
    TokenBuffer kept = new TokenBuffer(in);
    kept.writeStartObject();
    for (; token == JsonToken.FIELD_NAME; token = in.nextToken()) {
      kept.copyCurrentStructure(in);
    }
    kept.writeEndObject();
    ObjectCodec<? extends T, ?> codec = null;
    try (JsonParser again = kept.asParser()) {
      again.nextToken();
      for (JsonToken next = again.nextToken(); next == JsonToken.FIELD_NAME; next = again.nextToken()) {
        boolean isType = again.currentName().equals(ObjectCodec.TYPE_MEMBER);
        if (again.nextToken() == JsonToken.VALUE_STRING && isType) {
          codec = byTypeName.get(again.getText());
        }
        again.skipChildren();
      }
    }
    if (codec == null) {
      problems.add(at.member(ObjectCodec.TYPE_MEMBER), expected);
      return null;
    }
    try (JsonParser again = kept.asParser()) {
      again.nextToken();
      return codec.read(again, at, problems);
    }
  }

  /** Moves the parser from a member's value to the end of its object. */
  private static void skipMembers(JsonParser in) throws IOException {
    for (JsonToken token = in.nextToken(); token == JsonToken.FIELD_NAME; token = in.nextToken()) {
      in.nextToken();
      in.skipChildren();
    }
  }

  @Override
  public JsonNode schema(SchemaContext schemas) {
    return schemas.reference(
        name,
        () -> {
          ObjectNode node = SchemaContext.nodes().objectNode();
          ArrayNode oneOf = node.putArray("oneOf");
          for (ObjectCodec<? extends T, ?> alternative : alternatives) {
            oneOf.add(alternative.schema(schemas));
          }
          return node;
        });
  }

  @Override
  public void visitPersonal(JsonNode node, PersonalDataSink sink) {
    JsonNode typeName = node.get(ObjectCodec.TYPE_MEMBER);
    if (typeName != null && typeName.isTextual()) {
      ObjectCodec<? extends T, ?> codec = byTypeName.get(typeName.textValue());
      if (codec != null) {
        codec.visitPersonal(node, sink);
      }
    }
  }
}
