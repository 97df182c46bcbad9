package dev.valueroadmap.onboarding.continuation;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The change of the renewal rate among accounts that reached one milestone, from one analysis
 * to a later one.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MilestoneChange {

  MilestoneChange() {
  }

  /**
   * Returns the milestone id.
   *
   * @return the milestone id
   */
  public abstract String milestoneId();

  /**
   * Returns the renewal rate among accounts that reached the milestone in the earlier
   * analysis.
   *
   * @return the rate, a fraction, or empty when no decided account reached the milestone
   */
  public abstract OptionalDouble rateBefore();

  /**
   * Returns the renewal rate among accounts that reached the milestone in the later analysis.
   *
   * @return the rate, a fraction, or empty when no decided account reached the milestone
   */
  public abstract OptionalDouble rateAfter();

  /**
   * Returns the later rate minus the earlier rate.
   *
   * @return the change, a fraction from -1 to 1, or empty when either rate is absent
   */
  public OptionalDouble change() {
    if (rateBefore().isEmpty() || rateAfter().isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(rateAfter().getAsDouble() - rateBefore().getAsDouble());
  }

  static ImmutableMilestoneChange.Builder builder() {
    return ImmutableMilestoneChange.builder();
  }
}
