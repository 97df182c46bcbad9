package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code schemaVersion} field that every top-level document carries. A reader accepts
 * every version listed in {@link #SUPPORTED}; a writer always writes {@link #CURRENT}.
 */
final class SchemaVersions {

  /** The field name. */
  static final String FIELD = "schemaVersion";

  /** The version that writers produce. */
  static final int CURRENT = 1;

  /** The versions that readers accept, oldest first. */
  static final List<Integer> SUPPORTED = List.of(1);

  /** The hint that a message about a missing {@code schemaVersion} ends with. */
  private static final String SUPPORTED_HINT = "; supported versions: " + supported();

  private SchemaVersions() {
  }

  /** Reads the field's value, rejecting a version this reader does not support. */
  static int read(JsonParser parser) throws IOException {
    int version = JsonInput.integer(parser);
    if (!SUPPORTED.contains(version)) {
      throw JsonInput.mismatch(parser, "unsupported schema version " + version
          + "; supported versions: " + supported());
    }
    return version;
  }

  /** Rejects a document that has no {@code schemaVersion}. */
  static void require(ObjectFields fields) throws IOException {
    fields.requireWithHint(FIELD, SUPPORTED_HINT);
  }

  private static String supported() {
    return SUPPORTED.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** Writes the field with the current version. */
  static void write(JsonGenerator generator) throws IOException {
    generator.writeNumberField(FIELD, CURRENT);
  }
}
