package dev.valueroadmap.onboarding.benchmarks;

import java.util.List;
import java.util.Set;

/**
 * Runs the whole suite: first the retained memory per account state, then the JMH
 * benchmarks with the given JMH options.
 */
public final class BenchmarkMain {

  /** JMH options that only list or explain, for which memory is not measured. */
  private static final Set<String> LISTING_OPTIONS = Set.of("-h", "-l", "-lp", "-lprof",
      "-lrf");

  private BenchmarkMain() {
  }

  /**
   * Measures memory per account, then runs JMH.
   *
   * @param args JMH command-line options, such as a benchmark name pattern or {@code -f 1}
   * @throws Exception if JMH fails
   */
  public static void main(String[] args) throws Exception {
    if (List.of(args).stream().noneMatch(LISTING_OPTIONS::contains)) {
      AccountMemory.main(new String[0]);
    }
    org.openjdk.jmh.Main.main(args);
  }
}
