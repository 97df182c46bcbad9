package dev.valueroadmap.onboarding.continuation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A comparison of two continuation-point analyses of the same roadmap, such as last month's
 * and this month's: how the continuation point moved, and per milestone how the renewal rate
 * among accounts that reached it changed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnalysisComparison {

  AnalysisComparison() {
  }

  /**
   * Returns the continuation point of the earlier analysis.
   *
   * @return the milestone id, or empty when that analysis found none
   */
  public abstract Optional<String> pointBefore();

  /**
   * Returns the continuation point of the later analysis.
   *
   * @return the milestone id, or empty when that analysis found none
   */
  public abstract Optional<String> pointAfter();

  /**
   * Returns how the continuation point moved.
   *
   * @return the movement
   */
  public abstract PointMovement movement();

  /**
   * Returns the change of the renewal rate among accounts that reached each milestone, in
   * roadmap order.
   *
   * @return one change per milestone
   */
  public abstract List<MilestoneChange> milestones();

  /**
   * Compares an analysis with a later one of the same roadmap.
   *
   * @param before the earlier analysis
   * @param after the later analysis
   * @return the comparison
   * @throws IllegalArgumentException if the analyses cover different milestone ids or the
   *     same ids in another order
   */
  public static AnalysisComparison between(ContinuationAnalysis before,
      ContinuationAnalysis after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    if (!before.milestoneIds().equals(after.milestoneIds())) {
      throw new IllegalArgumentException("cannot compare an analysis of milestones "
          + before.milestoneIds() + " with an analysis of milestones " + after.milestoneIds());
    }

    List<MilestoneChange> changes = new ArrayList<>();
    for (int k = 0; k < before.milestones().size(); k++) {
      MilestoneStatistics earlier = before.milestones().get(k);
      MilestoneStatistics later = after.milestones().get(k);
      ImmutableMilestoneChange.Builder change = MilestoneChange.builder()
          .milestoneId(earlier.milestoneId());
      earlier.renewalReached().ifPresent(rate -> change.rateBefore(rate.rate()));
      later.renewalReached().ifPresent(rate -> change.rateAfter(rate.rate()));
      changes.add(change.build());
    }

    return ImmutableAnalysisComparison.builder()
        .pointBefore(before.continuationPoint())
        .pointAfter(after.continuationPoint())
        .movement(movement(before.continuationPointPosition(),
            after.continuationPointPosition()))
        .milestones(changes)
        .build();
  }

  private static PointMovement movement(int before, int after) {
    if (before < 0 && after < 0) {
      return PointMovement.NONE;
    }
    if (before < 0) {
      return PointMovement.APPEARED;
    }
    if (after < 0) {
      return PointMovement.DISAPPEARED;
    }
    if (after < before) {
      return PointMovement.EARLIER;
    }
    return after > before ? PointMovement.LATER : PointMovement.STAYED;
  }
}
