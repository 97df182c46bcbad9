package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;

/** Writers of single JSON fields in the format's conventions, shared by the documents. */
final class JsonOutput {

  private JsonOutput() {
  }

  /** Writes an optional text, or {@code null} when it is empty, so the field always shows. */
  static void writeOptional(JsonGenerator out, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      out.writeStringField(field, value.get());
    } else {
      out.writeNullField(field);
    }
  }

  /** Writes an optional integer, or {@code null} when it is empty. */
  static void writeOptional(JsonGenerator out, String field, OptionalLong value)
      throws IOException {
    if (value.isPresent()) {
      out.writeNumberField(field, value.getAsLong());
    } else {
      out.writeNullField(field);
    }
  }

  /** Writes a field whose value is an exact decimal; see {@link #writeDecimal}. */
  static void writeDecimalField(JsonGenerator out, String field, BigDecimal value)
      throws IOException {
    out.writeFieldName(field);
    writeDecimal(out, value);
  }

  /**
   * Writes an exact decimal as a JSON number that reads back with the same scale, whatever
   * the mapper's features. A scale of 0 or more is written in plain digits, such as
   * {@code 120000.00}. A negative scale is written with an exponent, such as {@code 1E+3}
   * for 1000 of scale -3, because the plain {@code 1000} would read back with scale 0.
   */
  static void writeDecimal(JsonGenerator out, BigDecimal value) throws IOException {
    out.writeNumber(value.scale() >= 0 ? value.toPlainString() : value.toString());
  }

  /** Formats a date as ISO-8601, such as {@code 2024-01-31}. */
  static String date(LocalDate date) {
    char[] text = plainDate(date);
    return text != null ? new String(text) : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }

  /** Writes a field whose value is an ISO-8601 date, such as {@code 2024-01-31}. */
  static void writeDateField(JsonGenerator out, String field, LocalDate date)
      throws IOException {
    out.writeFieldName(field);
    writeDate(out, date);
  }

  /** Writes a date field whose name is encoded once. */
  static void writeDateField(JsonGenerator out, SerializableString field, LocalDate date)
      throws IOException {
    out.writeFieldName(field);
    writeDate(out, date);
  }

  private static void writeDate(JsonGenerator out, LocalDate date) throws IOException {
    char[] text = plainDate(date);
    if (text != null) {
      out.writeString(text, 0, text.length);
    } else {
      out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
    }
  }

  /**
   * Formats a date of the years 0 to 9999 as {@code YYYY-MM-DD}, the text that
   * {@link DateTimeFormatter#ISO_LOCAL_DATE} gives for them, without its general machinery.
   * Returns null for other years, which that formatter writes with a sign.
   */
  static char[] plainDate(LocalDate date) {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return null;
    }

    char[] text = new char[10];
    putDigits(text, 0, year, 4);
    text[4] = '-';
    putDigits(text, 5, date.getMonthValue(), 2);
    text[7] = '-';
    putDigits(text, 8, date.getDayOfMonth(), 2);
    return text;
  }

  /** Writes a number of at most {@code count} digits, padded with leading zeros. */
  private static void putDigits(char[] text, int offset, int value, int count) {
    int rest = value;
    for (int i = offset + count - 1; i >= offset; i--) {
      text[i] = (char) ('0' + rest % 10);
      rest /= 10;
    }
  }
}
