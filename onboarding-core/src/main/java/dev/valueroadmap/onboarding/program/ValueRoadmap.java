package dev.valueroadmap.onboarding.program;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The milestones of an onboarding program in the order the customer experiences them.
 *
 * <p>Milestone ids are unique and target days never decrease along the order. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ValueRoadmap {

  ValueRoadmap() {
  }

  /**
   * Returns the milestones in the order the customer experiences them.
   *
   * @return the milestones, never empty
   */
  public abstract List<Milestone> milestones();

  /**
   * Creates a roadmap from milestones in the order the customer experiences them.
   *
   * @param milestones the milestones, at least one
   * @return the roadmap
   * @throws InvalidProgramException if there are no milestones, an id repeats or a target day
   *     decreases
   */
  public static ValueRoadmap of(List<Milestone> milestones) {
    return ImmutableValueRoadmap.builder().milestones(milestones).build();
  }

  /**
   * Creates a roadmap from milestones in the order the customer experiences them.
   *
   * @param milestones the milestones, at least one
   * @return the roadmap
   * @throws InvalidProgramException if there are no milestones, an id repeats or a target day
   *     decreases
   */
  public static ValueRoadmap of(Milestone... milestones) {
    return of(List.of(milestones));
  }

  /**
   * Returns the position of a milestone in the roadmap.
   *
   * @param milestoneId the milestone id
   * @return the zero-based position, or -1 when the roadmap has no such milestone
   */
  public int indexOf(String milestoneId) {
    Integer index = positions().get(milestoneId);
    return index == null ? -1 : index;
  }

  /**
   * Returns the milestone with an id.
   *
   * @param milestoneId the milestone id
   * @return the milestone, or empty when the roadmap has no such milestone
   */
  public Optional<Milestone> milestone(String milestoneId) {
    int index = indexOf(milestoneId);
    return index < 0 ? Optional.empty() : Optional.of(milestones().get(index));
  }

  /**
   * Returns the milestone ids in roadmap order.
   *
   * @return the ids
   */
  @Value.Lazy
  public List<String> milestoneIds() {
    return milestones().stream().map(Milestone::id).toList();
  }

  @Value.Lazy
  Map<String, Integer> positions() {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < milestones().size(); i++) {
      positions.put(milestones().get(i).id(), i);
    }
    return positions;
  }

  @Value.Check
  void check() {
    if (milestones().isEmpty()) {
      throw new InvalidProgramException(ProgramRule.ROADMAP_NOT_EMPTY,
          "the value roadmap has no milestones");
    }

    Map<String, Integer> seen = new HashMap<>();
    Milestone previous = null;
    for (int i = 0; i < milestones().size(); i++) {
      Milestone milestone = milestones().get(i);
      Integer earlier = seen.putIfAbsent(milestone.id(), i);
      if (earlier != null) {
        throw new InvalidProgramException(ProgramRule.MILESTONE_ID_UNIQUE,
            "milestone id '" + milestone.id() + "' appears at positions " + earlier + " and "
                + i);
      }
      if (previous != null && milestone.targetDay() < previous.targetDay()) {
        throw new InvalidProgramException(ProgramRule.TARGET_DAYS_ORDERED,
            "milestone '" + milestone.id() + "' has target day " + milestone.targetDay()
                + ", before target day " + previous.targetDay() + " of the earlier milestone '"
                + previous.id() + "'");
      }
      previous = milestone;
    }
  }
}
