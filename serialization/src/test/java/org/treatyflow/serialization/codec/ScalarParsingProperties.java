package org.treatyflow.serialization.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hand-written readers of decimals, dates and date-times accept exactly the text the published
 * patterns and {@code java.time}'s ISO formatters accept, and read the same value from it.
 */
class ScalarParsingProperties {
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,39})(\\.[0-9]{1,40})?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

  /** What the format accepted before its readers were written by hand: the oracle. */
  private static LocalDate dateOracle(String text) {
    try {
      return DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static OffsetDateTime dateTimeOracle(String text) {
    try {
      return DATE_TIME.matcher(text).matches()
          ? OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Property(tries = 3000)
  void decimalsAreThoseOfThePattern(@ForAll("decimalLike") String text) {
    assertThat(Codecs.isDecimal(text)).as(text).isEqualTo(DECIMAL.matcher(text).matches());
  }

  @Property(tries = 3000)
  void datesAreThoseOfTheIsoFormat(@ForAll("dateLike") String text) {
    assertThat(Codecs.parseDate(text)).as(text).isEqualTo(dateOracle(text));
  }

  @Property(tries = 5000)
  void dateTimesAreThoseOfTheIsoFormat(@ForAll("dateTimeLike") String text) {
    OffsetDateTime expected = dateTimeOracle(text);
    OffsetDateTime read = Codecs.parseDateTime(text);
    assertThat(read).as(text).isEqualTo(expected);
  }

  @Example
  void theEdgesOfTheCalendarAndOfOffsets() {
    for (String text :
        new String[] {
          "2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2026-13-01", "2026-00-10",
          "2026-04-31", "2026-4-01", "２０２６-01-01", "2026-01-01 "
        }) {
      assertThat(Codecs.parseDate(text)).as(text).isEqualTo(dateOracle(text));
    }
    for (String text :
        new String[] {
          "2026-11-28T23:59:59Z", "2026-11-28T24:00:00Z", "2026-11-28T23:59:60Z",
          "2026-11-28T10:00:00+18:00", "2026-11-28T10:00:00+18:01", "2026-11-28T10:00:00-18:00",
          "2026-11-28T10:00:00-00:00", "2026-11-28T10:00:00+01:60", "2026-11-28T10:00:00.Z",
          "2026-11-28T10:00:00.123456789+01:00", "2026-11-28T10:00:00.1234567890Z",
          "2026-11-28t10:00:00Z", "2026-11-28T10:00:00z", "2026-11-28T10:00Z",
          "2026-11-28T10:00:00+0100", "2026-11-28T10:00:00+01"
        }) {
      assertThat(Codecs.parseDateTime(text)).as(text).isEqualTo(dateTimeOracle(text));
    }
    assertThat(Codecs.isDecimal("1" + "0".repeat(39))).isTrue();
    assertThat(Codecs.isDecimal("1" + "0".repeat(40))).isFalse();
    assertThat(Codecs.isDecimal("-0.50")).isTrue();
    assertThat(Codecs.isDecimal("0." + "5".repeat(41))).isFalse();
  }

  @Provide
  Arbitrary<String> decimalLike() {
    return Arbitraries.strings().withChars("0123456789.-+e ").ofMaxLength(45)
        .injectDuplicates(0.01)
        .edgeCases(edges -> edges.add("0").add("-0").add("00").add(".5").add("5.").add("-"));
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofLength(2);
    Arbitrary<String> valid =
        Arbitraries.longs()
            .between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
            .map(day -> LocalDate.ofEpochDay(day).toString());
    Arbitrary<String> nearly =
        net.jqwik.api.Combinators.combine(
                Arbitraries.strings().withChars("0123456789").ofLength(4), digits, digits)
            .as((y, m, d) -> y + "-" + m + "-" + d);
    Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-T: ").ofMaxLength(12);
    return Arbitraries.oneOf(valid, nearly, noise);
  }

  @Provide
  Arbitrary<String> dateTimeLike() {
    Arbitrary<String> date = dateLike();
    Arbitrary<String> time =
        Arbitraries.strings().withChars("0123456789").ofLength(6)
            .map(t -> t.substring(0, 2) + ":" + t.substring(2, 4) + ":" + t.substring(4, 6));
    Arbitrary<String> fraction =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(11)
                .map(f -> "." + f));
    Arbitrary<String> offset =
        Arbitraries.oneOf(
            Arbitraries.of("Z", "z", "", "+00:00", "-00:00", "+18:00", "-18:00", "+1:00"),
            Arbitraries.strings().withChars("0123456789").ofLength(4)
                .flatMap(
                    o ->
                        Arbitraries.of("+", "-")
                            .map(sign -> sign + o.substring(0, 2) + ":" + o.substring(2))));
    Arbitrary<String> composed =
        net.jqwik.api.Combinators.combine(date, Arbitraries.of("T", "t", " "), time, fraction, offset)
            .as((d, t, h, f, o) -> d + t + h + f + o);
    // every instant of the years 0000 to 9999 (a day's margin for the offset), any offset in
    // minutes, any precision
    Arbitrary<String> valid =
        net.jqwik.api.Combinators.combine(
                Arbitraries.longs().between(-62_167_132_800L, 253_402_214_399L),
                Arbitraries.oneOf(
                    Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999)),
                Arbitraries.integers().between(-18 * 60, 18 * 60))
            .as(
                (seconds, nanos, minutes) ->
                    java.time.Instant.ofEpochSecond(seconds, nanos)
                        .atOffset(java.time.ZoneOffset.ofTotalSeconds(minutes * 60))
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    return Arbitraries.oneOf(composed, composed, valid);
  }
}
