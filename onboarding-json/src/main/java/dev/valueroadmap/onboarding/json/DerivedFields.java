package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The fields of an output document that the reader computes again instead of trusting, such
 * as a progress report's status. A reader collects them while it reads the inputs, rebuilds
 * the value from the inputs, and rejects the document when a collected field differs from
 * the rebuilt value's, at the JSON Pointer of the first differing value. Numbers are
 * compared by value, so that {@code 50.0} matches {@code 50.00}.
 */
final class DerivedFields {

  /** Writes the derived fields of a value into an open JSON object. */
  @FunctionalInterface
  interface FieldWriter<T> {
    void write(T value, JsonGenerator out) throws IOException;
  }

  private final String objectPointer;
  private final Map<String, JsonNode> values = new LinkedHashMap<>();
  private final Map<String, JsonLocation> locations = new LinkedHashMap<>();

  DerivedFields(String objectPointer) {
    this.objectPointer = objectPointer;
  }

  /** Reads the value of the current field as a tree, to check once the value is rebuilt. */
  void collect(String field, JsonParser in, DeserializationContext context) throws IOException {
    locations.put(field, in.currentTokenLocation());
    values.put(field, context.readTree(in));
  }

  /**
   * Checks every collected field against the rebuilt value's.
   *
   * @param rebuilt the value rebuilt from the document's inputs
   * @param writer writes the rebuilt value's derived fields, as the document writer does
   * @param inputs what the value was rebuilt from, for messages, such as "the account on
   *     2024-03-15"
   */
  <T> void check(JsonParser in, DeserializationContext context, T rebuilt,
      FieldWriter<T> writer, String inputs) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    TokenBuffer buffer = new TokenBuffer(in, context);
    buffer.writeStartObject();
    writer.write(rebuilt, buffer);
    buffer.writeEndObject();
    JsonNode expected;
    try (JsonParser replay = buffer.asParser()) {
      replay.nextToken();
      expected = context.readTree(replay);
    }

    for (Map.Entry<String, JsonNode> field : values.entrySet()) {
      String pointer = "/" + escape(field.getKey());
      JsonNode rebuiltValue = expected.path(field.getKey());
      String difference = firstDifference(field.getValue(), rebuiltValue, pointer);
      if (difference != null) {
        String inside = difference.substring(pointer.length());
        JsonNode found = field.getValue().at(inside);
        JsonNode computed = rebuiltValue.at(inside);
        throw JsonInput.mismatch(in, objectPointer + difference, locations.get(field.getKey()),
            "the document has " + show(found) + " but computing it from " + inputs + " gives "
                + show(computed) + "; this field is derived and must match", null);
      }
    }
  }

  private static String show(JsonNode node) {
    return node.isMissingNode() ? "nothing" : node.toString();
  }

  /** Returns the pointer of the first value that differs, or null when the trees match. */
  static String firstDifference(JsonNode actual, JsonNode expected, String pointer) {
    if (actual.isNumber() && expected.isNumber()) {
      return actual.decimalValue().compareTo(expected.decimalValue()) == 0 ? null : pointer;
    }
    if (actual.isObject() && expected.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      actual.fieldNames().forEachRemaining(names::add);
      expected.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String difference = firstDifference(actual.path(name), expected.path(name),
            pointer + "/" + escape(name));
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    if (actual.isArray() && expected.isArray()) {
      Iterator<JsonNode> actualItems = actual.elements();
      Iterator<JsonNode> expectedItems = expected.elements();
      for (int i = 0; actualItems.hasNext() || expectedItems.hasNext(); i++) {
        if (!actualItems.hasNext() || !expectedItems.hasNext()) {
          return pointer + "/" + i;
        }
        String difference = firstDifference(actualItems.next(), expectedItems.next(),
            pointer + "/" + i);
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    return actual.equals(expected) ? null : pointer;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
