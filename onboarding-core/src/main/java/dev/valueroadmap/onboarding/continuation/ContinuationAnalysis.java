package dev.valueroadmap.onboarding.continuation;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a continuation-point analysis over one roadmap: per milestone the renewal
 * statistics and the drop-off, and the continuation point. The continuation point is the
 * earliest milestone in roadmap order that enough decided accounts reached and whose lower
 * confidence bound of the renewal rate among them is at least the target.
 *
 * <p>Undecided cases are counted and left out of every rate. Immutable and thread-safe.
 * {@link ContinuationAnalyzer} creates analyses.
 */
@Value.Immutable
public abstract class ContinuationAnalysis {

  ContinuationAnalysis() {
  }

  /**
   * Returns the parameters the analysis ran with.
   *
   * @return the parameters
   */
  public abstract AnalysisParameters parameters();

  /**
   * Returns the statistics of every milestone, in roadmap order.
   *
   * @return the statistics, one per milestone
   */
  public abstract List<MilestoneStatistics> milestones();

  /**
   * Returns the number of decided (renewed or churned) cases.
   *
   * @return the number of cases
   */
  public abstract long decidedCases();

  /**
   * Returns the number of renewed cases.
   *
   * @return the number of cases
   */
  public abstract long renewedCases();

  /**
   * Returns the number of undecided cases, which no rate includes.
   *
   * @return the number of cases
   */
  public abstract long undecidedCases();

  /**
   * Returns the number of decided cases that reached no milestone.
   *
   * @return the number of cases
   */
  public abstract long reachedNone();

  /**
   * Returns the continuation point.
   *
   * @return the milestone id, or empty when no milestone qualifies
   */
  public abstract Optional<String> continuationPoint();

  /**
   * Returns the milestone that came closest when none qualifies: the one with the highest
   * lower confidence bound of the renewal rate among accounts that reached it, the earliest
   * in roadmap order on a tie. Low-sample milestones are candidates too.
   *
   * @return the milestone id, or empty when a milestone qualifies or no decided account
   *     reached any milestone
   */
  public abstract Optional<String> closestMilestone();

  /**
   * Returns the milestone ids in roadmap order.
   *
   * @return the milestone ids
   */
  @Value.Lazy
  public List<String> milestoneIds() {
    return milestones().stream().map(MilestoneStatistics::milestoneId).toList();
  }

  /**
   * Returns the statistics of one milestone.
   *
   * @param milestoneId the milestone id
   * @return the statistics, or empty when the roadmap has no such milestone
   */
  public Optional<MilestoneStatistics> milestone(String milestoneId) {
    return milestones().stream()
        .filter(statistics -> statistics.milestoneId().equals(milestoneId))
        .findFirst();
  }

  /**
   * Returns the roadmap position of the continuation point.
   *
   * @return the zero-based position, or -1 when no milestone qualifies
   */
  public int continuationPointPosition() {
    return continuationPoint().map(milestoneIds()::indexOf).orElse(-1);
  }

  static ImmutableContinuationAnalysis.Builder builder() {
    return ImmutableContinuationAnalysis.builder();
  }

  @Value.Check
  void check() {
    if (milestones().isEmpty()) {
      throw new IllegalArgumentException("an analysis covers at least one milestone");
    }
    if (continuationPoint().isPresent() && closestMilestone().isPresent()) {
      throw new IllegalArgumentException("an analysis with continuation point '"
          + continuationPoint().get() + "' names no closest milestone, but names '"
          + closestMilestone().get() + "'");
    }
  }
}
