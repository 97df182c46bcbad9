package dev.valueroadmap.onboarding.benchmarks;

import dev.valueroadmap.onboarding.benchmarks.BenchmarkData.CaseColumns;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalysis;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalyzer;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.continuation.OutcomeCounts;
import dev.valueroadmap.onboarding.program.Milestone;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Counting outcome cases per furthest milestone, the work that grows with the sheet in a
 * continuation analysis: the library's {@link OutcomeCounts} against DuckDB's GROUP BY over
 * the same cases in a table. One operation counts every case.
 *
 * <p>Two forms of the same cases: {@link OutcomeCase} values with milestone ids, against a
 * GROUP BY on the id column, and int columns with milestone positions, against a GROUP BY on
 * the position column. {@code analyzeCases} adds the statistics on top of the counts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ContinuationBenchmark {

  /** The cases of the library side. */
  @State(Scope.Benchmark)
  public static class Library {

    @Param("1000000")
    int cases;

    ContinuationAnalyzer analyzer;
    CaseColumns columns;
    List<OutcomeCase> outcomeCases;

    @Setup(Level.Trial)
    public void generate() {
      List<String> milestoneIds = milestoneIds();
      analyzer = ContinuationAnalyzer.of(milestoneIds);
      columns = BenchmarkData.caseColumns(cases);
      outcomeCases = BenchmarkData.outcomeCases(columns, milestoneIds);
    }
  }

  /** The same cases in DuckDB, checked against the library once loaded. */
  @State(Scope.Benchmark)
  public static class DuckDb {

    @Param("1000000")
    int cases;

    @Param({"1", "2"})
    int duckDbThreads;

    CaseTables tables;

    @Setup(Level.Trial)
    public void load() throws SQLException {
      List<String> milestoneIds = milestoneIds();
      CaseColumns columns = BenchmarkData.caseColumns(cases);
      tables = CaseTables.load(columns, milestoneIds);
      tables.checkAgainst(ContinuationAnalyzer.of(milestoneIds).newCounts()
          .addAll(BenchmarkData.outcomeCases(columns, milestoneIds)));
      tables.useThreads(duckDbThreads);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      tables.close();
    }
  }

  static List<String> milestoneIds() {
    return BenchmarkData.program().roadmap().milestones().stream().map(Milestone::id).toList();
  }

  @Benchmark
  public OutcomeCounts libraryCountCases(Library library) {
    return library.analyzer.newCounts().addAll(library.outcomeCases);
  }

  @Benchmark
  public OutcomeCounts libraryCountColumns(Library library) {
    CaseColumns columns = library.columns;
    OutcomeCounts counts = library.analyzer.newCounts();
    for (int i = 0; i < columns.furthest.length; i++) {
      counts.add(columns.furthest[i], columns.outcomes[i], columns.expansions[i]);
    }
    return counts;
  }

  @Benchmark
  public ContinuationAnalysis libraryAnalyzeCases(Library library) {
    return library.analyzer.analyze(library.outcomeCases);
  }

  @Benchmark
  public long[][] duckDbGroupByMilestoneId(DuckDb duckDb) throws SQLException {
    return duckDb.tables.counts(true);
  }

  @Benchmark
  public long[][] duckDbGroupByPosition(DuckDb duckDb) throws SQLException {
    return duckDb.tables.counts(false);
  }
}
