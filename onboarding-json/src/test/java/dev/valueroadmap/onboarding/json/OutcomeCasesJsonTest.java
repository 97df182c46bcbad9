package dev.valueroadmap.onboarding.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.continuation.Expansion;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.testing.Generators;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutcomeCasesJsonTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  /** The cases of golden/v1/outcome-cases.json, built by hand. */
  static List<OutcomeCase> goldenCases() {
    return List.of(
        OutcomeCase.builder().accountId("acme").furthestMilestone("data-connected")
            .outcome(Outcome.RENEWED).expansion(Expansion.YES)
            .decidedOn(LocalDate.of(2024, 1, 31)).touchModel(TouchModel.HIGH_TOUCH).build(),
        OutcomeCase.builder().accountId("globex").outcome(Outcome.CHURNED)
            .expansion(Expansion.NO).decidedOn(LocalDate.of(2024, 2, 29))
            .touchModel(TouchModel.TECH_TOUCH).build(),
        OutcomeCase.builder().accountId("initech").furthestMilestone("team-adoption")
            .outcome(Outcome.UNDECIDED).build(),
        OutcomeCase.builder().accountId("Umbrella \"EU\" GmbH / Zürich")
            .furthestMilestone("kickoff").outcome(Outcome.RENEWED)
            .decidedOn(LocalDate.of(2023, 12, 1)).touchModel(TouchModel.LOW_TOUCH).build());
  }

  @Test
  void goldenDocument_readsAsTheHandBuiltCases() {
    assertEquals(goldenCases(), JSON.readOutcomeCases(GoldenFiles.text("outcome-cases.json")));
  }

  @Test
  void goldenDocument_isWrittenByteForByte() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    JSON.writeOutcomeCases(goldenCases(), out);

    assertArrayEquals(GoldenFiles.bytes("outcome-cases.json"), out.toByteArray());
    assertEquals(GoldenFiles.text("outcome-cases.json"), JSON.writeOutcomeCases(goldenCases()));
  }

  @Test
  void goldenDocument_isValidBySchema() {
    assertEquals(List.of(),
        Schemas.errors(DocumentType.OUTCOME_CASES, GoldenFiles.text("outcome-cases.json")));
  }

  @Test
  void absentOptionalFields_readAsEmptyAndUnknownExpansion() {
    String json = "{\"schemaVersion\": 1, \"outcomeCases\": "
        + "[{\"accountId\": \"a-1\", \"outcome\": \"CHURNED\"}]}";

    OutcomeCase read = JSON.readOutcomeCases(json).get(0);

    assertEquals(Optional.empty(), read.furthestMilestone());
    assertEquals(Optional.empty(), read.decidedOn());
    assertEquals(Optional.empty(), read.touchModel());
    assertEquals(Expansion.UNKNOWN, read.expansion());
  }

  @Test
  void writeThenRead_givesEqualCases() {
    AtomicInteger withEmptyOptional = new AtomicInteger();
    AtomicInteger withAllOptionals = new AtomicInteger();

    Generators.qt().forAll(OutcomeCaseGenerators.caseLists()).checkAssert(cases -> {
      String json = JSON.writeOutcomeCases(cases);

      assertEquals(cases, JSON.readOutcomeCases(json));
      assertEquals(List.of(), Schemas.errors(DocumentType.OUTCOME_CASES, json), json);
      for (OutcomeCase outcomeCase : cases) {
        boolean allPresent = outcomeCase.furthestMilestone().isPresent()
            && outcomeCase.decidedOn().isPresent() && outcomeCase.touchModel().isPresent();
        (allPresent ? withAllOptionals : withEmptyOptional).incrementAndGet();
      }
    });

    assertTrue(withEmptyOptional.get() >= 100, "cases with an empty optional: "
        + withEmptyOptional);
    assertTrue(withAllOptionals.get() >= 100, "cases with every optional: " + withAllOptionals);
  }

  @Test
  void writeToFile_matchesWriteToString() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("outcome-cases", ".json");
    try {
      JSON.writeOutcomeCases(goldenCases(), file);

      assertEquals(GoldenFiles.text("outcome-cases.json"),
          java.nio.file.Files.readString(file, StandardCharsets.UTF_8));
      assertEquals(goldenCases(), JSON.readOutcomeCases(file));
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
