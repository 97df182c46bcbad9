package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
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

  /** The length of a date in the form {@code YYYY-MM-DD}. */
  private static final int PLAIN_DATE_LENGTH = 10;

  /**
   * The constants of each enum read so far, kept because {@link Class#getEnumConstants}
   * returns a new copy on every call.
   */
  private static final ClassValue<Enum<?>[]> ENUM_CONSTANTS = new ClassValue<>() {
    @Override
    protected Enum<?>[] computeValue(Class<?> type) {
      return (Enum<?>[]) type.getEnumConstants();
    }
  };

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
   * @param rule the broken {@code ProgramRule}, {@code AccountRule} or
   *     {@code SegmentationRule}, or null
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

  /**
   * Reads an ISO 4217 currency code such as {@code "EUR"} that {@link Currency#getInstance}
   * accepts. Lower case and unknown codes are rejected with the value.
   */
  static Currency currency(JsonParser parser) throws IOException {
    String expected = "expected an ISO 4217 currency code such as \"EUR\" but found ";
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw mismatch(parser, expected + describe(parser));
    }
    try {
      return Currency.getInstance(parser.getText());
    } catch (IllegalArgumentException e) {
      throw mismatch(parser, expected + describe(parser));
    }
  }

  /** Reads an ISO-8601 calendar date such as {@code "2024-01-31"}. */
  static LocalDate date(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw mismatch(parser, "expected an ISO-8601 date such as \"2024-01-31\" but found "
          + describe(parser));
    }

    LocalDate plain = plainDate(parser.getTextCharacters(), parser.getTextOffset(),
        parser.getTextLength());
    if (plain != null) {
      return plain;
    }
    try {
      return LocalDate.parse(parser.getText(), DateTimeFormatter.ISO_LOCAL_DATE);
    } catch (DateTimeParseException e) {
      throw mismatch(parser, "expected an ISO-8601 date such as \"2024-01-31\" but found "
          + describe(parser));
    }
  }

  /**
   * Reads a valid date in the plain form {@code YYYY-MM-DD} with ASCII digits, the form
   * every writer of this format produces, without the general ISO-8601 parser. Returns null
   * for anything else: an impossible date such as {@code 2023-02-29}, another form such as
   * {@code +10000-01-01}, or text that is no date at all. The caller then hands the text to
   * {@link DateTimeFormatter#ISO_LOCAL_DATE}, which accepts the other forms and explains a
   * rejection.
   */
  static LocalDate plainDate(char[] text, int offset, int length) {
    if (length != PLAIN_DATE_LENGTH || text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }

    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > Month.of(month).length(Year.isLeap(year))) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** Reads a run of ASCII digits as a number, or returns -1 if one is no digit. */
  private static int digits(char[] text, int offset, int count) {
    int value = 0;
    for (int i = offset; i < offset + count; i++) {
      int digit = text[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /**
   * Reads an enum constant by its exact name. Numbers, other strings and names in another
   * case are rejected with the allowed names, so that no value is ever mapped by ordinal.
   */
  static <E extends Enum<E>> E enumValue(JsonParser parser, Class<E> type) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      String name = parser.getText();
      for (Enum<?> constant : ENUM_CONSTANTS.get(type)) {
        if (constant.name().equals(name)) {
          return type.cast(constant);
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
