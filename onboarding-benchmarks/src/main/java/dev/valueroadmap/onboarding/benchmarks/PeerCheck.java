package dev.valueroadmap.onboarding.benchmarks;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.ProgressEvaluator;
import dev.valueroadmap.onboarding.progress.ProgressReport;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * Checks, before anything is measured, that a peer computes the same facts as the library on
 * the same data, so that a wrong query can never pass for a fast one.
 */
final class PeerCheck {

  private PeerCheck() {
  }

  /**
   * Compares done count, overdue count and furthest milestone of every account.
   *
   * @throws IllegalStateException naming the first account on which the two sides differ
   */
  static void progressAgrees(OnboardingProgram program, List<AccountState> accounts,
      ProgressTables tables) throws SQLException {
    ProgressEvaluator evaluator = ProgressEvaluator.of(program);
    long[][] peer = new long[accounts.size()][];
    tables.useThreads(2);
    tables.facts((account, done, overdue, furthest) ->
        peer[account] = new long[] {done, overdue, furthest});

    for (int a = 0; a < accounts.size(); a++) {
      ProgressReport report = evaluator.evaluate(accounts.get(a), BenchmarkData.AS_OF);
      long furthest = report.furthestMilestone()
          .map(id -> (long) program.roadmap().indexOf(id)).orElse(-1L);
      long[] expected = {report.doneCount(), report.overdueCount(), furthest};
      if (!Arrays.equals(expected, peer[a])) {
        throw new IllegalStateException("DuckDB and the library disagree on account "
            + accounts.get(a).accountId() + ": library (done, overdue, furthest) "
            + Arrays.toString(expected) + ", DuckDB " + Arrays.toString(peer[a]));
      }
    }
  }
}
