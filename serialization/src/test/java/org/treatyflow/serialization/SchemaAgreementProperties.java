package org.treatyflow.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.treatyflow.model.common.Authority;
import org.treatyflow.model.common.Channel;
import org.treatyflow.model.common.CooperationAct;
import org.treatyflow.model.common.Party;
import org.treatyflow.serialization.codec.ObjectCodec;
import org.treatyflow.serialization.codec.Problem;
import org.treatyflow.testkit.CommonArbitraries;

/**
 * The published schema and the codecs agree: whatever the format writes, the envelope schema
 * accepts and the format reads back equal; and a document missing a member the schema requires is
 * rejected by both, the format naming that member's JSON Pointer.
 *
 * <p>Payloads come from the testkit's default generator of each payload type, every type equally
 * likely; the statistics report shows how often each was tried.
 */
class SchemaAgreementProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ExchangeFormat FORMAT = ExchangeFormat.standard();
  private static final Schema ENVELOPE = SamplesTest.publishedSchema("envelope.schema.json");
  private static final JsonNode DEFINITIONS =
      SamplesTest.publishedSchemaDocument("envelope.schema.json").get("$defs");

  @Property(tries = 1000)
  void whatTheFormatWritesTheSchemaAcceptsAndTheFormatReadsBackEqual(
      @ForAll("envelopes") Envelope envelope) throws RejectedDocumentException {
    Statistics.label("payload type").collect(typeName(envelope.payload()));
    byte[] written = FORMAT.write(envelope);

    assertThat(SamplesTest.messages(ENVELOPE.validate(tree(written))))
        .as("schema errors for %s", FORMAT.writeString(envelope))
        .isEmpty();
    assertThat(FORMAT.readEnvelope(written)).as("read back").isEqualTo(envelope);
  }

  @Property(tries = 1000)
  void aDocumentWithoutAMemberTheSchemaRequiresIsRejectedByBothAtThatMember(
      @ForAll("envelopes") Envelope envelope,
      @ForAll @IntRange(min = 0, max = 100_000) int choice) {
    ObjectNode document = (ObjectNode) tree(FORMAT.write(envelope));
    List<RequiredMember> required = requiredMembers(document);
    RequiredMember removed = required.get(choice % required.size());
    Statistics.label("member removed").collect(removed.name());
    ((ObjectNode) document.at(removed.parentPointer())).remove(removed.name());

    RejectedDocumentException rejection =
        catchThrowableOfType(
            RejectedDocumentException.class, () -> FORMAT.readEnvelope(bytes(document)));

    assertThat(ENVELOPE.validate(document))
        .as("the schema rejects the document without %s", removed.pointer())
        .isNotEmpty();
    assertThat(rejection)
        .as("the format rejects the document without %s", removed.pointer())
        .isNotNull();
    assertThat(rejection.problems())
        .extracting(Problem::pointer)
        .as("problems reading the document without %s", removed.pointer())
        .containsExactly(removed.pointer());
  }

  // ---------------------------------------------------------------------------------------------
  // Generators
  // ---------------------------------------------------------------------------------------------

  @Provide
  Arbitrary<Envelope> envelopes() {
    List<Arbitrary<CooperationAct>> payloads = new ArrayList<>();
    for (ObjectCodec<? extends CooperationAct, ?> type : ExchangeTypes.PAYLOAD.alternatives()) {
      payloads.add(defaultFor(type.type()));
    }
    Arbitrary<String> messageIds =
        Combinators.combine(
                Arbitraries.strings().alpha().numeric().ofLength(1),
                Arbitraries.strings().alpha().numeric().withChars("._:-").ofMaxLength(63))
            .as(String::concat);
    Arbitrary<List<Party>> parties = CommonArbitraries.partyPairs();
    Arbitrary<List<Authority>> authorities =
        parties.flatMap(
            pair ->
                Combinators.combine(
                        CommonArbitraries.publicAuthorities(pair.get(0)),
                        CommonArbitraries.publicAuthorities(pair.get(1)))
                    .as(List::of));
    return Combinators.combine(
            Arbitraries.oneOf(payloads),
            messageIds,
            CommonArbitraries.requestIds().optional(0.8),
            authorities,
            Arbitraries.of(Channel.class),
            sentAt())
        .as(
            (payload, messageId, correlation, ends, channel, sentAt) ->
                Envelope.builder()
                    .messageId(messageId)
                    .correlationId(correlation)
                    .sender(ends.get(0))
                    .receiver(ends.get(1))
                    .channel(channel)
                    .sentAt(sentAt)
                    .payload(payload)
                    .build());
  }

  private static <T extends CooperationAct> Arbitrary<CooperationAct> defaultFor(Class<T> type) {
    return Arbitraries.defaultFor(type).map(CooperationAct.class::cast);
  }

  /**
   * A time between 2000 and 2099, to the nanosecond or to the whole minute, with an offset in whole
   * minutes anywhere from -18:00 to +18:00.
   */
  private static Arbitrary<OffsetDateTime> sentAt() {
    Arbitrary<LocalDateTime> local =
        Arbitraries.longs()
            .between(0, 100L * 365 * 24 * 3600)
            .map(seconds -> LocalDateTime.of(2000, 1, 1, 0, 0).plusSeconds(seconds));
    Arbitrary<Integer> nanos =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(0)),
            Tuple.of(1, Arbitraries.of(0, 100_000_000, 120_000_000, 123_456_789)),
            Tuple.of(2, Arbitraries.integers().between(0, 999_999_999)));
    Arbitrary<ZoneOffset> offsets =
        Arbitraries.integers()
            .between(-18 * 60, 18 * 60)
            .map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60));
    Arbitrary<Boolean> wholeMinute = Arbitraries.of(true, false);
    return Combinators.combine(local, nanos, offsets, wholeMinute)
        .as(
            (time, nano, offset, minute) ->
                OffsetDateTime.of(
                    minute ? time.withSecond(0).withNano(0) : time.withNano(nano), offset));
  }

  // ---------------------------------------------------------------------------------------------
  // Walking a document along the schema
  // ---------------------------------------------------------------------------------------------

  /** A member the schema requires at one place in a document. */
  record RequiredMember(String parentPointer, String name) {
    String pointer() {
      return parentPointer + "/" + name;
    }
  }

  /** What is done with each object of a document and the definition that describes it. */
  @FunctionalInterface
  interface ObjectVisitor {
    void visit(String pointer, JsonNode definition, JsonNode object);
  }

  /** Every member the envelope schema requires in {@code document}, wherever it lies. */
  static List<RequiredMember> requiredMembers(JsonNode document) {
    List<RequiredMember> required = new ArrayList<>();
    walk(
        document,
        (pointer, definition, object) -> {
          for (JsonNode name : definition.path("required")) {
            required.add(new RequiredMember(pointer, name.asText()));
          }
        });
    return required;
  }

  /**
   * Visits every object of {@code document}, an envelope, with the definition of the envelope
   * schema that applies to it: definitions are followed through references, a union by the object's
   * type name, and arrays element by element.
   */
  static void walk(JsonNode document, ObjectVisitor visitor) {
    walk(DEFINITIONS.get("Envelope"), document, "", visitor);
  }

  private static void walk(JsonNode schema, JsonNode value, String pointer, ObjectVisitor visitor) {
    JsonNode resolved = resolve(schema, value);
    if (resolved.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        walk(resolved.get("items"), value.get(i), pointer + "/" + i, visitor);
      }
      return;
    }
    if (!resolved.has("properties")) {
      return;
    }
    visitor.visit(pointer, resolved, value);
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      walk(
          resolved.get("properties").get(member.getKey()),
          member.getValue(),
          pointer + "/" + member.getKey(),
          visitor);
    }
  }

  /**
   * The schema that applies to {@code value}: a reference followed, a union's alternative chosen.
   */
  private static JsonNode resolve(JsonNode schema, JsonNode value) {
    JsonNode current = schema;
    while (true) {
      if (current.has("$ref")) {
        current = DEFINITIONS.get(current.get("$ref").asText().substring("#/$defs/".length()));
      } else if (current.has("oneOf")) {
        JsonNode chosen = null;
        for (JsonNode alternative : current.get("oneOf")) {
          JsonNode definition = resolve(alternative, value);
          JsonNode typeName =
              definition.path("properties").path(ObjectCodec.TYPE_MEMBER).path("const");
          if (typeName.asText().equals(value.path(ObjectCodec.TYPE_MEMBER).asText())) {
            chosen = definition;
          }
        }
        assertThat(chosen)
            .as("an alternative for %s in %s", value.path("type"), current)
            .isNotNull();
        current = chosen;
      } else {
        return current;
      }
    }
  }

  private static String typeName(CooperationAct payload) {
    return ExchangeTypes.PAYLOAD.codecFor(payload).typeName().orElseThrow();
  }

  private static JsonNode tree(byte[] document) {
    try {
      return JSON.readTree(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(JsonNode document) {
    try {
      return JSON.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
