package dev.valueroadmap.onboarding.progress;

import java.util.List;
import org.immutables.value.Value;

/**
 * The accounts on one program version, counted by furthest milestone on the board's as-of
 * date, with one step per milestone in roadmap order.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MilestoneFunnel {

  MilestoneFunnel() {
  }

  /**
   * Returns the program id.
   *
   * @return the program id
   */
  public abstract String programId();

  /**
   * Returns the program version.
   *
   * @return the program version
   */
  public abstract int programVersion();

  /**
   * Returns how many accounts on this version were evaluated.
   *
   * @return the account count
   */
  public abstract int accountCount();

  /**
   * Returns how many accounts reached no milestone.
   *
   * @return the account count
   */
  public abstract int noMilestoneReachedCount();

  /**
   * Returns one step per milestone, in roadmap order.
   *
   * @return the steps
   */
  public abstract List<FunnelStep> steps();

  /**
   * Returns a builder for a funnel.
   *
   * @return a new builder
   */
  public static ImmutableMilestoneFunnel.Builder builder() {
    return ImmutableMilestoneFunnel.builder();
  }
}
