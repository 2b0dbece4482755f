package org.treatyflow.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.treatyflow.serialization.codec.Path;
import org.treatyflow.serialization.codec.Problem;
import org.treatyflow.serialization.codec.Problems;

/**
 * The reader takes members in any order (the type name included, which this library writes first
 * and a union reads first when it can), and reading a document as a stream or as a tree gives the
 * same value or the same problems.
 */
class MemberOrderProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ExchangeFormat FORMAT = ExchangeFormat.standard();
  private static final Map<String, Supplier<Envelope>> SAMPLES = Samples.all();

  @Provide
  Arbitrary<String> samples() {
    return Arbitraries.of(List.copyOf(SAMPLES.keySet()));
  }

  @Property(tries = 300)
  void everySampleReadsTheSameWithItsMembersInAnyOrder(
      @ForAll("samples") String sample, @ForAll long seed) throws Exception {
    Envelope envelope = SAMPLES.get(sample).get();
    JsonNode shuffled = shuffled(JSON.readTree(FORMAT.write(envelope)), new Random(seed));

    Envelope read = FORMAT.read(JSON.writeValueAsBytes(shuffled), Envelope.class);

    assertThat(read).isEqualTo(envelope);
    assertThat(FORMAT.write(read)).isEqualTo(FORMAT.write(envelope));
  }

  @Property(tries = 300)
  void aStreamAndATreeOfTheSameDocumentReadAlike(
      @ForAll("samples") String sample, @ForAll long seed) throws Exception {
    Random random = new Random(seed);
    JsonNode document = shuffled(JSON.readTree(FORMAT.write(SAMPLES.get(sample).get())), random);
    broken(document, random);
    byte[] bytes = JSON.writeValueAsBytes(document);

    Problems fromTree = new Problems();
    Envelope treeValue = ExchangeTypes.ENVELOPE.read(document, Path.root(), fromTree);
    List<Problem> fromStream;
    Envelope streamValue;
    try {
      streamValue = FORMAT.read(bytes, Envelope.class);
      fromStream = List.of();
    } catch (RejectedDocumentException e) {
      streamValue = null;
      fromStream = e.problems();
    }

    assertThat(streamValue).isEqualTo(treeValue);
    assertThat(fromStream).isEqualTo(fromTree.listed());
  }

  /** A copy of {@code node} whose objects list their members in a random order. */
  private static JsonNode shuffled(JsonNode node, Random random) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.shuffle(names, random);
      ObjectNode copy = JSON.createObjectNode();
      for (String name : names) {
        copy.set(name, shuffled(node.get(name), random));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JSON.createArrayNode();
      node.forEach(element -> copy.add(shuffled(element, random)));
      return copy;
    }
    return node;
  }

  /**
   * Breaks about one object in four: a member removed, set to null, to a number, to an object,
   * or an unknown member added.
   */
  private static void broken(JsonNode node, Random random) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        broken(object.get(name), random);
      }
      if (!names.isEmpty() && random.nextInt(4) == 0) {
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(5)) {
          case 0 -> object.remove(name);
          case 1 -> object.putNull(name);
          case 2 -> object.put(name, 7);
          case 3 -> object.putObject(name).put("type", "x");
          default -> object.put("unknownMember", true);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> broken(element, random));
    }
  }
}
