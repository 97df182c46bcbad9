package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.valueroadmap.onboarding.program.InvalidProgramException;
import dev.valueroadmap.onboarding.progress.AccountRule;
import dev.valueroadmap.onboarding.progress.InvalidAccountException;
import dev.valueroadmap.onboarding.segmentation.InvalidSegmentationException;
import dev.valueroadmap.onboarding.segmentation.SegmentationRule;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Walks the fields of one JSON object for a hand-written deserializer. It rejects a
 * repeated field, rejects or skips an unknown one and reports a missing required one. When
 * building the value breaks a domain rule, it reports a mismatch at the object's pointer.
 *
 * <p>Unknown fields are rejected while the context has
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} enabled, as a new mapper has,
 * and skipped otherwise.
 */
final class ObjectFields {

  private final JsonParser parser;
  private final DeserializationContext context;
  private final String valueName;
  private final List<String> known;
  /**
   * The parsing context whose path is the object's pointer, while the parser is inside the
   * object or at its end. The pointer is rendered from it on first request only, because
   * most objects are read without an error and rendering costs more than reading a field.
   */
  private final JsonStreamContext anchor;
  private String pointer;
  private final JsonLocation location;
  /** The start of each known field's value read so far, by position in the known list. */
  private final JsonLocation[] knownSeen;
  /** The start of each other field's value read so far, by name, or null if none. */
  private Map<String, JsonLocation> otherSeen;
  private boolean started;
  private String name;

  private ObjectFields(JsonParser parser, DeserializationContext context, String valueName,
      List<String> known, boolean started) {
    this.parser = parser;
    this.context = context;
    this.valueName = valueName;
    this.known = known;
    this.knownSeen = new JsonLocation[known.size()];
    this.location = parser.currentTokenLocation();
    this.started = started;

    JsonStreamContext current = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (started && token == JsonToken.FIELD_NAME) {
      this.anchor = current.getParent();
    } else if (token == JsonToken.START_OBJECT && current.inObject()
        && !current.hasCurrentName()) {
      // The object's own context names no path segment yet, so its parent's path is the
      // object's pointer, and stays so until the parser leaves the object.
      this.anchor = current.getParent();
    } else {
      this.anchor = null;
      this.pointer = JsonInput.pointer(parser);
    }
  }

  /**
   * Starts reading an object at the parser's current token.
   *
   * @param valueName the name of the value in messages, such as "ToDo"
   * @param known the field names the object may have, in documented order
   */
  static ObjectFields open(JsonParser parser, DeserializationContext context, String valueName,
      List<String> known) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return new ObjectFields(parser, context, valueName, known, false);
    }
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      // Jackson hands over an object whose start marker it has already consumed.
      return new ObjectFields(parser, context, valueName, known, true);
    }
    throw JsonInput.mismatch(parser, "expected " + article(valueName) + " object but found "
        + JsonInput.describe(parser));
  }

  private static String article(String valueName) {
    return "AEIOU".indexOf(Character.toUpperCase(valueName.charAt(0))) >= 0 ? "an " + valueName
        : "a " + valueName;
  }

  /**
   * Moves to the next field's value.
   *
   * @return true with the parser at the value of {@link #name()}, false at the object's end
   */
  boolean next() throws IOException {
    JsonToken token = started ? parser.currentToken() : parser.nextToken();
    if (started) {
      started = false;
    }
    if (token == JsonToken.END_OBJECT) {
      return false;
    }
    name = parser.currentName();
    int index = knownIndex(name);
    if (index >= 0 ? knownSeen[index] != null
        : otherSeen != null && otherSeen.containsKey(name)) {
      throw JsonInput.mismatch(parser, "field \"" + name + "\" of " + valueName
          + " appears more than once");
    }
    parser.nextToken();
    JsonLocation valueLocation = parser.currentTokenLocation();
    if (index >= 0) {
      knownSeen[index] = valueLocation;
    } else {
      if (otherSeen == null) {
        otherSeen = new HashMap<>();
      }
      otherSeen.put(name, valueLocation);
    }
    return true;
  }

  /**
   * Returns the position of a field name in the known list, or -1. Jackson interns field
   * names by default, as the JVM does string literals, so the identity test mostly decides.
   */
  private int knownIndex(String field) {
    int count = known.size();
    for (int i = 0; i < count; i++) {
      if (known.get(i) == field) {
        return i;
      }
    }
    for (int i = 0; i < count; i++) {
      if (known.get(i).equals(field)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns where the value of a field read so far starts, or null if it was absent. */
  JsonLocation seen(String field) {
    int index = knownIndex(field);
    if (index >= 0) {
      return knownSeen[index];
    }
    return otherSeen == null ? null : otherSeen.get(field);
  }

  /** Returns the name of the current field. */
  String name() {
    return name;
  }

  /** Rejects the current field as unknown, or skips its value in lenient reading. */
  void unknown() throws IOException {
    if (context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      throw JsonInput.mismatch(parser, "unknown field \"" + name + "\" in " + valueName
          + "; known fields: " + String.join(", ", known));
    }
    parser.skipChildren();
  }

  /** Rejects the object when one of the required fields was absent. */
  void require(String... required) throws IOException {
    for (String field : required) {
      requireWithHint(field, "");
    }
  }

  /** Rejects the object when a required field was absent, adding a hint to the message. */
  void requireWithHint(String field, String hint) throws IOException {
    if (seen(field) == null) {
      throw JsonInput.mismatch(parser, pointer(), location, "missing required field \"" + field
          + "\" in " + valueName + hint, null);
    }
  }

  /** Builds the value, turning a broken domain rule into a mismatch at this object. */
  <T> T build(Supplier<T> builder) throws IOException {
    try {
      return builder.get();
    } catch (InvalidProgramException e) {
      throw JsonInput.mismatch(parser, pointer(), location, e.getMessage(), e.rule());
    } catch (IllegalArgumentException e) {
      throw JsonInput.mismatch(parser, pointer(), location, e.getMessage(), null);
    }
  }

  /**
   * Builds the value, turning a broken account rule into a mismatch at the field that
   * breaks it, and any other broken rule into a mismatch at this object.
   *
   * @param ruleFields the field of this object that each account rule checks
   */
  <T> T build(Supplier<T> builder, Map<AccountRule, String> ruleFields) throws IOException {
    try {
      return builder.get();
    } catch (InvalidAccountException e) {
      String field = ruleFields.get(e.rule());
      JsonLocation fieldLocation = field == null ? null : seen(field);
      if (fieldLocation == null) {
        throw JsonInput.mismatch(parser, pointer(), location, e.getMessage(), e.rule());
      }
      throw JsonInput.mismatch(parser, pointer() + "/" + field, fieldLocation, e.getMessage(),
          e.rule());
    } catch (IllegalArgumentException e) {
      throw JsonInput.mismatch(parser, pointer(), location, e.getMessage(), null);
    }
  }

  /**
   * Builds a segmentation value, turning a broken segmentation rule into a mismatch at the
   * field that breaks it, or at this object when the rule is about several fields.
   *
   * @param ruleFields the field of this object that each segmentation rule checks
   */
  <T> T buildSegmentation(Supplier<T> builder, Map<SegmentationRule, String> ruleFields)
      throws IOException {
    try {
      return builder.get();
    } catch (InvalidSegmentationException e) {
      String field = ruleFields.get(e.rule());
      JsonLocation fieldLocation = field == null ? null : seen(field);
      if (fieldLocation == null) {
        throw JsonInput.mismatch(parser, pointer(), location, e.getMessage(), e.rule());
      }
      throw JsonInput.mismatch(parser, pointer() + "/" + field, fieldLocation, e.getMessage(),
          e.rule());
    }
  }

  /**
   * Returns the JSON Pointer of the object. Call it while the parser is inside the object or
   * at its end, because the parser's contexts change after it. The pointer is kept once
   * rendered.
   */
  String pointer() {
    if (pointer == null) {
      pointer = anchor.pathAsPointer().toString();
    }
    return pointer;
  }

  /** Returns where the object starts in the input. */
  JsonLocation location() {
    return location;
  }
}
