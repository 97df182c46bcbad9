package dev.valueroadmap.onboarding.program;

import org.immutables.value.Value;

/**
 * The milestone beyond which customers reliably renew, and the day after onboarding start by
 * which an account must reach it: the graduation exam, by default at day 90 (month 3).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContinuationPoint {

  /** The default graduation-exam deadline: day 90 after onboarding start. */
  public static final int DEFAULT_DEADLINE_DAY = 90;

  ContinuationPoint() {
  }

  /**
   * Returns the id of the milestone that marks the continuation point.
   *
   * @return the milestone id
   */
  public abstract String milestoneId();

  /**
   * Returns the graduation-exam deadline, in days after onboarding start.
   *
   * @return the deadline day, 90 unless set
   */
  @Value.Default
  public int deadlineDay() {
    return DEFAULT_DEADLINE_DAY;
  }

  /**
   * Creates a continuation point with the default deadline of day 90.
   *
   * @param milestoneId the milestone id
   * @return the continuation point
   */
  public static ContinuationPoint of(String milestoneId) {
    return ImmutableContinuationPoint.builder().milestoneId(milestoneId).build();
  }

  /**
   * Creates a continuation point.
   *
   * @param milestoneId the milestone id
   * @param deadlineDay the deadline in days after onboarding start, at least 0
   * @return the continuation point
   */
  public static ContinuationPoint of(String milestoneId, int deadlineDay) {
    return ImmutableContinuationPoint.builder().milestoneId(milestoneId).deadlineDay(deadlineDay)
        .build();
  }

  @Value.Check
  void check() {
    Checks.requireSlug("continuation point milestone id", milestoneId());
    Checks.requireDay("deadline day", "continuation point " + milestoneId(), deadlineDay());
  }
}
