package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Strict readers of single JSON values. Each reads the parser's current token and rejects
 * anything but the one expected shape, whatever coercion features the caller's mapper has
 * enabled: no strings for numbers, no numbers for enums, no floats for integers.
 */
final class JsonInput {

  /** How many characters of a rejected string a message quotes. */
  private static final int QUOTED_MAX = 60;

  private JsonInput() {
  }

  /** A reader of one value at the parser's current token. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(JsonParser parser) throws IOException;
  }

  /**
   * Returns the JSON Pointer of the parser's current value. At a start marker the pointer is
   * that of the object or array itself.
   */
  static String pointer(JsonParser parser) {
    return parser.getParsingContext().pathAsPointer().toString();
  }

  /** Creates the mismatch for the current value. */
  static DocumentMismatchException mismatch(JsonParser parser, String detail) {
    return new DocumentMismatchException(parser, pointer(parser), parser.currentTokenLocation(),
        detail, null);
  }

  /**
   * Creates the mismatch for a value read earlier.
   *
   * @param rule the broken {@code ProgramRule} or {@code AccountRule}, or null
   */
  static DocumentMismatchException mismatch(JsonParser parser, String pointer,
      JsonLocation location, String detail, Enum<?> rule) {
    return new DocumentMismatchException(parser, pointer, location, detail, rule);
  }

  /** Returns the current token in words, quoting a short prefix of a string value. */
  static String describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case VALUE_STRING:
        return "the string " + quote(parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + parser.getText();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "the boolean " + parser.getText();
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return "the token " + token;
    }
  }

  static String quote(String text) {
    String prefix = text.length() <= QUOTED_MAX ? text : text.substring(0, QUOTED_MAX) + "...";
    return '"' + prefix.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }

  /** Reads a JSON string. */
  static String text(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw mismatch(parser, "expected a string but found " + describe(parser));
    }
    return parser.getText();
  }

  /** Reads a JSON integer that fits a Java {@code int}; a float such as 1.0 is rejected. */
  static int integer(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw mismatch(parser, "expected an integer but found " + describe(parser));
    }
    if (parser.getNumberType() != JsonParser.NumberType.INT) {
      throw mismatch(parser, "expected an integer from " + Integer.MIN_VALUE + " to "
          + Integer.MAX_VALUE + " but found " + describe(parser));
    }
    return parser.getIntValue();
  }

  /**
   * Reads a JSON number as an exact decimal that keeps the scale written: {@code 120000.00}
   * reads as a {@code BigDecimal} of scale 2.
   */
  static BigDecimal decimal(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw mismatch(parser, "expected a number but found " + describe(parser));
    }
    return new BigDecimal(parser.getText());
  }

  /** Reads an ISO-8601 calendar date such as {@code "2024-01-31"}. */
  static LocalDate date(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw mismatch(parser, "expected an ISO-8601 date such as \"2024-01-31\" but found "
          + describe(parser));
    }
    try {
      return LocalDate.parse(parser.getText(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw mismatch(parser, "expected an ISO-8601 date such as \"2024-01-31\" but found "
          + describe(parser));
    }
  }

  /**
   * Reads an enum constant by its exact name. Numbers, other strings and names in another
   * case are rejected with the allowed names, so that no value is ever mapped by ordinal.
   */
  static <E extends Enum<E>> E enumValue(JsonParser parser, Class<E> type) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      String name = parser.getText();
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
    }
    throw mismatch(parser, "expected one of " + names(type) + " but found " + describe(parser));
  }

  /** Returns the names of an enum's constants, such as {@code "CS", "CUSTOMER"}. */
  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(constant -> '"' + constant.name() + '"')
        .collect(Collectors.joining(", "));
  }

  /**
   * Reads a JSON array whose elements the element reader reads. A {@code null} element is
   * rejected by the element reader with the element's pointer.
   */
  static <T> List<T> list(JsonParser parser, ValueReader<T> element) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw mismatch(parser, "expected an array but found " + describe(parser));
    }
    List<T> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.read(parser));
    }
    return values;
  }

  /** Tells whether the current value is JSON {@code null}. */
  static boolean isNull(JsonParser parser) {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }
}
