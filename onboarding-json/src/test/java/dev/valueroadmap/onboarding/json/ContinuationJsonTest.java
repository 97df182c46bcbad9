package dev.valueroadmap.onboarding.json;

import static dev.valueroadmap.onboarding.json.DocumentAssertions.edit;
import static dev.valueroadmap.onboarding.json.DocumentAssertions.reject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ContinuationJsonTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private static final String ANALYSIS = GoldenFiles.text("continuation-analysis.json");
  private static final String SERIES = GoldenFiles.text("analysis-series.json");

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

  /**
   * Six cases on one milestone m0, analysed for February and March 2024 over windows of two
   * decision months. a1 (m0, renewed) was decided in January, a2 (m0, churned) in February,
   * a3 (no milestone, churned) in March and a6 (m0, renewed) in December 2023, before every
   * window. a4 (m0, renewed) and a5 (m0, undecided) have no decision date.
   */
  static AnalysisSeries smallSeries() {
    List<OutcomeCase> cases = List.of(
        dated("a1", Optional.of("m0"), Outcome.RENEWED, LocalDate.of(2024, 1, 15)),
        dated("a2", Optional.of("m0"), Outcome.CHURNED, LocalDate.of(2024, 2, 10)),
        dated("a3", Optional.empty(), Outcome.CHURNED, LocalDate.of(2024, 3, 5)),
        OutcomeCase.builder().accountId("a4").furthestMilestone("m0").outcome(Outcome.RENEWED)
            .build(),
        OutcomeCase.builder().accountId("a5").furthestMilestone("m0")
            .outcome(Outcome.UNDECIDED).build(),
        dated("a6", Optional.of("m0"), Outcome.RENEWED, LocalDate.of(2023, 12, 31)));
    return ContinuationAnalyzer.of(List.of("m0"), AnalysisParameters.of(0.5, 0.95, 1))
        .analyzeMonthly(cases, YearMonth.of(2024, 2), YearMonth.of(2024, 3), 2);
  }

  private static OutcomeCase dated(String accountId, Optional<String> furthestMilestone,
      Outcome outcome, LocalDate decidedOn) {
    return OutcomeCase.builder().accountId(accountId).furthestMilestone(furthestMilestone)
        .outcome(outcome).decidedOn(decidedOn).build();
  }

  @Test
  void goldenSeries_isWrittenAndRead() {
    assertEquals(SERIES, JSON.write(smallSeries()));
    assertEquals(smallSeries(), JSON.read(DocumentType.ANALYSIS_SERIES, SERIES));
  }

  @Test
  void goldenSeries_showsTheHandWorkedCounts() throws Exception {
    JsonNode root = OnboardingJson.newMapper().readTree(SERIES);
    JsonNode february = root.get("entries").get(0);
    JsonNode march = root.get("entries").get(1);

    // a4 and a5 are undated, and only a4 is decided; a6 falls before the first window.
    assertEquals(2, root.get("windowMonths").asInt());
    assertEquals(2, root.get("undatedCases").asInt());
    assertEquals(1, root.get("undatedDecidedCases").asInt());
    assertEquals(1, root.get("casesOutsideWindows").asInt());
    // February's window is January and February: a1 renewed and a2 churned, both at m0.
    assertEquals("2024-02", february.get("month").asText());
    assertEquals("2024-01-01", february.get("windowStart").asText());
    assertEquals(2, february.get("analysis").get("cases").asInt());
    assertEquals(1, february.get("analysis").get("renewed").asInt());
    JsonNode februaryM0 = february.get("analysis").get("milestones").get(0);
    assertEquals(2, februaryM0.get("reached").asInt());
    assertEquals(0.5, februaryM0.get("renewalRateReached").asDouble());
    // One renewal of two at level 0.95, as m0 in the continuation-analysis golden file.
    assertEquals(0.0945312057342308, februaryM0.get("wilsonLower").asDouble());
    // March's window is February and March: a2 churned at m0, a3 churned at no milestone.
    assertEquals("2024-03", march.get("month").asText());
    assertEquals("2024-02-01", march.get("windowStart").asText());
    assertEquals(2, march.get("analysis").get("cases").asInt());
    assertEquals(0, march.get("analysis").get("renewed").asInt());
    assertEquals(1, march.get("analysis").get("reachedNone").asInt());
    JsonNode marchM0 = march.get("analysis").get("milestones").get(0);
    assertEquals(1, marchM0.get("reached").asInt());
    assertEquals(0.0, marchM0.get("renewalRateReached").asDouble());
    assertEquals(1, marchM0.get("notReached").asInt());
    assertFalse(march.get("analysis").has("schemaVersion"));
  }

  @Test
  void seriesMonthThatIsNotAMonth_isRejected() {
    String json = edit(SERIES, "\"month\": \"2024-03\"", "\"month\": \"2024-13\"");

    reject(DocumentType.ANALYSIS_SERIES, json, "/entries/1/month",
        "expected an ISO-8601 month such as \"2024-01\" but found the string \"2024-13\"");
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
