package dev.valueroadmap.onboarding.json;

import static dev.valueroadmap.onboarding.json.DocumentAssertions.edit;
import static dev.valueroadmap.onboarding.json.DocumentAssertions.reject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.valueroadmap.onboarding.continuation.AnalysisParameters;
import dev.valueroadmap.onboarding.continuation.AnalysisSeries;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalysis;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalyzer;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.testing.Generators;
import dev.valueroadmap.onboarding.testing.OutcomeGenerators;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ContinuationJsonTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private static final String ANALYSIS = GoldenFiles.text("continuation-analysis.json");

  /**
   * Four cases over milestones m0 and m1: a1 reached m1 and renewed, a2 stopped at m0 and
   * churned, a3 reached nothing and churned, a4 reached m1 and is undecided.
   */
  static ContinuationAnalysis smallAnalysis() {
    List<OutcomeCase> cases = List.of(
        OutcomeCase.builder().accountId("a1").furthestMilestone("m0").outcome(Outcome.RENEWED)
            .build().withFurthestMilestone("m1"),
        OutcomeCase.builder().accountId("a2").furthestMilestone("m0").outcome(Outcome.CHURNED)
            .build(),
        OutcomeCase.builder().accountId("a3").outcome(Outcome.CHURNED).build(),
        OutcomeCase.builder().accountId("a4").furthestMilestone("m1")
            .outcome(Outcome.UNDECIDED).build());
    return ContinuationAnalyzer.of(List.of("m0", "m1"), AnalysisParameters.of(0.5, 0.95, 1))
        .analyze(cases);
  }

  @Test
  void goldenAnalysis_isWrittenAndRead() {
    assertEquals(ANALYSIS, JSON.write(smallAnalysis()));
    assertEquals(smallAnalysis(), JSON.read(DocumentType.CONTINUATION_ANALYSIS, ANALYSIS));
  }

  @Test
  void analysis_hasTheFieldsTheCommandLineReads() throws Exception {
    JsonNode root = OnboardingJson.newMapper().readTree(ANALYSIS);

    // Decided: a1, a2, a3. Undecided: a4.
    assertEquals(3, root.get("cases").asInt());
    assertEquals(1, root.get("undecided").asInt());
    assertTrue(root.has("continuationPoint"));
    JsonNode m0 = root.get("milestones").get(0);
    // m0 was reached by a1 (renewed) and a2 (churned); a3 did not reach it and churned.
    assertEquals("m0", m0.get("id").asText());
    assertEquals(2, m0.get("reached").asInt());
    assertEquals(1, m0.get("renewedReached").asInt());
    assertEquals(0.5, m0.get("renewalRateReached").asDouble());
    assertTrue(m0.get("wilsonLower").isNumber());
    assertTrue(m0.get("wilsonUpper").isNumber());
    assertEquals(1, m0.get("notReached").asInt());
    assertEquals(0, m0.get("renewedNotReached").asInt());
    JsonNode m1 = root.get("milestones").get(1);
    // m1 was reached by a1 only; a2 and a3 did not reach it.
    assertEquals(1, m1.get("reached").asInt());
    assertEquals(1.0, m1.get("renewalRateReached").asDouble());
    assertEquals(2, m1.get("notReached").asInt());
  }

  @Test
  void rateThatDisagreesWithItsCounts_isRejected() {
    String json = edit(ANALYSIS, "\"renewalRateReached\": 0.5", "\"renewalRateReached\": 0.6");

    reject(DocumentType.CONTINUATION_ANALYSIS, json, "/milestones/0/renewalRateReached",
        "the rate 0.6 does not match the counts 1 of 2");
  }

  @Test
  void negativeCount_isRejected() {
    String json = edit(ANALYSIS, "\"undecided\": 1", "\"undecided\": -1");

    reject(DocumentType.CONTINUATION_ANALYSIS, json, "/undecided", "expected a count");
  }

  @Test
  void writeThenRead_givesEqualAnalyses() {
    AtomicInteger withPoint = new AtomicInteger();
    AtomicInteger withClosest = new AtomicInteger();

    Generators.qt().forAll(OutcomeGenerators.sheets(120)).checkAssert(sheet -> {
      ContinuationAnalysis analysis = ContinuationAnalyzer.of(sheet.milestoneIds(),
          AnalysisParameters.of(0.3, 0.8, 3)).analyze(sheet.cases());

      String json = JSON.write(analysis);

      assertEquals(analysis, JSON.read(DocumentType.CONTINUATION_ANALYSIS, json));
      if (analysis.continuationPoint().isPresent()) {
        withPoint.incrementAndGet();
      }
      if (analysis.closestMilestone().isPresent()) {
        withClosest.incrementAndGet();
      }
    });

    assertTrue(withPoint.get() >= 20, "analyses with a continuation point: " + withPoint);
    assertTrue(withClosest.get() >= 20, "analyses with a closest milestone: " + withClosest);
  }

  @Test
  void writeThenRead_givesEqualSeries() {
    AtomicInteger withEntries = new AtomicInteger();

    Generators.qt().forAll(OutcomeGenerators.sheets(60)).checkAssert(sheet -> {
      AnalysisSeries series = ContinuationAnalyzer.of(sheet.milestoneIds())
          .analyzeMonthly(sheet.cases(), YearMonth.of(2024, 1), YearMonth.of(2024, 6), 3);

      String json = JSON.write(series);

      assertEquals(series, JSON.read(DocumentType.ANALYSIS_SERIES, json));
      if (series.entries().stream().anyMatch(entry -> entry.analysis().decidedCases() > 0)) {
        withEntries.incrementAndGet();
      }
    });

    assertTrue(withEntries.get() >= 100, "series with decided cases: " + withEntries);
  }
}
