package org.treatyflow.serialization.journal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The canonical bytes of a journal line: UTF-8, members of every object sorted by name (in UTF-16
 * code unit order, as {@link String#compareTo} sorts), no whitespace, strings escaped as the
 * streaming writer escapes them, integers in plain decimal.
 */
final class Canonical {
  private static final JsonFactory FACTORY = new JsonFactory();

  private Canonical() {}

  static byte[] bytes(JsonNode node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      write(node, generator);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory failed", e);
    }
    return out.toByteArray();
  }

  private static void write(JsonNode node, JsonGenerator out) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
          names.add(it.next());
        }
        names.sort(null);
        out.writeStartObject();
        for (String name : names) {
          out.writeFieldName(name);
          write(node.get(name), out);
        }
        out.writeEndObject();
      }
      case ARRAY -> {
        out.writeStartArray();
        for (JsonNode element : node) {
          write(element, out);
        }
        out.writeEndArray();
      }
      case STRING -> out.writeString(node.textValue());
      case NUMBER -> {
        if (node.isIntegralNumber()) {
          out.writeNumber(node.bigIntegerValue());
        } else {
          out.writeNumber(node.decimalValue().toString());
        }
      }
      case BOOLEAN -> out.writeBoolean(node.booleanValue());
      case NULL -> out.writeNull();
      default -> throw new IllegalArgumentException("Not JSON data: " + node.getNodeType());
    }
  }
}
