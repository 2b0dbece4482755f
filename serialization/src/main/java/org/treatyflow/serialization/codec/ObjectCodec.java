package org.treatyflow.serialization.codec;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON object with a fixed list of members, read into a value through the value's builder.
 *
 * <p>Members are written in the order they are declared here, which is also the order of the
 * published schema. They are read in any order. On reading, a member the type does not have is
 * rejected, as is a member given twice and {@code null} anywhere: a value that is absent is left
 * out. A member declared {@linkplain Builder#list list}
 * or {@linkplain Builder#set set} is left out when empty and read as empty when absent.
 *
 * <p>A codec with a {@linkplain Builder#typeName type name} writes it first as the member {@code
 * "type"} and requires it on reading. Type names are part of the published format: they never
 * follow a Java class name.
 *
 * @param <T> the type of the values
 * @param <B> the type of its builder
 */
public final class ObjectCodec<T, B> implements Codec<T> {
  /** The member that carries a type name. */
  public static final String TYPE_MEMBER = "type";

  /** The member name {@code "type"}, quoted and encoded once for every write. */
  private static final SerializableString ENCODED_TYPE_MEMBER = new SerializedString(TYPE_MEMBER);

  /** What is expected of a member name given twice in one object. */
  public static final String REPEATED = "a member name used once in its object (it is repeated)";

  /** The most members an object type has: reading keeps the members seen in one {@code long}. */
  static final int MOST_MEMBERS = Long.SIZE;

  private final String name;
  private final Class<T> type;
  private final Optional<String> typeName;
  private final SerializableString encodedTypeName;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final ImmutableList<Member<T, B, ?>> members;
  private final ImmutableMap<String, Member<T, B, ?>> byName;
  private final String memberList;
  private final long requiredMembers;

  private ObjectCodec(Builder<T, B> builder) {
    this.name = builder.name;
    this.type = builder.type;
    this.typeName = Optional.ofNullable(builder.typeName);
    this.encodedTypeName = builder.typeName == null ? null : new SerializedString(builder.typeName);
    this.newBuilder = builder.newBuilder;
    this.build = builder.build;
    this.members = ImmutableList.copyOf(builder.members);
    Map<String, Member<T, B, ?>> index = new LinkedHashMap<>();
    for (Member<T, B, ?> member : members) {
      index.put(member.name, member);
    }
    this.byName = ImmutableMap.copyOf(index);
    List<String> names = new ArrayList<>();
    typeName.ifPresent(ignored -> names.add(TYPE_MEMBER));
    names.addAll(byName.keySet());
    this.memberList = String.join(", ", names);
    long required = 0;
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).presence == Presence.REQUIRED) {
        required |= 1L << i;
      }
    }
    this.requiredMembers = required;
  }

  /**
   * Starts the codec of an object type.
   *
   * @param name the name of the type in the published schema ({@code $defs})
   * @param type the Java type of the values
   * @param newBuilder makes an empty builder
   * @param build builds the value; a failure of the value's own checks is reported as a problem
   */
  public static <T, B> Builder<T, B> of(
      String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
    return new Builder<>(name, type, newBuilder, build);
  }

  /** The name of the type in the published schema. */
  public String name() {
    return name;
  }

  /** The Java type of the values. */
  public Class<T> type() {
    return type;
  }

  /** The type name written in the member {@code "type"}, if the type has one. */
  public Optional<String> typeName() {
    return typeName;
  }

  @Override
  public void write(T value, JsonGenerator out) throws IOException {
    out.writeStartObject();
    if (encodedTypeName != null) {
      out.writeFieldName(ENCODED_TYPE_MEMBER);
      out.writeString(encodedTypeName);
    }
    for (Member<T, B, ?> member : members) {
      member.write(value, out);
    }
    out.writeEndObject();
  }

  @Override
  public T read(JsonParser in, Path at, Problems problems) throws IOException {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      return Codecs.mismatch(in, at, problems, "an object (" + name + ")");
    }
    return readMembers(in, at, problems, false);
  }

  /**
   * The member named {@code field}, trying first the few declared after the member read last:
   * documents written by this library list them in that order, and the parser hands over names
   * it has interned, so the usual answer costs a comparison of references or two. Any other
   * order, or names not interned, are found by name.
   */
  private Member<T, B, ?> memberNamed(String field, int expected) {
    // a few ahead, since absent optional members are left out
    int last = Math.min(expected + 4, members.size());
    for (int i = expected; i < last; i++) {
      Member<T, B, ?> next = members.get(i);
      if (next.name == field) {
        return next;
      }
    }
    return byName.get(field);
  }

  /**
   * Reads the members of an object whose start has been read, up to its end. {@code typeRead}:
   * the parser is on the value of the member {@code "type"}, already found to be this codec's
   * type name (a union reads it first to choose the codec).
   */
  T readMembers(JsonParser in, Path at, Problems problems, boolean typeRead) throws IOException {
    int before = problems.count();
    B builder = newBuilder.get();
    boolean typeSeen = typeRead;
    long present = 0;
    int expected = 0;
    for (JsonToken token = in.nextToken(); token == JsonToken.FIELD_NAME; token = in.nextToken()) {
      String field = in.currentName();
      JsonToken value = in.nextToken();
      Member<T, B, ?> member = memberNamed(field, expected);
      if (member != null) {
        expected = member.position + 1;
      }
      if (member != null) {
        long bit = 1L << member.position;
        if ((present & bit) != 0) {
          Codecs.mismatch(in, at.member(field), problems, REPEATED);
          continue;
        }
        present |= bit;
        member.read(in, value, at, problems, builder);
      } else if (typeName.isPresent() && field.equals(TYPE_MEMBER)) {
        if (typeSeen) {
          Codecs.mismatch(in, at.member(field), problems, REPEATED);
          continue;
        }
        typeSeen = true;
        if (value != JsonToken.VALUE_STRING || !in.getText().equals(typeName.get())) {
          Codecs.mismatch(
              in, at.member(TYPE_MEMBER), problems, "the type name \"" + typeName.get() + "\"");
        }
      } else {
        Codecs.mismatch(in, at.member(field), problems, "no such member: " + name + " has " + memberList);
      }
    }
    if (typeName.isPresent() && !typeSeen) {
      problems.add(at.member(TYPE_MEMBER), "the type name \"" + typeName.get() + "\"");
    }
    if ((present & requiredMembers) != requiredMembers) {
      for (Member<T, B, ?> member : members) {
        if (member.presence == Presence.REQUIRED && (present & (1L << member.position)) == 0) {
          problems.add(at.member(member.name), "a member \"" + member.name + "\" (it is required)");
        }
      }
    }
    if (problems.count() != before) {
      return null;
    }
    try {
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problems.add(at, "members that together satisfy the rules of " + name);
      return null;
    }
  }

  @Override
  public JsonNode schema(SchemaContext schemas) {
    return schemas.reference(name, () -> definition(schemas));
  }

  private ObjectNode definition(SchemaContext schemas) {
    ObjectNode node = SchemaContext.nodes().objectNode().put("type", "object");
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = SchemaContext.nodes().arrayNode();
    if (typeName.isPresent()) {
      properties.putObject(TYPE_MEMBER).put("const", typeName.get());
      required.add(TYPE_MEMBER);
    }
    for (Member<T, B, ?> member : members) {
      JsonNode schema = member.codec.schema(schemas);
      if (member.personal) {
        ObjectNode marked = SchemaContext.nodes().objectNode().put("$comment", "personal data");
        marked.setAll((ObjectNode) schema);
        schema = marked;
      }
      properties.set(member.name, schema);
      if (member.presence == Presence.REQUIRED) {
        required.add(member.name);
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.put("additionalProperties", false);
    return node;
  }

  @Override
  public void visitPersonal(JsonNode node, PersonalDataSink sink) {
    if (!node.isObject()) {
      return;
    }
    for (Member<T, B, ?> member : members) {
      JsonNode value = node.get(member.name);
      if (value == null) {
        continue;
      }
      if (member.personal) {
        sink.personal((ObjectNode) node, member.name);
      } else {
        member.codec.visitPersonal(value, sink);
      }
    }
  }

  /** How a member is present in JSON. */
  private enum Presence {
    /** Always written; reading fails without it. */
    REQUIRED,
    /** Written when present; absent means empty. */
    OPTIONAL,
    /** Always written; absent means the value's default. */
    DEFAULTED,
    /** Written when not empty; absent means empty. */
    COLLECTION
  }

  private static final class Member<T, B, V> {
    final String name;
    final SerializableString encodedName;
    final Codec<V> codec;
    final Presence presence;
    final Function<T, ?> getter;
    final BiConsumer<B, V> setter;
    boolean personal;
    int position;

    Member(String name, Codec<V> codec, Presence presence, Function<T, ?> getter, BiConsumer<B, V> setter) {
      this.name = name;
      this.encodedName = new SerializedString(name);
      this.codec = codec;
      this.presence = presence;
      this.getter = getter;
      this.setter = setter;
    }

    @SuppressWarnings("unchecked")
    void write(T value, JsonGenerator out) throws IOException {
      Object got = getter.apply(value);
      switch (presence) {
        case OPTIONAL -> {
          Optional<V> optional = (Optional<V>) got;
          if (optional.isPresent()) {
            out.writeFieldName(encodedName);
            codec.write(optional.get(), out);
          }
        }
        case COLLECTION -> {
          if (!((Collection<?>) got).isEmpty()) {
            out.writeFieldName(encodedName);
            codec.write((V) got, out);
          }
        }
        default -> {
          out.writeFieldName(encodedName);
          codec.write((V) got, out);
        }
      }
    }

    /** Reads the member's value, on whose first token {@code in} is. */
    void read(JsonParser in, JsonToken value, Path at, Problems problems, B builder)
        throws IOException {
      Path here = at.member(name);
      if (value == JsonToken.VALUE_NULL) {
        problems.add(
            here,
            presence == Presence.REQUIRED
                ? "a value, not null"
                : "a value, not null (leave the member out when there is none)");
        return;
      }
      V read = codec.read(in, here, problems);
      if (read != null) {
        setter.accept(builder, read);
      }
    }
  }

  /**
   * Declares the members of an object codec, in the order they are written.
   *
   * @param <T> the type of the values
   * @param <B> the type of its builder
   */
  public static final class Builder<T, B> {
    private final String name;
    private final Class<T> type;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Member<T, B, ?>> members = new ArrayList<>();
    private String typeName;

    private Builder(String name, Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
      this.name = checkNotNull(name, "name");
      this.type = checkNotNull(type, "type");
      this.newBuilder = checkNotNull(newBuilder, "newBuilder");
      this.build = checkNotNull(build, "build");
    }

    /** Gives the type a type name, written as the member {@code "type"}. */
    public Builder<T, B> typeName(String value) {
      checkState(typeName == null, "%s already has a type name", name);
      this.typeName = checkNotNull(value, "typeName");
      return this;
    }

    /** A member that is always present. */
    public <V> Builder<T, B> required(
        String member, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      return add(new Member<>(member, codec, Presence.REQUIRED, getter, setter));
    }

    /** A member present only when the value has it; absent means empty. */
    public <V> Builder<T, B> optional(
        String member, Codec<V> codec, Function<T, Optional<V>> getter, BiConsumer<B, V> setter) {
      return add(new Member<>(member, codec, Presence.OPTIONAL, getter, setter));
    }

    /**
     * A member the value gives a default to: always written, and read as the default when absent
     * (the builder's setter is then not called).
     */
    public <V> Builder<T, B> defaulted(
        String member, Codec<V> codec, Function<T, V> getter, BiConsumer<B, V> setter) {
      return add(new Member<>(member, codec, Presence.DEFAULTED, getter, setter));
    }

    /** An array member, left out when empty; {@code addAll} receives the elements read. */
    public <V> Builder<T, B> list(
        String member,
        Codec<V> element,
        Function<T, ? extends List<V>> getter,
        BiConsumer<B, List<V>> addAll) {
      return add(new Member<>(member, Codecs.list(element), Presence.COLLECTION, getter, addAll));
    }

    /** An array member of distinct elements, left out when empty. */
    public <V> Builder<T, B> set(
        String member,
        Codec<V> element,
        Function<T, ? extends Set<V>> getter,
        BiConsumer<B, Set<V>> addAll) {
      return add(new Member<>(member, Codecs.set(element), Presence.COLLECTION, getter, addAll));
    }

    /** Marks the member declared last as personal data, which the case journal can seal and erase. */
    public Builder<T, B> personal() {
      checkState(!members.isEmpty(), "%s: personal() follows the member it marks", name);
      members.get(members.size() - 1).personal = true;
      return this;
    }

    private Builder<T, B> add(Member<T, B, ?> member) {
      checkArgument(
          !member.name.equals(TYPE_MEMBER), "%s: the member name \"type\" is reserved", name);
      for (Member<T, B, ?> other : members) {
        checkArgument(!other.name.equals(member.name), "%s: member %s declared twice", name, member.name);
      }
      checkArgument(
          members.size() < MOST_MEMBERS, "%s: more than %s members", name, MOST_MEMBERS);
      member.position = members.size();
      members.add(member);
      return this;
    }

    /** The codec. */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
