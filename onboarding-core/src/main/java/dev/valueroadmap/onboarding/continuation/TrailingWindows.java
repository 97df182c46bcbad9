package dev.valueroadmap.onboarding.continuation;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** The monthly re-analysis over trailing windows of decision months. */
final class TrailingWindows {

  private TrailingWindows() {
  }

  static AnalysisSeries analyze(ContinuationAnalyzer analyzer, Iterable<OutcomeCase> cases,
      YearMonth firstMonth, YearMonth lastMonth, int windowMonths) {
    requireNonNull(cases, "cases");
    requireNonNull(firstMonth, "firstMonth");
    requireNonNull(lastMonth, "lastMonth");
    if (lastMonth.isBefore(firstMonth)) {
      throw new IllegalArgumentException("lastMonth " + lastMonth
          + " comes before firstMonth " + firstMonth);
    }
    if (windowMonths < 1) {
      throw new IllegalArgumentException("windowMonths must be at least 1, but is "
          + windowMonths);
    }

    if (windowMonths > ContinuationAnalyzer.MAX_SERIES_MONTHS) {
      throw new IllegalArgumentException("windowMonths must be at most "
          + ContinuationAnalyzer.MAX_SERIES_MONTHS + ", but is " + windowMonths);
    }

    // One bucket of counts per decision month; each window merges windowMonths buckets.
    long span = firstMonth.until(lastMonth, ChronoUnit.MONTHS) + windowMonths;
    if (span > ContinuationAnalyzer.MAX_SERIES_MONTHS) {
      throw new IllegalArgumentException("the series from " + firstMonth + " to " + lastMonth
          + " with a window of " + windowMonths + " months covers " + span
          + " months of decisions, more than the maximum of "
          + ContinuationAnalyzer.MAX_SERIES_MONTHS);
    }
    YearMonth firstBucket = firstMonth.minusMonths(windowMonths - 1L);
    int bucketCount = (int) span;
    OutcomeCounts[] buckets = new OutcomeCounts[bucketCount];
    for (int b = 0; b < bucketCount; b++) {
      buckets[b] = analyzer.newCounts();
    }

    OutcomeCounts unplaced = analyzer.newCounts();
    long undated = 0;
    long undatedDecided = 0;
    long outside = 0;
    for (OutcomeCase outcomeCase : cases) {
      if (outcomeCase.decidedOn().isEmpty()) {
        unplaced.add(outcomeCase);
        undated++;
        if (outcomeCase.outcome() != Outcome.UNDECIDED) {
          undatedDecided++;
        }
        continue;
      }

      YearMonth month = YearMonth.from(outcomeCase.decidedOn().get());
      long bucket = firstBucket.until(month, ChronoUnit.MONTHS);
      if (month.isBefore(firstBucket) || bucket >= bucketCount) {
        // Counted only to reject a case with a milestone that is not on the roadmap.
        unplaced.add(outcomeCase);
        outside++;
      } else {
        buckets[(int) bucket].add(outcomeCase);
      }
    }

    ImmutableAnalysisSeries.Builder series = AnalysisSeries.builder()
        .windowMonths(windowMonths)
        .undatedCases(undated)
        .undatedDecidedCases(undatedDecided)
        .casesOutsideWindows(outside);
    int months = bucketCount - windowMonths + 1;
    for (int m = 0; m < months; m++) {
      OutcomeCounts window = analyzer.newCounts();
      for (int b = m; b < m + windowMonths; b++) {
        window.merge(buckets[b]);
      }
      series.addEntries(MonthlyAnalysis.builder()
          .month(firstMonth.plusMonths(m))
          .windowStart(firstBucket.plusMonths(m).atDay(1))
          .analysis(analyzer.analyze(window))
          .build());
    }
    return series.build();
  }
}
