package dev.valueroadmap.onboarding.continuation;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The renewal statistics of one milestone: how accounts that reached it renewed compared with
 * accounts that did not.
 *
 * <p>An account reached milestone k when its furthest milestone is k or a later one in roadmap
 * order. It did not reach k when its furthest milestone comes before k or when it reached
 * none. Every count covers decided cases only. Rates of empty groups and measures built on
 * them are absent, never NaN. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MilestoneStatistics {

  MilestoneStatistics() {
  }

  /**
   * Returns the milestone id.
   *
   * @return the milestone id
   */
  public abstract String milestoneId();

  /**
   * Returns the zero-based position of the milestone in the roadmap.
   *
   * @return the position
   */
  public abstract int position();

  /**
   * Returns the number of decided accounts that reached the milestone.
   *
   * @return the number of accounts
   */
  public abstract long reached();

  /**
   * Returns the number of accounts that reached the milestone and renewed.
   *
   * @return the number of accounts
   */
  public abstract long renewedAmongReached();

  /**
   * Returns the number of decided accounts that did not reach the milestone.
   *
   * @return the number of accounts
   */
  public abstract long notReached();

  /**
   * Returns the number of accounts that did not reach the milestone and renewed.
   *
   * @return the number of accounts
   */
  public abstract long renewedAmongNotReached();

  /**
   * Returns the number of accounts that reached the milestone and whose expansion is known.
   *
   * @return the number of accounts
   */
  public abstract long expansionKnownAmongReached();

  /**
   * Returns the number of accounts that reached the milestone and expanded.
   *
   * @return the number of accounts
   */
  public abstract long expandedAmongReached();

  /**
   * Returns the drop-off at the milestone: the number of decided accounts whose furthest
   * milestone is exactly this one.
   *
   * @return the number of accounts
   */
  public abstract long stoppedHere();

  /**
   * Returns the renewal rate among accounts that reached the milestone, with its Wilson score
   * interval.
   *
   * @return the estimate, or empty when no decided account reached the milestone
   */
  public abstract Optional<RateEstimate> renewalReached();

  /**
   * Returns the renewal rate among accounts that did not reach the milestone, with its
   * Wilson score interval.
   *
   * @return the estimate, or empty when every decided account reached the milestone
   */
  public abstract Optional<RateEstimate> renewalNotReached();

  /**
   * Returns the renewal rate among accounts that reached the milestone minus the rate among
   * those that did not.
   *
   * @return the difference, a fraction from -1 to 1, or empty when either group is empty
   */
  public abstract OptionalDouble rateDifference();

  /**
   * Returns the lift: the renewal rate among accounts that reached the milestone divided by
   * the rate among those that did not.
   *
   * @return the lift, or empty when either group is empty or no account in the group that
   *     did not reach the milestone renewed
   */
  public abstract OptionalDouble lift();

  /**
   * Returns the two-sided p-value of Fisher's exact test of the 2x2 table reached or not by
   * renewed or churned: the probability, were reaching the milestone unrelated to renewal,
   * of a table at most as probable as the observed one.
   *
   * @return the p-value, from 0 to 1, or empty when either group is empty
   */
  public abstract OptionalDouble fisherPValue();

  /**
   * Returns the expansion rate among accounts that reached the milestone and whose
   * expansion is known, with its Wilson score interval.
   *
   * @return the estimate, or empty when no such account exists
   */
  public abstract Optional<RateEstimate> expansionReached();

  /**
   * Returns whether fewer decided accounts reached the milestone than the analysis requires.
   * A low-sample milestone cannot be the continuation point.
   *
   * @return whether the sample is below the minimum number of accounts
   */
  public abstract boolean lowSample();

  /**
   * Returns whether the milestone could be the continuation point: enough accounts reached it
   * and the lower bound of their renewal rate is at least the target.
   *
   * @return whether the milestone qualifies
   */
  public abstract boolean qualifies();

  static ImmutableMilestoneStatistics.Builder builder() {
    return ImmutableMilestoneStatistics.builder();
  }

  @Value.Check
  void check() {
    if (renewedAmongReached() > reached() || renewedAmongNotReached() > notReached()
        || expandedAmongReached() > expansionKnownAmongReached()
        || expansionKnownAmongReached() > reached()) {
      throw new IllegalArgumentException("inconsistent counts for milestone '"
          + milestoneId() + "': " + this);
    }
  }
}
