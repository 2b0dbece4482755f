package org.treatyflow.serialization.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The scalar and collection codecs the format is made of. Scalars are strict: a number is never
 * read from a string nor a string from a number, a boolean is {@code true} or {@code false}, and
 * amounts are decimal strings so that no value passes through a binary floating-point number.
 */
public final class Codecs {
  private static final Pattern DECIMAL_PATTERN = Pattern.compile("-?(0|[1-9][0-9]{0,39})(\\.[0-9]{1,40})?");
  private static final Pattern DATE_PATTERN = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DATE_TIME_PATTERN =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

  private Codecs() {}

  /** Any JSON string. */
  public static final Codec<String> STRING =
      new Codec<>() {
        @Override
        public void write(String value, JsonGenerator out) throws IOException {
          out.writeString(value);
        }

        @Override
        public String read(JsonNode node, Path at, Problems problems) {
          if (!node.isTextual()) {
            problems.add(at, "a string");
            return null;
          }
          return node.textValue();
        }

        @Override
        public JsonNode schema(SchemaContext schemas) {
          return SchemaContext.nodes().objectNode().put("type", "string");
        }
      };

  /** A JSON integer within the range of a Java {@code int}; never a string or a fraction. */
  public static final Codec<Integer> INTEGER =
      new Codec<>() {
        @Override
        public void write(Integer value, JsonGenerator out) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public Integer read(JsonNode node, Path at, Problems problems) {
          if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problems.add(at, "an integer from -2147483648 to 2147483647 (a JSON number, not a string)");
            return null;
          }
          return node.intValue();
        }

        @Override
        public JsonNode schema(SchemaContext schemas) {
          return SchemaContext.nodes()
              .objectNode()
              .put("type", "integer")
              .put("minimum", Integer.MIN_VALUE)
              .put("maximum", Integer.MAX_VALUE);
        }
      };

  /** A JSON integer within the range of a Java {@code long}; never a string or a fraction. */
  public static final Codec<Long> LONG =
      new Codec<>() {
        @Override
        public void write(Long value, JsonGenerator out) throws IOException {
          out.writeNumber(value);
        }

        @Override
        public Long read(JsonNode node, Path at, Problems problems) {
          if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            problems.add(
                at,
                "an integer from -9223372036854775808 to 9223372036854775807 (a JSON number, not a"
                    + " string)");
            return null;
          }
          return node.longValue();
        }

        @Override
        public JsonNode schema(SchemaContext schemas) {
          return SchemaContext.nodes()
              .objectNode()
              .put("type", "integer")
              .put("minimum", Long.MIN_VALUE)
              .put("maximum", Long.MAX_VALUE);
        }
      };

  /** {@code true} or {@code false}; never a string or a number. */
  public static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public void write(Boolean value, JsonGenerator out) throws IOException {
          out.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonNode node, Path at, Problems problems) {
          if (!node.isBoolean()) {
            problems.add(at, "true or false");
            return null;
          }
          return node.booleanValue();
        }

        @Override
        public JsonNode schema(SchemaContext schemas) {
          return SchemaContext.nodes().objectNode().put("type", "boolean");
        }
      };

  /**
   * A decimal number written as a JSON string ({@code "1250.00"}): an optional minus sign, at most
   * 40 digits before the point and 40 after, no exponent. The scale is kept: {@code "1.50"} reads
   * back as 1.50, not 1.5.
   */
  public static final Codec<BigDecimal> DECIMAL =
      text(
          "a decimal number as a string, such as \"1250.00\" (no exponent, at most 40 digits each side"
              + " of the point)",
          text -> DECIMAL_PATTERN.matcher(text).matches() ? new BigDecimal(text) : null,
          BigDecimal::toPlainString,
          schema -> schema.put("pattern", "^" + DECIMAL_PATTERN.pattern() + "$"));

  /**
   * A calendar date, ISO 8601 {@code yyyy-MM-dd}, in the years 0000 to 9999.
   *
   * <p>Writing a date outside these years is a programming error (IllegalArgumentException): RFC
   * 3339 cannot express it, so no other system could read it.
   */
  public static final Codec<LocalDate> DATE =
      text(
          "a date as yyyy-MM-dd",
          text -> DATE_PATTERN.matcher(text).matches() ? LocalDate.parse(text) : null,
          date -> checkedYear(date.getYear(), date.toString()),
          schema -> schema.put("format", "date").put("pattern", "^" + DATE_PATTERN.pattern() + "$"));

  /**
   * An instant, written in UTC ({@code 2026-11-28T21:13:15Z}); read from any RFC 3339 offset. Years
   * 0000 to 9999 only, as for {@link #DATE}.
   */
  public static final Codec<Instant> INSTANT =
      text(
          "a date and time with an offset, RFC 3339, such as \"2026-11-28T21:13:15Z\"",
          text ->
              DATE_TIME_PATTERN.matcher(text).matches()
                  ? OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                  : null,
          instant ->
              checkedYear(
                  instant.atOffset(ZoneOffset.UTC).getYear(), DateTimeFormatter.ISO_INSTANT.format(instant)),
          schema ->
              schema.put("format", "date-time").put("pattern", "^" + DATE_TIME_PATTERN.pattern() + "$"));

  /**
   * A date and time that keeps its offset ({@code 2026-11-28T22:13:15+01:00}), RFC 3339. Years 0000
   * to 9999 and offsets in whole minutes only, as RFC 3339 has them.
   */
  public static final Codec<OffsetDateTime> OFFSET_DATE_TIME =
      text(
          "a date and time with an offset, RFC 3339, such as \"2026-11-28T22:13:15+01:00\"",
          text ->
              DATE_TIME_PATTERN.matcher(text).matches()
                  ? OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                  : null,
          time -> {
            if (time.getOffset().getTotalSeconds() % 60 != 0) {
              throw new IllegalArgumentException(
                  "An offset with seconds cannot be written in RFC 3339");
            }
            return checkedYear(time.getYear(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
          },
          schema ->
              schema.put("format", "date-time").put("pattern", "^" + DATE_TIME_PATTERN.pattern() + "$"));

  private static String checkedYear(int year, String text) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException(
          "A date outside the years 0000 to 9999 cannot be written in RFC 3339");
    }
    return text;
  }

  /**
   * A value written as a JSON string. {@code parse} returns {@code null} or throws an unchecked
   * exception for text it does not accept; either is reported as {@code expected}, never with the
   * text itself.
   */
  public static <T> Codec<T> text(
      String expected,
      Function<String, T> parse,
      Function<? super T, String> print,
      Consumer<ObjectNode> schema) {
    return new Codec<>() {
      @Override
      public void write(T value, JsonGenerator out) throws IOException {
        out.writeString(print.apply(value));
      }

      @Override
      public T read(JsonNode node, Path at, Problems problems) {
        if (!node.isTextual()) {
          problems.add(at, expected);
          return null;
        }
        T value;
        try {
          value = parse.apply(node.textValue());
        } catch (DateTimeParseException | IllegalArgumentException | IllegalStateException e) {
          value = null;
        }
        if (value == null) {
          problems.add(at, expected);
        }
        return value;
      }

      @Override
      public JsonNode schema(SchemaContext schemas) {
        ObjectNode node = SchemaContext.nodes().objectNode().put("type", "string");
        schema.accept(node);
        return node;
      }
    };
  }

  /**
   * The same codec, described in the schema by a named definition ({@code $defs/name}) that
   * every use refers to.
   */
  public static <T> Codec<T> named(String name, Codec<T> codec) {
    return new Codec<>() {
      @Override
      public void write(T value, JsonGenerator out) throws IOException {
        codec.write(value, out);
      }

      @Override
      public T read(JsonNode node, Path at, Problems problems) {
        return codec.read(node, at, problems);
      }

      @Override
      public JsonNode schema(SchemaContext schemas) {
        return schemas.reference(name, () -> codec.schema(schemas));
      }

      @Override
      public void visitPersonal(JsonNode node, PersonalDataSink sink) {
        codec.visitPersonal(node, sink);
      }
    };
  }

  /**
   * A constant of {@code type}, written as its name; its schema definition is named after the type,
   * prefixed with the enclosing type for a nested one ({@code PersonKind}).
   */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    Class<?> enclosing = type.getEnclosingClass();
    return enumeration(
        (enclosing == null ? "" : enclosing.getSimpleName()) + type.getSimpleName(), type);
  }

  /** A constant of {@code type}, written as its name, with the schema definition {@code name}. */
  public static <E extends Enum<E>> Codec<E> enumeration(String definition, Class<E> type) {
    E[] constants = type.getEnumConstants();
    StringBuilder names = new StringBuilder();
    for (E constant : constants) {
      names.append(names.length() == 0 ? "" : ", ").append(constant.name());
    }
    String expected = "one of " + names;
    return new Codec<>() {
      @Override
      public void write(E value, JsonGenerator out) throws IOException {
        out.writeString(value.name());
      }

      @Override
      public E read(JsonNode node, Path at, Problems problems) {
        if (node.isTextual()) {
          for (E constant : constants) {
            if (constant.name().equals(node.textValue())) {
              return constant;
            }
          }
        }
        problems.add(at, expected);
        return null;
      }

      @Override
      public JsonNode schema(SchemaContext schemas) {
        return schemas.reference(
            definition,
            () -> {
              ObjectNode node = SchemaContext.nodes().objectNode().put("type", "string");
              ArrayNode values = node.putArray("enum");
              for (E constant : constants) {
                values.add(constant.name());
              }
              return node;
            });
      }
    };
  }

  /** A JSON array of values, read into an immutable list. */
  public static <V> Codec<List<V>> list(Codec<V> element) {
    return new CollectionCodec<List<V>, V>(element, false) {
      @Override
      List<V> collect(List<V> values) {
        return ImmutableList.copyOf(values);
      }
    };
  }

  /**
   * A JSON array of distinct values, read into an immutable set that keeps the document's order; a
   * repeated element is rejected rather than silently dropped.
   */
  public static <V> Codec<Set<V>> set(Codec<V> element) {
    return new CollectionCodec<Set<V>, V>(element, true) {
      @Override
      Set<V> collect(List<V> values) {
        return ImmutableSet.copyOf(values);
      }
    };
  }

  private abstract static class CollectionCodec<C extends Collection<V>, V> implements Codec<C> {
    private final Codec<V> element;
    private final boolean distinct;

    CollectionCodec(Codec<V> element, boolean distinct) {
      this.element = element;
      this.distinct = distinct;
    }

    abstract C collect(List<V> values);

    @Override
    public void write(C value, JsonGenerator out) throws IOException {
      out.writeStartArray();
      for (V item : value) {
        element.write(item, out);
      }
      out.writeEndArray();
    }

    @Override
    public C read(JsonNode node, Path at, Problems problems) {
      if (!node.isArray()) {
        problems.add(at, distinct ? "an array of distinct elements" : "an array");
        return null;
      }
      int before = problems.count();
      ImmutableList.Builder<V> values = ImmutableList.builderWithExpectedSize(node.size());
      Set<V> seen = distinct ? new java.util.HashSet<>() : null;
      for (int i = 0; i < node.size(); i++) {
        Path here = at.index(i);
        V value = element.read(node.get(i), here, problems);
        if (value == null) {
          continue;
        }
        if (distinct && !seen.add(value)) {
          problems.add(here, "an element that does not repeat an earlier one");
          continue;
        }
        values.add(value);
      }
      return problems.count() == before ? collect(values.build()) : null;
    }

    @Override
    public JsonNode schema(SchemaContext schemas) {
      ObjectNode node = SchemaContext.nodes().objectNode().put("type", "array");
      node.set("items", element.schema(schemas));
      if (distinct) {
        node.put("uniqueItems", true);
      }
      return node;
    }

    @Override
    public void visitPersonal(JsonNode node, PersonalDataSink sink) {
      for (JsonNode item : node) {
        element.visitPersonal(item, sink);
      }
    }
  }
}
