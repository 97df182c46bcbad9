package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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

  /** Formats a date as ISO-8601, such as {@code 2024-01-31}. */
  static String date(LocalDate date) {
    return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
  }
}
