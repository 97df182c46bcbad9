package dev.valueroadmap.onboarding.continuation;

import static java.util.Objects.requireNonNull;

import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * Finds the continuation point of a roadmap from outcome cases: the earliest milestone, in
 * roadmap order, that at least {@link AnalysisParameters#minimumAccounts()} decided accounts
 * reached and whose Wilson score lower bound of the renewal rate among them is at least
 * {@link AnalysisParameters#targetRenewalRate()}.
 *
 * <p>The analyzer works over a {@link ValueRoadmap} or, for callers without a program, over
 * milestone ids in roadmap order. It rejects every case whose furthest milestone is not on the
 * roadmap with an {@link UnknownMilestoneException}. Intervals come from Apache Commons
 * Statistics' {@link BinomialConfidenceInterval#WILSON_SCORE} and p-values from its two-sided
 * {@link FisherExactTest}.
 *
 * <p>Immutable and thread-safe. Every result depends only on the cases and the arguments,
 * never on the clock.
 */
public final class ContinuationAnalyzer {

  /** The default trailing window of the monthly re-analysis: 12 months. */
  public static final int DEFAULT_WINDOW_MONTHS = 12;

  /**
   * The maximum number of decision months a monthly series covers, from the start of the
   * first window to the last month: 1,200 months, a century.
   */
  public static final int MAX_SERIES_MONTHS = 1200;

  private static final FisherExactTest FISHER =
      FisherExactTest.withDefaults().with(AlternativeHypothesis.TWO_SIDED);

  private final MilestoneOrder order;
  private final AnalysisParameters parameters;

  private ContinuationAnalyzer(MilestoneOrder order, AnalysisParameters parameters) {
    this.order = order;
    this.parameters = requireNonNull(parameters, "parameters");
  }

  /**
   * Creates an analyzer over a roadmap with the default parameters.
   *
   * @param roadmap the roadmap
   * @return the analyzer
   */
  public static ContinuationAnalyzer of(ValueRoadmap roadmap) {
    return of(roadmap, AnalysisParameters.defaults());
  }

  /**
   * Creates an analyzer over a roadmap.
   *
   * @param roadmap the roadmap
   * @param parameters the target, confidence level and minimum number of accounts
   * @return the analyzer
   */
  public static ContinuationAnalyzer of(ValueRoadmap roadmap, AnalysisParameters parameters) {
    requireNonNull(roadmap, "roadmap");
    return new ContinuationAnalyzer(MilestoneOrder.of(roadmap.milestoneIds()), parameters);
  }

  /**
   * Creates an analyzer over milestone ids in roadmap order with the default parameters.
   *
   * @param milestoneIds the milestone ids in roadmap order, at least one, unique, not blank
   * @return the analyzer
   * @throws IllegalArgumentException if the list is empty or an id is blank or repeats
   */
  public static ContinuationAnalyzer of(List<String> milestoneIds) {
    return of(milestoneIds, AnalysisParameters.defaults());
  }

  /**
   * Creates an analyzer over milestone ids in roadmap order.
   *
   * @param milestoneIds the milestone ids in roadmap order, at least one, unique, not blank
   * @param parameters the target, confidence level and minimum number of accounts
   * @return the analyzer
   * @throws IllegalArgumentException if the list is empty or an id is blank or repeats
   */
  public static ContinuationAnalyzer of(List<String> milestoneIds,
      AnalysisParameters parameters) {
    return new ContinuationAnalyzer(MilestoneOrder.of(milestoneIds), parameters);
  }

  /**
   * Returns the milestone ids in roadmap order.
   *
   * @return the milestone ids, unmodifiable
   */
  public List<String> milestoneIds() {
    return order.ids();
  }

  /**
   * Returns the parameters.
   *
   * @return the parameters
   */
  public AnalysisParameters parameters() {
    return parameters;
  }

  /**
   * Returns empty counts over this analyzer's milestones.
   *
   * @return new, empty counts
   */
  public OutcomeCounts newCounts() {
    return new OutcomeCounts(order);
  }

  /**
   * Returns a collector of outcome cases into counts over this analyzer's milestones. It
   * supports parallel streams.
   *
   * @return the collector
   */
  public Collector<OutcomeCase, OutcomeCounts, OutcomeCounts> toCounts() {
    return OutcomeCounts.collector(order);
  }

  /**
   * Analyses outcome cases.
   *
   * @param cases the cases, in any order
   * @return the analysis
   * @throws UnknownMilestoneException if a case's furthest milestone is not on the roadmap
   */
  public ContinuationAnalysis analyze(Iterable<OutcomeCase> cases) {
    return analyze(newCounts().addAll(cases));
  }

  /**
   * Analyses counts, for example counts merged from partitions.
   *
   * <p>The time taken does not depend on how the counts were built, but Fisher's exact test
   * sums over every table with the observed margins, so its cost grows with the number of
   * decided cases.
   *
   * @param counts counts over this analyzer's milestone ids in the same order
   * @return the analysis
   * @throws IllegalArgumentException if the counts are over other milestone ids
   * @throws ArithmeticException if a group has more than {@link Integer#MAX_VALUE} accounts,
   *     the most that the interval and the exact test accept
   */
  public ContinuationAnalysis analyze(OutcomeCounts counts) {
    requireNonNull(counts, "counts");
    if (!order.equals(counts.order())) {
      throw new IllegalArgumentException("counts over milestones " + counts.milestoneIds()
          + " cannot be analysed against the roadmap " + order.ids());
    }

    int size = order.size();
    long decided = counts.decided();
    long renewed = counts.renewed();
    List<MilestoneStatistics> milestones = new ArrayList<>(size);

    // Reached k means furthest position >= k, so the reached counts are suffix sums.
    long reached = decided - counts.decidedWithFurthest(-1);
    long renewedReached = renewed - counts.renewedWithFurthest(-1);
    long knownReached = sumFrom(counts, 0, true);
    long expandedReached = sumFrom(counts, 0, false);
    for (int k = 0; k < size; k++) {
      milestones.add(statistics(k, reached, renewedReached, decided - reached,
          renewed - renewedReached, knownReached, expandedReached,
          counts.decidedWithFurthest(k)));

      reached -= counts.decidedWithFurthest(k);
      renewedReached -= counts.renewedWithFurthest(k);
      knownReached -= counts.expansionKnownWithFurthest(k);
      expandedReached -= counts.expandedWithFurthest(k);
    }

    Optional<String> point = milestones.stream()
        .filter(MilestoneStatistics::qualifies)
        .map(MilestoneStatistics::milestoneId)
        .findFirst();
    return ContinuationAnalysis.builder()
        .parameters(parameters)
        .milestones(milestones)
        .decidedCases(decided)
        .renewedCases(renewed)
        .undecidedCases(counts.undecided())
        .reachedNone(counts.decidedWithFurthest(-1))
        .continuationPoint(point)
        .closestMilestone(point.isPresent() ? Optional.empty() : closest(milestones))
        .build();
  }

  /**
   * Analyses outcome cases separately for each touch model that occurs among them.
   *
   * @param cases the cases, in any order
   * @return one analysis per touch model present, and the number of cases without one
   * @throws UnknownMilestoneException if a case's furthest milestone is not on the roadmap
   */
  public TouchModelBreakdown analyzeByTouchModel(Iterable<OutcomeCase> cases) {
    requireNonNull(cases, "cases");

    Map<TouchModel, OutcomeCounts> counts = new EnumMap<>(TouchModel.class);
    long withoutTouchModel = 0;
    for (OutcomeCase outcomeCase : cases) {
      Optional<TouchModel> touchModel = outcomeCase.touchModel();
      if (touchModel.isEmpty()) {
        // Checked all the same, so that no case with an unknown milestone passes unnoticed.
        newCounts().add(outcomeCase);
        withoutTouchModel++;
      } else {
        counts.computeIfAbsent(touchModel.get(), any -> newCounts()).add(outcomeCase);
      }
    }

    ImmutableTouchModelBreakdown.Builder breakdown = TouchModelBreakdown.builder()
        .casesWithoutTouchModel(withoutTouchModel);
    counts.forEach((touchModel, perModel) -> breakdown.putAnalyses(touchModel,
        analyze(perModel)));
    return breakdown.build();
  }

  /**
   * Re-analyses outcome cases as of each month end from a first to a last month, each time
   * over the cases decided in the trailing 12 months, that month included.
   *
   * @param cases the cases, in any order
   * @param firstMonth the first month of the series
   * @param lastMonth the last month of the series, not before the first
   * @return the series
   * @throws IllegalArgumentException if the last month comes before the first, or the series
   *     covers more than {@link #MAX_SERIES_MONTHS} months of decisions
   * @throws UnknownMilestoneException if a case's furthest milestone is not on the roadmap
   */
  public AnalysisSeries analyzeMonthly(Iterable<OutcomeCase> cases, YearMonth firstMonth,
      YearMonth lastMonth) {
    return analyzeMonthly(cases, firstMonth, lastMonth, DEFAULT_WINDOW_MONTHS);
  }

  /**
   * Re-analyses outcome cases as of each month end from a first to a last month, each time
   * over the cases whose decision date falls in the trailing window of months that ends with
   * that month. Cases without a decision date cannot be placed in a window; the series counts
   * them as undated.
   *
   * @param cases the cases, in any order
   * @param firstMonth the first month of the series
   * @param lastMonth the last month of the series, not before the first
   * @param windowMonths the length of the trailing window in months, at least 1
   * @return the series
   * @throws IllegalArgumentException if the last month comes before the first, the window is
   *     shorter than one month, or the series covers more than {@link #MAX_SERIES_MONTHS}
   *     months of decisions (the months from the first to the last plus the window)
   * @throws UnknownMilestoneException if a case's furthest milestone is not on the roadmap
   */
  public AnalysisSeries analyzeMonthly(Iterable<OutcomeCase> cases, YearMonth firstMonth,
      YearMonth lastMonth, int windowMonths) {
    return TrailingWindows.analyze(this, cases, firstMonth, lastMonth, windowMonths);
  }

  private MilestoneStatistics statistics(int k, long reached, long renewedReached,
      long notReached, long renewedNotReached, long knownReached, long expandedReached,
      long stoppedHere) {
    Optional<RateEstimate> renewalReached = wilson(renewedReached, reached);
    Optional<RateEstimate> renewalNotReached = wilson(renewedNotReached, notReached);
    boolean lowSample = reached < parameters.minimumAccounts();
    boolean qualifies = !lowSample && renewalReached
        .filter(rate -> rate.lowerBound() >= parameters.targetRenewalRate())
        .isPresent();

    ImmutableMilestoneStatistics.Builder statistics = MilestoneStatistics.builder()
        .milestoneId(order.ids().get(k))
        .position(k)
        .reached(reached)
        .renewedAmongReached(renewedReached)
        .notReached(notReached)
        .renewedAmongNotReached(renewedNotReached)
        .expansionKnownAmongReached(knownReached)
        .expandedAmongReached(expandedReached)
        .stoppedHere(stoppedHere)
        .renewalReached(renewalReached)
        .renewalNotReached(renewalNotReached)
        .expansionReached(wilson(expandedReached, knownReached))
        .lowSample(lowSample)
        .qualifies(qualifies);

    if (reached > 0 && notReached > 0) {
      double rateReached = renewalReached.get().rate();
      double rateNotReached = renewalNotReached.get().rate();
      statistics.rateDifference(rateReached - rateNotReached);
      if (rateNotReached > 0) {
        statistics.lift(rateReached / rateNotReached);
      }
      statistics.fisherPValue(fisherPValue(renewedReached, reached - renewedReached,
          renewedNotReached, notReached - renewedNotReached));
    }
    return statistics.build();
  }

  private Optional<RateEstimate> wilson(long successes, long trials) {
    if (trials == 0) {
      return Optional.empty();
    }
    Interval interval = BinomialConfidenceInterval.WILSON_SCORE.fromErrorRate(
        Math.toIntExact(trials), Math.toIntExact(successes), 1 - parameters.confidenceLevel());
    return Optional.of(RateEstimate.of(successes, trials, interval.getLowerBound(),
        interval.getUpperBound(), parameters.confidenceLevel()));
  }

  private static double fisherPValue(long renewedReached, long churnedReached,
      long renewedNotReached, long churnedNotReached) {
    int[][] table = {
        {Math.toIntExact(renewedReached), Math.toIntExact(churnedReached)},
        {Math.toIntExact(renewedNotReached), Math.toIntExact(churnedNotReached)}};
    return FISHER.test(table).getPValue();
  }

  private static Optional<String> closest(List<MilestoneStatistics> milestones) {
    MilestoneStatistics best = null;
    for (MilestoneStatistics candidate : milestones) {
      if (candidate.renewalReached().isEmpty()) {
        continue;
      }
      if (best == null || candidate.renewalReached().get().lowerBound()
          > best.renewalReached().get().lowerBound()) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best).map(MilestoneStatistics::milestoneId);
  }

  private static long sumFrom(OutcomeCounts counts, int from, boolean known) {
    long sum = 0;
    for (int k = from; k < counts.milestoneIds().size(); k++) {
      sum += known ? counts.expansionKnownWithFurthest(k) : counts.expandedWithFurthest(k);
    }
    return sum;
  }
}
