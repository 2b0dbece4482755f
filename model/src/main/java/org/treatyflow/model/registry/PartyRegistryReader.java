package org.treatyflow.model.registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;

/**
 * Reads the registry format with the streaming parser of jackson-core: strict about members,
 * types, dates, codes and duplicates, and silent about the file's free-text values in its errors.
 *
 * <p>The format: an object with {@code asOf} (a date), {@code sources} (an array of strings) and
 * {@code treaties}, an object whose members {@code ETS185}, {@code CETS224} and {@code CETS198}
 * (each optional) are arrays of rows. A row has {@code party} and {@code name} (required), {@code
 * signed}, {@code ratified}, {@code inForce} (a date or null; default null), {@code
 * inForceComputed} and {@code verified} (booleans; default false), {@code reservations} and {@code
 * declarations} (arrays of {@link ReservationCode#fileCode() file codes}; default empty), {@code
 * note} (a string; default empty) and {@code operativeStatus} ({@code ACTIVE} by default, or {@code
 * RIGHTS_RESTRICTED}).
 */
final class PartyRegistryReader {
  static final String BUNDLED_RESOURCE = "parties.json";

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private static final Map<String, Instrument> TREATY_KEYS =
      Map.of(
          "ETS185", Instrument.BUDAPEST,
          "CETS224", Instrument.SECOND_PROTOCOL,
          "CETS198", Instrument.WARSAW);

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final JsonParser parser;
  private final String source;

  private PartyRegistryReader(JsonParser parser, String source) {
    this.parser = parser;
    this.source = source;
  }

  /** The bundled snapshot, read on first use. */
  static PartyRegistry bundled() {
    return Bundled.REGISTRY;
  }

  private static final class Bundled {
    static final PartyRegistry REGISTRY = readBundled();

    private static PartyRegistry readBundled() {
      String name = PartyRegistry.class.getPackageName().replace('.', '/') + "/" + BUNDLED_RESOURCE;
      try (InputStream in = PartyRegistry.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new UncheckedIOException(
              "Cannot find the bundled party registry resource " + name,
              new FileNotFoundException(name));
        }
        return read(in, "resource " + name);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the bundled party registry resource " + name, e);
      }
    }
  }

  static PartyRegistry read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, "file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read party registry file " + file, e);
    }
  }

  static PartyRegistry read(InputStream in, String source) {
    JsonParser parser;
    try {
      parser = FACTORY.createParser(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read party registry " + source, e);
    }
    try (parser) {
      return new PartyRegistryReader(parser, source).readDocument();
    } catch (JsonProcessingException e) {
      // The parser's own message may quote the text it choked on: never pass it on.
      throw new PartyRegistryFormatException(
          source,
          parser.getParsingContext().pathAsPointer().toString(),
          "well-formed JSON without duplicate member names" + location(e),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read party registry " + source, e);
    }
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
  }

  private PartyRegistry readDocument() throws IOException {
    expect(parser.nextToken(), JsonToken.START_OBJECT, "an object with asOf, sources and treaties");
    PartyRegistry.Builder registry = PartyRegistry.builder();
    boolean hasAsOf = false;
    boolean hasSources = false;
    boolean hasTreaties = false;
    Set<String> seenRows = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String member = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (member) {
        case "asOf" -> {
          registry.asOf(date(value).orElseThrow(() -> fail("a date in the form YYYY-MM-DD")));
          hasAsOf = true;
        }
        case "sources" -> {
          registry.addAllSources(strings(value, "an array of strings"));
          hasSources = true;
        }
        case "treaties" -> {
          readTreaties(value, registry, seenRows);
          hasTreaties = true;
        }
        default -> throw fail("only the members asOf, sources and treaties");
      }
    }
    if (!hasAsOf || !hasSources || !hasTreaties) {
      throw new PartyRegistryFormatException(
          source, "", "the members asOf, sources and treaties, all present", null);
    }
    JsonToken trailing = parser.nextToken();
    if (trailing != null) {
      throw fail("the end of the input after the root object");
    }
    return registry.build();
  }

  private void readTreaties(JsonToken value, PartyRegistry.Builder registry, Set<String> seenRows)
      throws IOException {
    expect(value, JsonToken.START_OBJECT, "an object with the members ETS185, CETS224, CETS198");
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      Instrument instrument = TREATY_KEYS.get(parser.currentName());
      JsonToken rows = parser.nextToken();
      if (instrument == null) {
        throw fail("only the treaty keys ETS185, CETS224 and CETS198");
      }
      expect(rows, JsonToken.START_ARRAY, "an array of party rows");
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        registry.addStatuses(readRow(instrument, seenRows));
      }
    }
  }

  private PartyStatus readRow(Instrument instrument, Set<String> seenRows) throws IOException {
    expect(parser.currentToken(), JsonToken.START_OBJECT, "a party row object");
    String rowPointer = pointer();
    PartyStatus.Builder row = PartyStatus.builder().instrument(instrument);
    Set<String> members = new HashSet<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String member = parser.currentName();
      members.add(member);
      JsonToken value = parser.nextToken();
      switch (member) {
        case "party" -> {
          String code = string(value, "an ISO 3166-1 alpha-2 code (or EU, XK)");
          if (!Party.isValidCode(code)) {
            throw fail("an ISO 3166-1 alpha-2 code in upper case (or EU, XK)");
          }
          if (!seenRows.add(instrument.name() + "/" + code)) {
            throw fail("a Party that has no other row under the same treaty");
          }
          row.party(Party.of(code));
        }
        case "name" -> {
          String name = string(value, "the State's name as a string");
          if (name.isBlank()) {
            throw fail("a State's name that is not blank");
          }
          row.name(name);
        }
        case "signed" -> row.signed(date(value));
        case "ratified" -> row.ratified(date(value));
        case "inForce" -> row.inForce(date(value));
        case "inForceComputed" -> row.inForceComputed(bool(value));
        case "verified" -> row.verified(bool(value));
        case "reservations" -> row.addAllReservations(codes(value, instrument, true));
        case "declarations" -> row.addAllDeclarations(codes(value, instrument, false));
        case "note" -> row.note(string(value, "a string"));
        case "operativeStatus" -> row.operativeStatus(operativeStatus(value));
        default ->
            throw fail(
                "only the members party, name, signed, ratified, inForce, inForceComputed,"
                    + " reservations, declarations, verified, note and operativeStatus");
      }
    }
    if (!members.contains("party") || !members.contains("name")) {
      throw new PartyRegistryFormatException(
          source, rowPointer, "a row with the members party and name", null);
    }
    if (!members.contains("inForceComputed")) {
      row.inForceComputed(false);
    }
    if (!members.contains("verified")) {
      row.verified(false);
    }
    if (!members.contains("note")) {
      row.note("");
    }
    try {
      return row.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // The checks' messages name codes, dates and Parties only, never a free-text value.
      throw new PartyRegistryFormatException(
          source, rowPointer, "a consistent row: " + e.getMessage(), e);
    }
  }

  private Set<ReservationCode> codes(JsonToken value, Instrument instrument, boolean reservations)
      throws IOException {
    String kind = reservations ? "reservation" : "declaration or designation";
    expect(value, JsonToken.START_ARRAY, "an array of " + kind + " codes");
    Set<ReservationCode> codes = EnumSet.noneOf(ReservationCode.class);
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String text = string(parser.currentToken(), "a " + kind + " code");
      ReservationCode code =
          ReservationCode.fromFileCode(text)
              .orElseThrow(() -> fail("a known " + kind + " code (see ReservationCode)"));
      if (code.instrument() != instrument) {
        throw fail("a " + kind + " code of " + instrument.shortName());
      }
      if ((code.kind() == ReservationKind.RESERVATION) != reservations) {
        throw fail("a " + kind + " code, not a code of kind " + code.kind());
      }
      if (!codes.add(code)) {
        throw fail("each code only once");
      }
    }
    return codes;
  }

  private OperativeStatus operativeStatus(JsonToken value) throws IOException {
    String text = string(value, "ACTIVE or RIGHTS_RESTRICTED");
    for (OperativeStatus status : OperativeStatus.values()) {
      if (status.name().equals(text)) {
        return status;
      }
    }
    throw fail("ACTIVE or RIGHTS_RESTRICTED");
  }

  private Optional<LocalDate> date(JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return Optional.empty();
    }
    String text = string(value, "a date in the form YYYY-MM-DD, or null");
    if (!DATE.matcher(text).matches()) {
      throw fail("a date in the form YYYY-MM-DD, or null");
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw fail("a valid calendar date in the form YYYY-MM-DD, or null");
    }
  }

  private List<String> strings(JsonToken value, String expected) throws IOException {
    expect(value, JsonToken.START_ARRAY, expected);
    List<String> strings = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      strings.add(string(parser.currentToken(), "a string"));
    }
    return strings;
  }

  private String string(JsonToken value, String expected) throws IOException {
    expect(value, JsonToken.VALUE_STRING, expected);
    return parser.getText();
  }

  private boolean bool(JsonToken value) {
    if (value == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (value == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw fail("true or false");
  }

  private void expect(JsonToken actual, JsonToken expected, String description) {
    if (actual != expected) {
      throw fail(description);
    }
  }

  private String pointer() {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  private PartyRegistryFormatException fail(String expected) {
    return new PartyRegistryFormatException(source, pointer(), expected, null);
  }
}
