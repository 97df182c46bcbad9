package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import dev.valueroadmap.onboarding.program.InvalidProgramException;
import dev.valueroadmap.onboarding.progress.AccountRule;
import dev.valueroadmap.onboarding.progress.InvalidAccountException;
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
  private final String pointer;
  private final JsonLocation location;
  /** Where the value of each field read so far starts, by field name. */
  private final Map<String, JsonLocation> seen = new HashMap<>();
  private boolean started;
  private String name;

  private ObjectFields(JsonParser parser, DeserializationContext context, String valueName,
      List<String> known, boolean started) {
    this.parser = parser;
    this.context = context;
    this.valueName = valueName;
    this.known = known;
    this.pointer = started && parser.currentToken() == JsonToken.FIELD_NAME
        ? parser.getParsingContext().getParent().pathAsPointer().toString()
        : JsonInput.pointer(parser);
    this.location = parser.currentTokenLocation();
    this.started = started;
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
    if (seen.containsKey(name)) {
      throw JsonInput.mismatch(parser, "field \"" + name + "\" of " + valueName
          + " appears more than once");
    }
    parser.nextToken();
    seen.put(name, parser.currentTokenLocation());
    return true;
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
    if (!seen.containsKey(field)) {
      throw JsonInput.mismatch(parser, pointer, location, "missing required field \"" + field
          + "\" in " + valueName + hint, null);
    }
  }

  /** Builds the value, turning a broken domain rule into a mismatch at this object. */
  <T> T build(Supplier<T> builder) throws IOException {
    try {
      return builder.get();
    } catch (InvalidProgramException e) {
      throw JsonInput.mismatch(parser, pointer, location, e.getMessage(), e.rule());
    } catch (IllegalArgumentException e) {
      throw JsonInput.mismatch(parser, pointer, location, e.getMessage(), null);
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
      if (field == null || !seen.containsKey(field)) {
        throw JsonInput.mismatch(parser, pointer, location, e.getMessage(), e.rule());
      }
      throw JsonInput.mismatch(parser, pointer + "/" + field, seen.get(field), e.getMessage(),
          e.rule());
    } catch (IllegalArgumentException e) {
      throw JsonInput.mismatch(parser, pointer, location, e.getMessage(), null);
    }
  }

  /** Returns the JSON Pointer of the object. */
  String pointer() {
    return pointer;
  }

  /** Returns where the object starts in the input. */
  JsonLocation location() {
    return location;
  }
}
