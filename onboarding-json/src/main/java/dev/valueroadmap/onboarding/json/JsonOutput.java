package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
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
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }
}
