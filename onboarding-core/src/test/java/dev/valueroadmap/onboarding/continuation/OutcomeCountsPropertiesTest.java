package dev.valueroadmap.onboarding.continuation;

import static dev.valueroadmap.onboarding.testing.Generators.between;
import static dev.valueroadmap.onboarding.testing.Generators.qt;
import static dev.valueroadmap.onboarding.testing.OutcomeGenerators.sheets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.testing.OutcomeGenerators.Sheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OutcomeCountsPropertiesTest {

  /** A sheet, the part each case goes to, and the random choices of a merge tree. */
  private record Split(Sheet sheet, List<List<OutcomeCase>> parts, List<Integer> choices) {
  }

  private static Gen<Split> splits() {
    return in -> {
      Sheet sheet = sheets(120).generate(in);
      int partCount = between(in, 1, 6);
      List<List<OutcomeCase>> parts = new ArrayList<>();
      for (int p = 0; p < partCount; p++) {
        parts.add(new ArrayList<>());
      }
      for (OutcomeCase outcomeCase : sheet.cases()) {
        parts.get(between(in, 0, partCount - 1)).add(outcomeCase);
      }

      List<Integer> choices = new ArrayList<>();
      for (int c = 0; c < 3 * partCount; c++) {
        choices.add(between(in, 0, 1000));
      }
      return new Split(sheet, parts, choices);
    };
  }

  /**
   * Merges the parts' counts along a random tree: each step takes two random groups, merges
   * one into the other in a random direction, and puts the result back.
   */
  private static OutcomeCounts mergeInRandomTree(Split split) {
    List<OutcomeCounts> groups = new ArrayList<>();
    for (List<OutcomeCase> part : split.parts()) {
      groups.add(OutcomeCounts.of(split.sheet().milestoneIds()).addAll(part));
    }

    int choice = 0;
    while (groups.size() > 1) {
      int first = split.choices().get(choice++) % groups.size();
      OutcomeCounts left = groups.remove(first);
      int second = split.choices().get(choice++) % groups.size();
      OutcomeCounts right = groups.remove(second);
      boolean leftIntoRight = split.choices().get(choice++) % 2 == 0;
      groups.add(leftIntoRight ? right.merge(left) : left.merge(right));
    }
    return groups.get(0);
  }

  @Test
  void mergedParts_equalOnePass() {
    AtomicInteger multiPartWithDecided = new AtomicInteger();

    qt().forAll(splits()).checkAssert(split -> {
      OutcomeCounts onePass = OutcomeCounts.of(split.sheet().milestoneIds())
          .addAll(split.sheet().cases());

      OutcomeCounts merged = mergeInRandomTree(split);

      assertEquals(onePass, merged);
      assertEquals(onePass.hashCode(), merged.hashCode());
      ContinuationAnalyzer analyzer = ContinuationAnalyzer.of(split.sheet().milestoneIds(),
          AnalysisParameters.of(0.5, 0.9, 3));
      assertEquals(analyzer.analyze(onePass), analyzer.analyze(merged));
      long nonEmptyParts = split.parts().stream().filter(part -> !part.isEmpty()).count();
      if (nonEmptyParts >= 2 && onePass.decided() > 0) {
        multiPartWithDecided.incrementAndGet();
      }
    });

    assertTrue(multiPartWithDecided.get() >= 100,
        "only " + multiPartWithDecided + " splits had two non-empty parts and decided cases");
  }

  @Test
  void parallelCollector_equalsOnePass() {
    qt().forAll(sheets(300)).checkAssert(sheet -> {
      ContinuationAnalyzer analyzer = ContinuationAnalyzer.of(sheet.milestoneIds());

      OutcomeCounts parallel = sheet.cases().parallelStream().collect(analyzer.toCounts());

      assertEquals(analyzer.newCounts().addAll(sheet.cases()), parallel);
    });
  }

  @Test
  void merge_leavesArgumentUnchanged() {
    qt().forAll(splits()).checkAssert(split -> {
      OutcomeCounts part = OutcomeCounts.of(split.sheet().milestoneIds())
          .addAll(split.parts().get(0));
      OutcomeCounts before = part.copy();

      OutcomeCounts.of(split.sheet().milestoneIds()).addAll(split.sheet().cases()).merge(part);

      assertEquals(before, part);
    });
  }

  /** Checks every count of the analysis against a direct count over the cases. */
  @Test
  void analysisCounts_matchDirectCount() {
    AtomicInteger withRates = new AtomicInteger();

    qt().forAll(sheets(150)).checkAssert(sheet -> {
      List<String> ids = sheet.milestoneIds();
      ContinuationAnalysis analysis = ContinuationAnalyzer.of(ids).analyze(sheet.cases());

      for (int k = 0; k < ids.size(); k++) {
        long reached = 0;
        long renewedReached = 0;
        long notReached = 0;
        long renewedNotReached = 0;
        long known = 0;
        long expanded = 0;
        long stopped = 0;
        for (OutcomeCase c : sheet.cases()) {
          if (c.outcome() == Outcome.UNDECIDED) {
            continue;
          }
          int furthest = c.furthestMilestone().map(ids::indexOf).orElse(-1);
          boolean renewed = c.outcome() == Outcome.RENEWED;
          if (furthest >= k) {
            reached++;
            renewedReached += renewed ? 1 : 0;
            known += c.expansion() != Expansion.UNKNOWN ? 1 : 0;
            expanded += c.expansion() == Expansion.YES ? 1 : 0;
          } else {
            notReached++;
            renewedNotReached += renewed ? 1 : 0;
          }
          stopped += furthest == k ? 1 : 0;
        }

        MilestoneStatistics statistics = analysis.milestones().get(k);
        String where = "milestone " + ids.get(k);
        assertEquals(reached, statistics.reached(), where);
        assertEquals(renewedReached, statistics.renewedAmongReached(), where);
        assertEquals(notReached, statistics.notReached(), where);
        assertEquals(renewedNotReached, statistics.renewedAmongNotReached(), where);
        assertEquals(known, statistics.expansionKnownAmongReached(), where);
        assertEquals(expanded, statistics.expandedAmongReached(), where);
        assertEquals(stopped, statistics.stoppedHere(), where);
        assertEquals(reached == 0, statistics.renewalReached().isEmpty(), where);
        if (reached > 0 && notReached > 0) {
          withRates.incrementAndGet();
        }
      }
    });

    assertTrue(withRates.get() >= 200, "only " + withRates + " milestones had both groups");
  }

  /** The continuation point is the first qualifying milestone, checked from the statistics. */
  @Test
  void continuationPoint_isFirstQualifyingMilestone() {
    AtomicInteger withPoint = new AtomicInteger();
    AnalysisParameters parameters = AnalysisParameters.of(0.2, 0.8, 5);

    qt().forAll(sheets(150)).checkAssert(sheet -> {
      ContinuationAnalysis analysis = ContinuationAnalyzer.of(sheet.milestoneIds(), parameters)
          .analyze(sheet.cases());

      Optional<String> expected = Optional.empty();
      for (MilestoneStatistics statistics : analysis.milestones()) {
        boolean qualifies = statistics.reached() >= 5
            && statistics.renewalReached().orElseThrow().lowerBound() >= 0.2;
        assertEquals(qualifies, statistics.qualifies(), statistics.milestoneId());
        if (qualifies && expected.isEmpty()) {
          expected = Optional.of(statistics.milestoneId());
        }
      }
      assertEquals(expected, analysis.continuationPoint());
      if (expected.isPresent()) {
        withPoint.incrementAndGet();
      }
    });

    assertTrue(withPoint.get() >= 50, "only " + withPoint + " sheets had a point");
  }
}
