package dev.valueroadmap.onboarding.continuation;

import static dev.valueroadmap.onboarding.testing.Generators.qt;
import static dev.valueroadmap.onboarding.testing.OutcomeGenerators.sheets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutcomeCountsImportTest {

  /** One row of a GROUP BY furthest position: decided, renewed, expansion known, expanded. */
  private static long[] row(Map<Integer, long[]> rows, int position) {
    return rows.computeIfAbsent(position, p -> new long[4]);
  }

  @Test
  void groupedRowsRebuildOnePassCounts() {
    AtomicInteger withExpansion = new AtomicInteger();

    qt().forAll(sheets(200)).checkAssert(sheet -> {
      List<String> ids = sheet.milestoneIds();
      Map<Integer, long[]> rows = new TreeMap<>();
      long undecided = 0;
      for (OutcomeCase outcomeCase : sheet.cases()) {
        if (outcomeCase.outcome() == Outcome.UNDECIDED) {
          undecided++;
          continue;
        }
        long[] row = row(rows, outcomeCase.furthestMilestone().map(ids::indexOf).orElse(-1));
        row[0]++;
        row[1] += outcomeCase.outcome() == Outcome.RENEWED ? 1 : 0;
        row[2] += outcomeCase.expansion() == Expansion.UNKNOWN ? 0 : 1;
        row[3] += outcomeCase.expansion() == Expansion.YES ? 1 : 0;
      }

      OutcomeCounts imported = OutcomeCounts.of(ids).addUndecided(undecided);
      for (Map.Entry<Integer, long[]> entry : rows.entrySet()) {
        long[] row = entry.getValue();
        imported.addCounts(entry.getKey(), row[0], row[1], row[2], row[3]);
        if (row[3] > 0) {
          withExpansion.incrementAndGet();
        }
      }

      assertEquals(OutcomeCounts.of(ids).addAll(sheet.cases()), imported);
    });

    assertTrue(withExpansion.get() >= 100, "rows with expansions: " + withExpansion);
  }

  @Test
  void addCountsHandWorked() {
    OutcomeCounts counts = OutcomeCounts.of(List.of("a", "b"))
        .addCounts(-1, 4, 1, 2, 0)
        .addCounts(1, 10, 9, 6, 3)
        .addCounts(1, 2, 2, 0, 0)
        .addUndecided(5);

    assertEquals(4, counts.decidedWithFurthest(-1));
    assertEquals(0, counts.decidedWithFurthest(0));
    assertEquals(12, counts.decidedWithFurthest(1));
    assertEquals(11, counts.renewedWithFurthest(1));
    assertEquals(6, counts.expansionKnownWithFurthest(1));
    assertEquals(3, counts.expandedWithFurthest(1));
    assertEquals(16, counts.decided());
    assertEquals(12, counts.renewed());
    assertEquals(5, counts.undecided());
  }

  @Test
  void inconsistentCountsAreRejected() {
    OutcomeCounts counts = OutcomeCounts.of(List.of("a"));

    IllegalArgumentException moreRenewed = assertThrows(IllegalArgumentException.class,
        () -> counts.addCounts(0, 3, 4, 0, 0));
    assertTrue(moreRenewed.getMessage().contains("renewed 4"), moreRenewed.getMessage());
    assertThrows(IllegalArgumentException.class, () -> counts.addCounts(0, 3, 1, 2, 3));
    assertThrows(IllegalArgumentException.class, () -> counts.addCounts(0, 3, 1, 4, 0));
    assertThrows(IllegalArgumentException.class, () -> counts.addCounts(0, -1, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> counts.addUndecided(-2));
    assertThrows(IndexOutOfBoundsException.class, () -> counts.addCounts(1, 1, 1, 0, 0));

    assertEquals(OutcomeCounts.of(List.of("a")), counts);
  }
}
