package dev.valueroadmap.onboarding.continuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the analysis on IBM's fictional telecom churn sample (7,043 customers, one header row,
 * 21 columns) and checks it against a direct count over the rows.
 *
 * <p>The file is not part of the project. The test reads it from the path in the system
 * property {@code telco.churn.csv} or else from
 * {@code ../../shared/data/telco-churn/telco-customer-churn.csv} relative to the module
 * directory, and is skipped when neither exists.
 *
 * <p>The service columns map onto a four-step roadmap, in this order:
 * <ol>
 *   <li>{@code connected}: InternetService is DSL or Fiber optic (not "No");
 *   <li>{@code secured}: OnlineSecurity or OnlineBackup is "Yes";
 *   <li>{@code supported}: TechSupport or DeviceProtection is "Yes";
 *   <li>{@code streaming}: StreamingTV or StreamingMovies is "Yes".
 * </ol>
 * A customer's furthest milestone is the last step of the unbroken run from the first step:
 * a customer with tech support but neither security nor backup got only as far as
 * {@code connected}. Churn "No" means renewed and "Yes" churned. MultipleLines "Yes" counts
 * as expanded, "No" as not expanded, and "No phone service" as unknown. The contract sets the
 * touch model: two year is high-touch, one year low-touch, month-to-month tech-touch.
 */
class TelcoChurnAcceptanceTest {

  private static final List<String> ROADMAP =
      List.of("connected", "secured", "supported", "streaming");

  /** The standard normal quantile for a 95 % two-sided interval. */
  private static final double Z_95 = 1.959963984540054;

  private static boolean found;
  private static Path location;
  private static List<Map<String, String>> rows;
  private static List<OutcomeCase> cases;

  @BeforeAll
  static void readSheet() throws IOException {
    Path csv = Path.of(System.getProperty("telco.churn.csv", System.getProperty("basedir", ".")
        + "/../../shared/data/telco-churn/telco-customer-churn.csv"));
    found = Files.isRegularFile(csv);
    location = csv;
    if (!found) {
      return;
    }

    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).strip().split(",", -1));
    rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.strip().split(",", -1);
      assertEquals(header.size(), fields.length, line);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < fields.length; i++) {
        row.put(header.get(i), fields[i]);
      }
      rows.add(row);
    }

    cases = new ArrayList<>();
    for (Map<String, String> row : rows) {
      cases.add(toCase(row));
    }
  }

  /** Skips the calling test, so that each test reports its own skip, when the file is absent. */
  @BeforeEach
  void requireSheet() {
    assumeTrue(found, () -> "telco churn sample not found at " + location);
  }

  private static boolean[] steps(Map<String, String> row) {
    return new boolean[] {
        !row.get("InternetService").equals("No"),
        yes(row, "OnlineSecurity") || yes(row, "OnlineBackup"),
        yes(row, "TechSupport") || yes(row, "DeviceProtection"),
        yes(row, "StreamingTV") || yes(row, "StreamingMovies")};
  }

  private static boolean yes(Map<String, String> row, String column) {
    return row.get(column).equals("Yes");
  }

  private static OutcomeCase toCase(Map<String, String> row) {
    boolean[] steps = steps(row);
    int furthest = -1;
    while (furthest + 1 < steps.length && steps[furthest + 1]) {
      furthest++;
    }

    ImmutableOutcomeCase.Builder outcomeCase = OutcomeCase.builder()
        .accountId(row.get("customerID"))
        .outcome(row.get("Churn").equals("No") ? Outcome.RENEWED : Outcome.CHURNED)
        .expansion(switch (row.get("MultipleLines")) {
          case "Yes" -> Expansion.YES;
          case "No" -> Expansion.NO;
          default -> Expansion.UNKNOWN;
        })
        .touchModel(switch (row.get("Contract")) {
          case "Two year" -> TouchModel.HIGH_TOUCH;
          case "One year" -> TouchModel.LOW_TOUCH;
          default -> TouchModel.TECH_TOUCH;
        });
    if (furthest >= 0) {
      outcomeCase.furthestMilestone(ROADMAP.get(furthest));
    }
    return outcomeCase.build();
  }

  /** Returns whether the row has every step up to and including step k. */
  private static boolean reached(Map<String, String> row, int k) {
    boolean[] steps = steps(row);
    for (int i = 0; i <= k; i++) {
      if (!steps[i]) {
        return false;
      }
    }
    return true;
  }

  @Test
  void sheet_matchesPublishedTotals() {
    ContinuationAnalysis analysis = ContinuationAnalyzer.of(ROADMAP).analyze(cases);

    // The data set's description: 7,043 customers, 5,174 with Churn = No.
    assertEquals(7043, rows.size());
    assertEquals(7043, analysis.decidedCases());
    assertEquals(5174, analysis.renewedCases());
    assertEquals(0, analysis.undecidedCases());
  }

  @Test
  void milestoneCounts_matchDirectCount() {
    ContinuationAnalysis analysis = ContinuationAnalyzer.of(ROADMAP).analyze(cases);

    for (int k = 0; k < ROADMAP.size(); k++) {
      long reached = 0;
      long renewedReached = 0;
      long renewedNotReached = 0;
      long knownReached = 0;
      long expandedReached = 0;
      for (Map<String, String> row : rows) {
        boolean renewed = row.get("Churn").equals("No");
        if (reached(row, k)) {
          reached++;
          renewedReached += renewed ? 1 : 0;
          knownReached += row.get("MultipleLines").equals("No phone service") ? 0 : 1;
          expandedReached += yes(row, "MultipleLines") ? 1 : 0;
        } else {
          renewedNotReached += renewed ? 1 : 0;
        }
      }

      MilestoneStatistics statistics = analysis.milestones().get(k);
      String where = "milestone " + ROADMAP.get(k);
      assertEquals(reached, statistics.reached(), where);
      assertEquals(renewedReached, statistics.renewedAmongReached(), where);
      assertEquals(rows.size() - reached, statistics.notReached(), where);
      assertEquals(renewedNotReached, statistics.renewedAmongNotReached(), where);
      assertEquals(knownReached, statistics.expansionKnownAmongReached(), where);
      assertEquals(expandedReached, statistics.expandedAmongReached(), where);
      assertTrue(statistics.fisherPValue().isPresent(), where);
    }
  }

  @Test
  void dropOff_matchesDirectCount() {
    ContinuationAnalysis analysis = ContinuationAnalyzer.of(ROADMAP).analyze(cases);

    // Stopped exactly at k: reached k but not k + 1; reached none: not even step 0.
    long none = rows.stream().filter(row -> !reached(row, 0)).count();
    assertEquals(none, analysis.reachedNone());
    for (int k = 0; k < ROADMAP.size(); k++) {
      int step = k;
      long stopped = rows.stream()
          .filter(row -> reached(row, step))
          .filter(row -> step + 1 == ROADMAP.size() || !reached(row, step + 1))
          .count();
      assertEquals(stopped, analysis.milestones().get(k).stoppedHere(), ROADMAP.get(k));
    }
  }

  /**
   * Finds the point a second way: the Wilson lower bound written out,
   * (p + z²/2n - z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n), compared with the default target
   * 0.80 for every milestone that at least 30 customers reached.
   */
  @Test
  void continuationPoint_matchesWilsonFormula() {
    ContinuationAnalysis analysis = ContinuationAnalyzer.of(ROADMAP).analyze(cases);

    Optional<String> expected = Optional.empty();
    for (int k = 0; k < ROADMAP.size() && expected.isEmpty(); k++) {
      int step = k;
      long n = rows.stream().filter(row -> reached(row, step)).count();
      long renewed = rows.stream()
          .filter(row -> reached(row, step) && row.get("Churn").equals("No"))
          .count();
      double p = (double) renewed / n;
      double zz = Z_95 * Z_95;
      double lower = (p + zz / (2 * n) - Z_95 * Math.sqrt(p * (1 - p) / n + zz / (4.0 * n * n)))
          / (1 + zz / n);
      assertEquals(lower, analysis.milestones().get(k).renewalReached().orElseThrow()
          .lowerBound(), 1e-9, ROADMAP.get(k));
      if (n >= 30 && lower >= 0.80) {
        expected = Optional.of(ROADMAP.get(k));
      }
    }
    assertTrue(expected.isPresent(), "the sample should have a point at target 0.80");
    assertEquals(expected, analysis.continuationPoint());
  }

  @Test
  void touchModelBreakdown_partitionsTheSheet() {
    ContinuationAnalyzer analyzer = ContinuationAnalyzer.of(ROADMAP);

    TouchModelBreakdown breakdown = analyzer.analyzeByTouchModel(cases);

    assertEquals(0, breakdown.casesWithoutTouchModel());
    assertEquals(3, breakdown.analyses().size());
    for (TouchModel touchModel : TouchModel.values()) {
      String contract = switch (touchModel) {
        case HIGH_TOUCH -> "Two year";
        case LOW_TOUCH -> "One year";
        case TECH_TOUCH -> "Month-to-month";
      };
      long expected = rows.stream().filter(row -> row.get("Contract").equals(contract)).count();
      assertEquals(expected, breakdown.analysis(touchModel).orElseThrow().decidedCases(),
          contract);
    }
  }
}
