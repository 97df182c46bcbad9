package dev.valueroadmap.onboarding.progress;

import dev.valueroadmap.onboarding.program.Milestone;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The progress of one milestone of an account's value roadmap on the as-of date.
 *
 * <p>A milestone counts only the ToDos that apply to the account's touch model. It is reached
 * when all of them are done or marked not applicable, on the latest date of those events. A
 * milestone without such ToDos is reached as soon as every earlier milestone is reached: on
 * the latest reached date of the earlier milestones, or on the onboarding start date for the
 * first milestone. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MilestoneProgress {

  MilestoneProgress() {
  }

  /**
   * Returns the milestone as the program defines it.
   *
   * @return the milestone
   */
  public abstract Milestone milestone();

  /**
   * Returns the target date: the onboarding start date plus the milestone's target day.
   *
   * @return the target date
   */
  public abstract LocalDate targetDate();

  /**
   * Returns how many ToDos of this milestone apply to the account's touch model.
   *
   * @return the counting ToDos, at least 0
   */
  public abstract int countingTodoCount();

  /**
   * Returns how many of the counting ToDos are still open on the as-of date.
   *
   * @return the open ToDos, at most {@link #countingTodoCount()}
   */
  public abstract int openTodoCount();

  /**
   * Returns the date on which the milestone was reached.
   *
   * @return the reached date, or empty when the milestone is not reached on the as-of date
   */
  public abstract Optional<LocalDate> reachedOn();

  /**
   * Returns the milestone's id.
   *
   * @return the milestone id
   */
  public String milestoneId() {
    return milestone().id();
  }

  /**
   * Tells whether the milestone is reached on the as-of date.
   *
   * @return true when reached
   */
  public boolean reached() {
    return reachedOn().isPresent();
  }
}
