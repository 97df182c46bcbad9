package dev.valueroadmap.onboarding.json;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.valueroadmap.onboarding.testing.Generators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Damaged documents: every read returns a value or throws {@link OnboardingJsonException},
 * never another exception.
 */
class ReadFuzzTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private static final String[] INSERTS = {"", "null", "0", "-1", "\"\"", "[", "]", "{", "}",
      ",", ":", "\"x\"", "1e999", "true", "\"PARTNER\"", "\\", "\u0000"};

  /** Replaces a slice of the document by one of the inserts. */
  private static Gen<String> damaged(String document) {
    return in -> {
      int start = Generators.between(in, 0, document.length());
      int end = Math.min(document.length(), start + Generators.between(in, 0, 12));
      return document.substring(0, start) + Generators.pick(in, INSERTS)
          + document.substring(end);
    };
  }

  @Test
  void damagedProgram_givesAValueOrTheModuleException() {
    String golden = GoldenFiles.text("program-b2b-saas.json");

    Generators.qt().withExamples(2000).forAll(damaged(golden)).checkAssert(json -> {
      try {
        JSON.readProgram(json);
      } catch (OnboardingJsonException expected) {
        // The only permitted failure.
      }
    });
  }

  @Test
  void damagedOutcomeCases_giveAValueOrTheModuleException() {
    String golden = GoldenFiles.text("outcome-cases.json");

    Generators.qt().withExamples(2000).forAll(damaged(golden), integers().between(0, 1))
        .checkAssert((json, lenient) -> {
          OnboardingJson reader = lenient == 1 ? JSON.ignoringUnknownFields() : JSON;
          try {
            reader.readOutcomeCases(json);
          } catch (OnboardingJsonException expected) {
            // The only permitted failure.
          }
        });
  }

  @Test
  void damagedAllocation_givesAValueOrTheModuleException() {
    String golden = GoldenFiles.text("allocation.json");

    Generators.qt().withExamples(2000).forAll(damaged(golden)).checkAssert(json -> {
      try {
        JSON.read(DocumentType.ALLOCATION, json);
      } catch (OnboardingJsonException expected) {
        // The only permitted failure.
      }
    });
  }

  @Test
  void damagedAllocationRequest_givesAValueOrTheModuleException() {
    String golden = GoldenFiles.text("allocation-request.json");

    Generators.qt().withExamples(2000).forAll(damaged(golden)).checkAssert(json -> {
      try {
        JSON.readAllocationRequest(json);
      } catch (OnboardingJsonException expected) {
        // The only permitted failure.
      }
    });
  }
}
