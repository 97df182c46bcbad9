package dev.valueroadmap.onboarding.benchmarks;

import dev.valueroadmap.onboarding.benchmarks.BenchmarkData.CaseColumns;
import dev.valueroadmap.onboarding.continuation.OutcomeCounts;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Outcome cases in an in-process DuckDB table {@code cases(account, furthest_milestone,
 * furthest, outcome, expansion)}, and the GROUP BY that computes the counts of
 * {@link OutcomeCounts}. The furthest milestone is there twice: as the milestone id (NULL
 * for none), like {@code OutcomeCase}, and as the roadmap position (-1 for none), like the
 * column form. Outcome and expansion are their enum ordinals.
 */
final class CaseTables implements AutoCloseable {

  /** Per furthest milestone: decided, renewed, expansion known, expanded and undecided. */
  private static final String COUNTS = """
      SELECT %s,
             count(*) FILTER (WHERE outcome <> 2),
             count(*) FILTER (WHERE outcome = 0),
             count(*) FILTER (WHERE outcome <> 2 AND expansion <> 2),
             count(*) FILTER (WHERE outcome <> 2 AND expansion = 0),
             count(*) FILTER (WHERE outcome = 2)
      FROM cases
      GROUP BY 1
      """;

  private final DuckDBConnection connection;
  private final List<String> milestoneIds;

  private CaseTables(DuckDBConnection connection, List<String> milestoneIds) {
    this.connection = connection;
    this.milestoneIds = milestoneIds;
  }

  static CaseTables load(CaseColumns columns, List<String> milestoneIds) throws SQLException {
    DuckDBConnection connection = DriverManager.getConnection("jdbc:duckdb:")
        .unwrap(DuckDBConnection.class);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE cases (account VARCHAR, furthest_milestone VARCHAR,"
          + " furthest INTEGER, outcome TINYINT, expansion TINYINT)");
    }
    try (DuckDBAppender rows = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA,
        "cases")) {
      for (int i = 0; i < columns.furthest.length; i++) {
        int furthest = columns.furthest[i];
        rows.beginRow();
        rows.append("account-" + i);
        rows.append(furthest < 0 ? null : milestoneIds.get(furthest));
        rows.append(furthest);
        rows.append((byte) columns.outcomes[i].ordinal());
        rows.append((byte) columns.expansions[i].ordinal());
        rows.endRow();
      }
    }
    return new CaseTables(connection, milestoneIds);
  }

  void useThreads(int threads) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET threads = " + threads);
    }
  }

  /**
   * Runs the GROUP BY and returns the counts indexed by furthest position plus one: for
   * each, decided, renewed, expansion known, expanded and undecided.
   *
   * @param byMilestoneId group by the milestone id column rather than the position column
   */
  long[][] counts(boolean byMilestoneId) throws SQLException {
    long[][] counts = new long[milestoneIds.size() + 1][5];
    String query = String.format(COUNTS, byMilestoneId ? "furthest_milestone" : "furthest");
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        int slot;
        if (byMilestoneId) {
          String id = rows.getString(1);
          slot = id == null ? 0 : milestoneIds.indexOf(id) + 1;
        } else {
          slot = rows.getInt(1) + 1;
        }
        for (int c = 0; c < 5; c++) {
          counts[slot][c] = rows.getLong(c + 2);
        }
      }
    }
    return counts;
  }

  /**
   * Checks that both GROUP BY queries return the library's counts.
   *
   * @throws IllegalStateException naming the first slot where they differ
   */
  void checkAgainst(OutcomeCounts library) throws SQLException {
    for (boolean byMilestoneId : new boolean[] {true, false}) {
      long[][] peer = counts(byMilestoneId);
      long undecided = 0;
      for (int slot = 0; slot < peer.length; slot++) {
        int index = slot - 1;
        long[] expected = {library.decidedWithFurthest(index), library.renewedWithFurthest(index),
            library.expansionKnownWithFurthest(index), library.expandedWithFurthest(index)};
        long[] actual = Arrays.copyOf(peer[slot], 4);
        if (!Arrays.equals(expected, actual)) {
          throw new IllegalStateException("DuckDB and the library disagree at furthest index "
              + index + ": library " + Arrays.toString(expected) + ", DuckDB "
              + Arrays.toString(actual));
        }
        undecided += peer[slot][4];
      }
      if (undecided != library.undecided()) {
        throw new IllegalStateException("DuckDB counts " + undecided
            + " undecided cases, the library " + library.undecided());
      }
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
