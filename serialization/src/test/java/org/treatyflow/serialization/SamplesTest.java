package org.treatyflow.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.treatyflow.model.common.Instrument.BUDAPEST;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.RequestFamily;
import org.treatyflow.model.common.Violation;
import org.treatyflow.model.reply.Reply;
import org.treatyflow.serialization.codec.ObjectCodec;
import org.treatyflow.serialization.codec.Problem;

/**
 * The committed sample documents, one per payload type and a draft, are what {@link Samples} builds
 * and what the format writes; they validate against the published schemas and, except for the
 * draft, are legally complete.
 *
 * <p>To publish a deliberate change of the samples or of the format, run this test with {@code
 * -Dtreatyflow.writeSamples=true} from the module's directory, then review and commit the files it
 * rewrites.
 */
class SamplesTest {
  private static final Path COMMITTED = Path.of("src/test/resources/samples");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ExchangeFormat FORMAT = ExchangeFormat.standard();
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  @BeforeAll
  static void rewriteIfAsked() throws IOException {
    if (!Boolean.getBoolean("treatyflow.writeSamples")) {
      return;
    }
    Files.createDirectories(COMMITTED.resolve(Samples.DRAFT_FILE).getParent());
    try (Stream<Path> files = Files.walk(COMMITTED)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Files.delete(file);
      }
    }
    for (Map.Entry<String, Envelope> sample : everySample().entrySet()) {
      Files.writeString(
          COMMITTED.resolve(sample.getKey()), FORMAT.writeIndented(sample.getValue()));
    }
  }

  /** The complete samples by file name. */
  static Stream<String> sampleFiles() {
    return Samples.all().keySet().stream();
  }

  /** The complete samples and the draft by file name. */
  static Stream<String> everySampleFile() {
    return everySample().keySet().stream();
  }

  private static Map<String, Envelope> everySample() {
    Map<String, Envelope> samples = new LinkedHashMap<>();
    for (Map.Entry<String, Supplier<Envelope>> sample : Samples.all().entrySet()) {
      samples.put(sample.getKey(), sample.getValue().get());
    }
    samples.put(Samples.DRAFT_FILE, Samples.preservationRequestDraft());
    return samples;
  }

  // ---------------------------------------------------------------------------------------------
  // (a) golden files
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("everySampleFile")
  void theFileReadsAsTheSampleAndIsItsIndentedFormByteForByte(String file)
      throws RejectedDocumentException {
    Envelope sample = everySample().get(file);
    byte[] committed = committed(file);

    Envelope read = FORMAT.readEnvelope(committed);

    assertThat(read).as("%s read back", file).isEqualTo(sample);
    assertThat(new String(committed, StandardCharsets.UTF_8))
        .as(
            "%s is not what ExchangeFormat.writeIndented gives for Samples; if the change is"
                + " deliberate, run SamplesTest with -Dtreatyflow.writeSamples=true and commit the"
                + " result",
            file)
        .isEqualTo(FORMAT.writeIndented(sample));
    assertThat(FORMAT.write(read))
        .as("%s: the canonical form of the value read equals that of the sample", file)
        .isEqualTo(FORMAT.write(sample));
  }

  @Test
  void theSampleDirectoryHoldsExactlyTheSamples() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(COMMITTED)) {
      walk.filter(Files::isRegularFile)
          .forEach(file -> files.add(COMMITTED.relativize(file).toString().replace('\\', '/')));
    }
    assertThat(files)
        .as("files under %s", COMMITTED)
        .isEqualTo(new TreeSet<>(everySample().keySet()));
  }

  // ---------------------------------------------------------------------------------------------
  // (b) the published schemas accept every sample
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("everySampleFile")
  void theFileValidatesAgainstTheEnvelopeSchemaAndItsPayloadSchema(String file) {
    JsonNode document = tree(committed(file));
    String typeName = document.path("payload").path("type").asText();

    assertThat(messages(publishedSchema("envelope.schema.json").validate(document)))
        .as("%s against envelope.schema.json", file)
        .isEmpty();
    assertThat(
            messages(publishedSchema(typeName + ".schema.json").validate(document.get("payload"))))
        .as("%s: its payload against %s.schema.json", file, typeName)
        .isEmpty();
    assertThat(messages(publishedSchema("payload.schema.json").validate(document.get("payload"))))
        .as("%s: its payload against payload.schema.json", file)
        .isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // (c) every sample is legally complete
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("sampleFiles")
  void thePayloadIsComplete(String file) {
    CooperationAct payload = Samples.all().get(file).get().payload();

    assertThat(payload.completenessViolations())
        .as("%s: completeness violations", file)
        .extracting(v -> v.code() + " (" + v.citation() + ", " + v.field() + ")")
        .isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // (d) coverage
  // ---------------------------------------------------------------------------------------------

  @Test
  void thereIsASampleForEveryFamily() {
    List<RequestFamily> families = new ArrayList<>();
    for (Supplier<Envelope> sample : Samples.all().values()) {
      CooperationAct payload = sample.get().payload();
      if (!(payload instanceof Reply)) {
        families.add(payload.family());
      }
    }
    assertThat(families)
        .as("families of the request and record samples, one sample each")
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(RequestFamily.class));
  }

  @Test
  void thereIsASampleForEveryPayloadTypeNamedAfterIt() {
    Set<String> expected = new TreeSet<>();
    for (ObjectCodec<? extends CooperationAct, ?> alternative :
        ExchangeTypes.PAYLOAD.alternatives()) {
      expected.add(alternative.typeName().orElseThrow() + ".json");
    }
    Set<String> named = new TreeSet<>();
    for (Map.Entry<String, Supplier<Envelope>> sample : Samples.all().entrySet()) {
      String typeName =
          ExchangeTypes.PAYLOAD
              .codecFor(sample.getValue().get().payload())
              .typeName()
              .orElseThrow();
      assertThat(sample.getKey()).as("file of a %s sample", typeName).isEqualTo(typeName + ".json");
      named.add(sample.getKey());
    }
    assertThat(named).hasSize(34).isEqualTo(expected);
  }

  @Test
  void everySampleMethodGivesTheSameValueEachTime() {
    for (Map.Entry<String, Supplier<Envelope>> sample : Samples.all().entrySet()) {
      assertThat(sample.getValue().get()).as(sample.getKey()).isEqualTo(sample.getValue().get());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // (e) an incomplete draft is read; a malformed document is rejected
  // ---------------------------------------------------------------------------------------------

  @Test
  void theDraftReadsWithoutRejectionButIsIncompleteUnderBc29Paragraph2()
      throws RejectedDocumentException {
    Envelope draft = FORMAT.readEnvelope(committed(Samples.DRAFT_FILE));

    List<Violation> violations = draft.payload().completenessViolations();

    assertThat(violations)
        .extracting(Violation::code)
        .containsExactly(
            "BC_29_2_B_FACTS",
            "BC_29_2_C_RELATION_TO_OFFENCE",
            "BC_29_2_D_CUSTODIAN_OR_LOCATION",
            "BC_29_2_E_NECESSITY",
            "BC_29_2_F_FOLLOW_UP_INTENT");
    assertThat(violations)
        .allSatisfy(
            v ->
                assertThat(v.citation().isWithin(BUDAPEST.cite(29, 2)))
                    .as("%s cites %s, within BC 29(2)", v.code(), v.citation())
                    .isTrue());
  }

  @Test
  void theDraftWithoutItsRequestingAuthorityIsRejectedAtThatMemberNotReportedIncomplete() {
    ObjectNode document = (ObjectNode) tree(committed(Samples.DRAFT_FILE));
    ((ObjectNode) document.at("/payload/header")).remove("requestingAuthority");

    RejectedDocumentException rejection =
        catchThrowableOfType(
            RejectedDocumentException.class,
            () -> FORMAT.readEnvelope(document.toString().getBytes(StandardCharsets.UTF_8)));

    assertThat(rejection).as("a rejection").isNotNull();
    assertThat(rejection.problems())
        .extracting(Problem::pointer)
        .containsExactly("/payload/header/requestingAuthority");
    assertThat(publishedSchema("envelope.schema.json").validate(document))
        .as("the schema rejects it too")
        .isNotEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  /** The committed bytes of {@code file}; empty when there is no such file. */
  private static byte[] committed(String file) {
    Path path = COMMITTED.resolve(file);
    try {
      return Files.exists(path) ? Files.readAllBytes(path) : new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(byte[] document) {
    try {
      return JSON.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validator of a published schema, read from the committed file on the class path. */
  static Schema publishedSchema(String file) {
    return SCHEMAS.computeIfAbsent(file, SamplesTest::loadPublishedSchema);
  }

  /** A published schema as committed, read from the class path. */
  static JsonNode publishedSchemaDocument(String file) {
    try (InputStream in =
        SamplesTest.class
            .getClassLoader()
            .getResourceAsStream(ExchangeSchemas.RESOURCE_DIRECTORY + "/" + file)) {
      assertThat(in).as("published schema %s", file).isNotNull();
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema loadPublishedSchema(String file) {
    return PublishedSchemasTest.schemaOf(publishedSchemaDocument(file));
  }

  /** Validation errors as lines naming the location and the keyword. */
  static List<String> messages(List<Error> errors) {
    return errors.stream()
        .map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }
}
