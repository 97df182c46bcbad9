package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped schemas reject what the reader rejects for shape, type and enum. */
class SchemaTest {

  private static final String MINIMAL = GoldenFiles.text("program-minimal.json");

  @Test
  void programSchema_acceptsTheMinimalDocument() {
    assertEquals(List.of(), Schemas.errors(DocumentType.PROGRAM, MINIMAL));
  }

  @Test
  void programSchema_rejectsAnUnknownSide() {
    String json = MINIMAL.replace("\"CUSTOMER\"", "\"PARTNER\"");

    assertFalse(Schemas.errors(DocumentType.PROGRAM, json).isEmpty());
  }

  @Test
  void programSchema_rejectsAnUnknownField() {
    String json = MINIMAL.replace("\"dueDay\": 10", "\"dueDay\": 10, \"colour\": \"red\"");

    assertFalse(Schemas.errors(DocumentType.PROGRAM, json).isEmpty());
  }

  @Test
  void programSchema_rejectsAnotherSchemaVersion() {
    String json = MINIMAL.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");

    assertFalse(Schemas.errors(DocumentType.PROGRAM, json).isEmpty());
  }

  @Test
  void outcomeCasesSchema_rejectsATouchModelByNumber() {
    String json = "{\"schemaVersion\": 1, \"outcomeCases\": [{\"accountId\": \"a\","
        + " \"outcome\": \"RENEWED\", \"touchModel\": 0}]}";

    assertFalse(Schemas.errors(DocumentType.OUTCOME_CASES, json).isEmpty());
  }
}
