package org.treatyflow.serialization.codec;

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
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
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
        public String read(JsonParser in, Path at, Problems problems) throws IOException {
          if (in.currentToken() != JsonToken.VALUE_STRING) {
            return mismatch(in, at, problems, "a string");
          }
          return in.getText();
        }

        @Override
        public JsonNode schema(SchemaContext schemas) {
          return SchemaContext.nodes().objectNode().put("type", "string");
        }
      };

  /** A JSON integer within the range of a Java {@code int}; never a string or a fraction. */
  public static final Codec<Integer> INTEGER =
      integer(Integer.MIN_VALUE, Integer.MAX_VALUE, value -> (int) value);

  /** A JSON integer within the range of a Java {@code long}; never a string or a fraction. */
  public static final Codec<Long> LONG = integer(Long.MIN_VALUE, Long.MAX_VALUE, value -> value);

  /** A JSON integer from {@code min} to {@code max}, boxed by {@code box}. */
  private static <N extends Number> Codec<N> integer(long min, long max, LongFunction<N> box) {
    String expected = "an integer from " + min + " to " + max + " (a JSON number, not a string)";
    return new Codec<>() {
      @Override
      public void write(N value, JsonGenerator out) throws IOException {
        out.writeNumber(value.longValue());
      }

      @Override
      public N read(JsonParser in, Path at, Problems problems) throws IOException {
        Long value = readInteger(in, min, max);
        return value == null ? mismatch(in, at, problems, expected) : box.apply(value);
      }

      @Override
      public JsonNode schema(SchemaContext schemas) {
        return SchemaContext.nodes()
            .objectNode()
            .put("type", "integer")
            .put("minimum", min)
            .put("maximum", max);
      }
    };
  }

  /** {@code true} or {@code false}; never a string or a number. */
  public static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public void write(Boolean value, JsonGenerator out) throws IOException {
          out.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonParser in, Path at, Problems problems) throws IOException {
          JsonToken token = in.currentToken();
          if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            return mismatch(in, at, problems, "true or false");
          }
          return token == JsonToken.VALUE_TRUE;
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
          text -> isDecimal(text) ? new BigDecimal(text) : null,
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
          Codecs::parseDate,
          date -> checkedYear(date.getYear(), date.toString()),
          schema -> schema.put("format", "date").put("pattern", "^" + DATE_PATTERN.pattern() + "$"));

  /**
   * An instant, written in UTC ({@code 2026-11-28T21:13:15Z}); read from any RFC 3339 offset. Years
   * 0000 to 9999 only, as for {@link #DATE}.
   */
  public static final Codec<Instant> INSTANT =
      text(
          "a date and time with an offset, RFC 3339, such as \"2026-11-28T21:13:15Z\"",
          text -> {
            OffsetDateTime time = parseDateTime(text);
            return time == null ? null : time.toInstant();
          },
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
          Codecs::parseDateTime,
          time -> {
            if (time.getOffset().getTotalSeconds() % 60 != 0) {
              throw new IllegalArgumentException(
                  "An offset with seconds cannot be written in RFC 3339");
            }
            return checkedYear(time.getYear(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
          },
          schema ->
              schema.put("format", "date-time").put("pattern", "^" + DATE_TIME_PATTERN.pattern() + "$"));

  /**
   * Records that the value at {@code at} is not what was {@code expected} and moves the parser to
   * the value's last token, so that reading goes on after it.
   *
   * @return {@code null}, the result of a value not read
   */
  static <T> T mismatch(JsonParser in, Path at, Problems problems, String expected)
      throws IOException {
    problems.add(at, expected);
    in.skipChildren();
    return null;
  }

  /**
   * The integer the parser is on, if it is a JSON integer from {@code min} to {@code max};
   * {@code null} for anything else, a fraction or exponent included, whose value is then never
   * computed.
   */
  private static Long readInteger(JsonParser in, long min, long max) throws IOException {
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return null;
    }
    switch (in.getNumberType()) {
      case INT, LONG -> {
        long value = in.getLongValue();
        return value >= min && value <= max ? value : null;
      }
      case BIG_INTEGER -> {
        BigInteger value = in.getBigIntegerValue();
        return value.bitLength() < Long.SIZE
                && value.longValue() >= min
                && value.longValue() <= max
            ? value.longValue()
            : null;
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Whether {@code text} is a decimal of the format: {@code -?(0|[1-9][0-9]{0,39})(\.[0-9]{1,40})?}
   * (the published pattern), checked without a regular expression.
   */
  static boolean isDecimal(String text) {
    int i = text.startsWith("-") ? 1 : 0;
    int integerStart = i;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    int integerDigits = i - integerStart;
    if (integerDigits == 0
        || integerDigits > 40
        || (integerDigits > 1 && text.charAt(integerStart) == '0')) {
      return false;
    }
    if (i == text.length()) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fractionStart = ++i;
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    int fractionDigits = i - fractionStart;
    return i == text.length() && fractionDigits >= 1 && fractionDigits <= 40;
  }

  /**
   * The date {@code yyyy-MM-dd} (the published pattern, ISO 8601 with the strict calendar), or
   * {@code null}; read without a regular expression or a formatter.
   */
  static LocalDate parseDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * The date and time {@code yyyy-MM-ddTHH:mm:ss(.fraction)?(Z|+HH:MM|-HH:MM)} (RFC 3339, the
   * published pattern, as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads it), or {@code
   * null}; read without a regular expression or a formatter.
   */
  static OffsetDateTime parseDateTime(String text) {
    int length = text.length();
    if (length < 20
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    LocalDate date = parseDate(text.substring(0, 10));
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (date == null || hour < 0 || minute < 0 || second < 0) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (text.charAt(i) == '.') {
      int start = ++i;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
      }
      int fractionDigits = i - start;
      if (fractionDigits < 1 || fractionDigits > 9) {
        return null;
      }
      nano = digits(text, start, fractionDigits);
      for (int scale = fractionDigits; scale < 9; scale++) {
        nano *= 10;
      }
    }
    ZoneOffset offset;
    if (i == length - 1 && text.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == length - 6
        && (text.charAt(i) == '+' || text.charAt(i) == '-')
        && text.charAt(i + 3) == ':') {
      int hours = digits(text, i + 1, 2);
      int minutes = digits(text, i + 4, 2);
      if (hours < 0 || minutes < 0) {
        return null;
      }
      int sign = text.charAt(i) == '-' ? -1 : 1;
      try {
        offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
      } catch (DateTimeException e) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(date, java.time.LocalTime.of(hour, minute, second, nano), offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number written by {@code count} ASCII digits at {@code start}, or -1. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

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
      public T read(JsonParser in, Path at, Problems problems) throws IOException {
        if (in.currentToken() != JsonToken.VALUE_STRING) {
          return mismatch(in, at, problems, expected);
        }
        T value;
        try {
          value = parse.apply(in.getText());
        } catch (DateTimeException | IllegalArgumentException | IllegalStateException e) {
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
      public T read(JsonParser in, Path at, Problems problems) throws IOException {
        return codec.read(in, at, problems);
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
    SerializableString[] encoded = new SerializableString[constants.length];
    ImmutableMap.Builder<String, E> byName = ImmutableMap.builderWithExpectedSize(constants.length);
    for (E constant : constants) {
      encoded[constant.ordinal()] = new SerializedString(constant.name());
      byName.put(constant.name(), constant);
    }
    ImmutableMap<String, E> named = byName.buildOrThrow();
    StringBuilder names = new StringBuilder();
    for (E constant : constants) {
      names.append(names.length() == 0 ? "" : ", ").append(constant.name());
    }
    String expected = "one of " + names;
    return new Codec<>() {
      @Override
      public void write(E value, JsonGenerator out) throws IOException {
        out.writeString(encoded[value.ordinal()]);
      }

      @Override
      public E read(JsonParser in, Path at, Problems problems) throws IOException {
        E constant =
            in.currentToken() == JsonToken.VALUE_STRING ? named.get(in.getText()) : null;
        return constant != null ? constant : mismatch(in, at, problems, expected);
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
    public C read(JsonParser in, Path at, Problems problems) throws IOException {
      if (in.currentToken() != JsonToken.START_ARRAY) {
        return mismatch(in, at, problems, distinct ? "an array of distinct elements" : "an array");
      }
      int before = problems.count();
      List<V> values = new ArrayList<>();
      Set<V> seen = distinct ? new HashSet<>() : null;
      int index = 0;
      for (JsonToken token = in.nextToken(); token != JsonToken.END_ARRAY; token = in.nextToken()) {
        Path here = at.index(index++);
        V value = element.read(in, here, problems);
        if (value == null) {
          continue;
        }
        if (distinct && !seen.add(value)) {
          problems.add(here, "an element that does not repeat an earlier one");
          continue;
        }
        values.add(value);
      }
      return problems.count() == before ? collect(values) : null;
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
