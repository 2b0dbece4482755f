package org.treatyflow.model.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.treatyflow.model.common.Instrument;
import org.treatyflow.model.common.Party;

class PartyRegistryReaderTest {
  /** A free-text value that must never appear in an error message. */
  private static final String SECRET = "Zq-free-text";

  private static String registry(String row) {
    return "{\"asOf\": \"2026-04-25\", \"sources\": [\"" + SECRET + " source\"],"
        + " \"treaties\": {\"ETS185\": [" + row + "]}}";
  }

  private static String row(String extra) {
    return "{\"party\": \"AT\", \"name\": \"Austria\", \"inForce\": \"2012-10-01\","
        + " \"reservations\": [\"BC_29_4\"], \"note\": \"" + SECRET + " note\"" + extra + "}";
  }

  private static PartyRegistry read(String json) {
    return PartyRegistry.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void minimalRowTakesTheDefaults() {
    PartyRegistry registry = read(registry(row("")));
    PartyStatus austria = registry.status(Instrument.BUDAPEST, Party.of("AT")).orElseThrow();
    assertThat(austria.inForce()).contains(LocalDate.of(2012, 10, 1));
    assertThat(austria.signed()).isEmpty();
    assertThat(austria.verified()).isFalse();
    assertThat(austria.inForceComputed()).isFalse();
    assertThat(austria.declarations()).isEmpty();
    assertThat(austria.operativeStatus()).isEqualTo(OperativeStatus.ACTIVE);
    assertThat(registry.parties(Instrument.WARSAW)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown row member        | , "comment": "x"                       | /treaties/ETS185/0/comment
          duplicate row member      | , "name": "Österreich"                 | /treaties/ETS185/0/name
          wrong type of boolean     | , "verified": "yes"                    | /treaties/ETS185/0/verified
          wrong type of date        | , "signed": 20011123                   | /treaties/ETS185/0/signed
          bad date form             | , "signed": "23.11.2001"               | /treaties/ETS185/0/signed
          impossible date           | , "signed": "2001-02-30"               | /treaties/ETS185/0/signed
          unknown code              | , "declarations": ["BC_99_9"]          | /treaties/ETS185/0/declarations/0
          code of another treaty    | , "declarations": ["WC_24_3"]          | /treaties/ETS185/0/declarations/0
          reservation as declaration| , "declarations": ["BC_DESIGNATIONS", "BC_29_4"] | /treaties/ETS185/0/declarations/1
          repeated code             | , "declarations": ["BC_DESIGNATIONS", "BC_DESIGNATIONS"] | /treaties/ETS185/0/declarations/1
          unknown operative status  | , "operativeStatus": "SUSPENDED"       | /treaties/ETS185/0/operativeStatus
          ratified after in force   | , "ratified": "2013-01-01"             | /treaties/ETS185/0
          """)
  void rejectsAFaultyRowNamingItsJsonPointer(String fault, String extra, String pointer) {
    assertRejected(registry(row(extra)), pointer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          bad ISO code           | {"party": "AU1", "name": "Zq"}  | /treaties/ETS185/1/party
          lower-case ISO code    | {"party": "de", "name": "Zq"}   | /treaties/ETS185/1/party
          duplicate party row    | {"party": "AT", "name": "Zq"}   | /treaties/ETS185/1/party
          missing name           | {"party": "DE"}                 | /treaties/ETS185/1
          row that is no object  | "DE"                            | /treaties/ETS185/1
          """)
  void rejectsAFaultySecondRowNamingItsJsonPointer(String fault, String second, String pointer) {
    assertRejected(registry(row("") + ", " + second), pointer);
  }

  @Test
  void rejectsAnUnknownTreatyKey() {
    assertRejected(
        "{\"asOf\": \"2026-04-25\", \"sources\": [], \"treaties\": {\"ETS186\": []}}",
        "/treaties/ETS186");
  }

  @Test
  void rejectsAnUnknownTopLevelMember() {
    assertRejected(
        "{\"asOf\": \"2026-04-25\", \"sources\": [], \"treaties\": {}, \"version\": 2}",
        "/version");
  }

  @Test
  void rejectsADuplicateTopLevelKey() {
    assertRejected(
        "{\"asOf\": \"2026-04-25\", \"asOf\": \"2026-04-26\", \"sources\": [], \"treaties\": {}}",
        "/asOf");
  }

  @Test
  void rejectsABadAsOfDate() {
    assertRejected("{\"asOf\": \"2026-13-01\", \"sources\": [], \"treaties\": {}}", "/asOf");
  }

  @Test
  void rejectsASourceThatIsNoString() {
    assertRejected(
        "{\"asOf\": \"2026-04-25\", \"sources\": [\"a\", 7], \"treaties\": {}}", "/sources/1");
  }

  @Test
  void rejectsAMissingTopLevelMember() {
    assertRejected("{\"asOf\": \"2026-04-25\", \"treaties\": {}}", "");
  }

  @Test
  void rejectsTrailingGarbage() {
    assertRejected(registry(row("")) + " {}", "");
    assertRejected(registry(row("")) + " " + SECRET, "");
  }

  @Test
  void rejectsMalformedJson() {
    assertRejected(registry(row(", \"note2\" " + SECRET)), "/treaties/ETS185/0/note2");
  }

  @Test
  void rejectsAnEmptyDocument() {
    assertRejected("", "");
  }

  @Test
  void unreadableFileIsAnUncheckedIoErrorNamingTheFile() {
    Path missing = Path.of("target", "no-such-registry.json");
    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> PartyRegistry.read(missing))
        .withMessageContaining("no-such-registry.json");
  }

  @Test
  void readsTheTestRegistryFromAPath() {
    Path file = Path.of("src/test/resources/org/treatyflow/model/registry/in-force-2ap.json");
    PartyRegistry registry = PartyRegistry.read(file);
    assertThat(registry.parties(Instrument.SECOND_PROTOCOL)).hasSize(5);
  }

  private static void assertRejected(String json, String pointer) {
    assertThatExceptionOfType(PartyRegistryFormatException.class)
        .isThrownBy(() -> read(json))
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo(pointer);
              assertThat(e.getMessage())
                  .contains("at '" + pointer + "'")
                  .contains("expected")
                  .doesNotContain(SECRET)
                  .doesNotContain("Zq");
            });
  }
}
