package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on bad documents, shared by the tests of each document type. */
final class DocumentAssertions {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private DocumentAssertions() {
  }

  /**
   * Reads a document that must fail, and checks the pointer and the message fragments of the
   * exception.
   */
  static OnboardingJsonException reject(DocumentType<?> type, String json, String pointer,
      String... fragments) {
    OnboardingJsonException e = assertThrows(OnboardingJsonException.class,
        () -> JSON.read(type, json));
    assertEquals(pointer, e.pointer(), e.getMessage());
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment), () -> "expected \"" + fragment + "\" in: "
          + e.getMessage());
    }
    return e;
  }

  /** Replaces a text that must occur in the document. */
  static String edit(String document, String target, String replacement) {
    assertTrue(document.contains(target), target);
    return document.replace(target, replacement);
  }
}
