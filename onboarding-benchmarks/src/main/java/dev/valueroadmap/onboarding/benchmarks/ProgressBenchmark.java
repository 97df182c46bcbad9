package dev.valueroadmap.onboarding.benchmarks;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.ProgressEvaluator;
import dev.valueroadmap.onboarding.progress.ProgressReport;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Progress evaluation of every account on one as-of date: the library's evaluator against
 * the same per-account facts computed by SQL in DuckDB.
 *
 * <p>One operation evaluates the whole population, so accounts per second are the score
 * times {@code accounts}. In the two-thread library run each thread evaluates the whole
 * population and JMH adds up the threads' operations. DuckDB gets one or two worker threads
 * through its {@code threads} setting and the query is sent from one JDBC connection.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class ProgressBenchmark {

  /** The accounts and the evaluator of the library side. */
  @State(Scope.Benchmark)
  public static class Library {

    @Param("1000000")
    int accounts;

    ProgressEvaluator evaluator;
    List<AccountState> states;

    @Setup(Level.Trial)
    public void generate() {
      OnboardingProgram program = BenchmarkData.program();
      evaluator = ProgressEvaluator.of(program);
      states = BenchmarkData.accounts(program, accounts);
    }
  }

  /** The same accounts in DuckDB tables, checked against the library once loaded. */
  @State(Scope.Benchmark)
  public static class DuckDb {

    @Param("1000000")
    int accounts;

    ProgressTables tables;

    @Setup(Level.Trial)
    public void load() throws SQLException {
      OnboardingProgram program = BenchmarkData.program();
      List<AccountState> states = BenchmarkData.accounts(program, accounts);
      tables = ProgressTables.load(program, states, BenchmarkData.AS_OF.toEpochDay());
      PeerCheck.progressAgrees(program, states, tables);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      tables.close();
    }
  }

  @Benchmark
  @Threads(1)
  public long libraryOneThread(Library library) {
    return evaluateAll(library);
  }

  @Benchmark
  @Threads(2)
  public long libraryTwoThreads(Library library) {
    return evaluateAll(library);
  }

  @Benchmark
  public long duckDbOneThread(DuckDb duckDb) throws SQLException {
    duckDb.tables.useThreads(1);
    return queryAll(duckDb);
  }

  @Benchmark
  public long duckDbTwoThreads(DuckDb duckDb) throws SQLException {
    duckDb.tables.useThreads(2);
    return queryAll(duckDb);
  }

  /** Evaluates every account and folds its three facts into a checksum. */
  private static long evaluateAll(Library library) {
    long checksum = 0;
    List<AccountState> states = library.states;
    for (int a = 0; a < states.size(); a++) {
      ProgressReport report = library.evaluator.evaluate(states.get(a), BenchmarkData.AS_OF);
      checksum += report.doneCount() + 31L * report.overdueCount()
          + 961L * report.furthestMilestone().map(String::length).orElse(0);
    }
    return checksum;
  }

  private static long queryAll(DuckDb duckDb) throws SQLException {
    long[] checksum = new long[1];
    duckDb.tables.facts((account, done, overdue, furthest) ->
        checksum[0] += done + 31L * overdue + 961L * furthest);
    return checksum[0];
  }
}
