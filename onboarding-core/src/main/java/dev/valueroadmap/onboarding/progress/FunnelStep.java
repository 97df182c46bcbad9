package dev.valueroadmap.onboarding.progress;

import org.immutables.value.Value;

/**
 * One milestone of a {@link MilestoneFunnel}: how many accounts have it as their furthest
 * milestone, and how many got at least this far.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FunnelStep {

  FunnelStep() {
  }

  /**
   * Returns the milestone id.
   *
   * @return the milestone id
   */
  @Value.Parameter
  public abstract String milestoneId();

  /**
   * Returns how many accounts have this milestone as their furthest milestone.
   *
   * @return the account count
   */
  @Value.Parameter
  public abstract int furthestCount();

  /**
   * Returns how many accounts reached this milestone and every one before it: those whose
   * furthest milestone is this one or a later one.
   *
   * @return the account count
   */
  @Value.Parameter
  public abstract int reachedCount();

  /**
   * Creates a funnel step.
   *
   * @param milestoneId the milestone id
   * @param furthestCount the accounts whose furthest milestone this is
   * @param reachedCount the accounts that got at least this far
   * @return the step
   */
  public static FunnelStep of(String milestoneId, int furthestCount, int reachedCount) {
    return ImmutableFunnelStep.of(milestoneId, furthestCount, reachedCount);
  }
}
