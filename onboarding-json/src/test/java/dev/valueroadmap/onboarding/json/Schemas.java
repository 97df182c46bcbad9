package dev.valueroadmap.onboarding.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates documents against the schemas shipped in the jar. */
final class Schemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private Schemas() {
  }

  /** Loads the schema of a document type from the class path, as a caller would. */
  static Schema of(DocumentType<?> type) {
    try (InputStream in = DocumentType.class.getResourceAsStream(type.schemaResource())) {
      if (in == null) {
        throw new IllegalStateException("no schema at " + type.schemaResource());
      }
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the schema errors of a document; empty when it is valid. */
  static List<Error> errors(DocumentType<?> type, String json) {
    return of(type).validate(json, InputFormat.JSON);
  }
}
