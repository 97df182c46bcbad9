package dev.valueroadmap.onboarding.program;

import org.immutables.value.Value;

/**
 * A point on the value roadmap at which the customer experiences value, with the day after
 * onboarding start by which the CS team aims to get the customer there.
 *
 * <p>Immutable and thread-safe. Build one with {@link #of} or {@link #builder()}.
 */
@Value.Immutable
public abstract class Milestone {

  Milestone() {
  }

  /**
   * Returns the milestone's id, a lower-case slug such as {@code data-connected}.
   *
   * @return the id, unique within its roadmap
   */
  public abstract String id();

  /**
   * Returns the short name the CS team uses, such as "Data connected".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns what the customer experiences at this milestone, in the customer's words.
   *
   * @return the value statement
   */
  public abstract String valueStatement();

  /**
   * Returns the target, in days after onboarding start (day 0 is the start date).
   *
   * @return the target day, at least 0
   */
  public abstract int targetDay();

  /**
   * Creates a milestone.
   *
   * @param id the lower-case slug id
   * @param title the short name
   * @param valueStatement what the customer experiences
   * @param targetDay the target in days after onboarding start, at least 0
   * @return the milestone
   * @throws InvalidProgramException if the id is not a slug, a text is blank or the day is
   *     negative
   */
  public static Milestone of(String id, String title, String valueStatement, int targetDay) {
    return builder().id(id).title(title).valueStatement(valueStatement).targetDay(targetDay)
        .build();
  }

  /**
   * Returns a builder for a milestone.
   *
   * @return a new builder
   */
  public static ImmutableMilestone.Builder builder() {
    return ImmutableMilestone.builder();
  }

  @Value.Check
  void check() {
    Checks.requireSlug("milestone id", id());
    Checks.requireText("title", id(), title());
    Checks.requireText("value statement", id(), valueStatement());
    Checks.requireDay("target day", id(), targetDay());
  }
}
