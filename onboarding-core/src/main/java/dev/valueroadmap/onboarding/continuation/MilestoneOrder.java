package dev.valueroadmap.onboarding.continuation;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Milestone ids in roadmap order with their positions, checked once and shared. */
final class MilestoneOrder {

  private final List<String> ids;
  private final Map<String, Integer> positions;

  private MilestoneOrder(List<String> ids, Map<String, Integer> positions) {
    this.ids = ids;
    this.positions = positions;
  }

  static MilestoneOrder of(List<String> milestoneIds) {
    List<String> ids = List.copyOf(requireNonNull(milestoneIds, "milestoneIds"));
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("milestoneIds is empty; a roadmap has at least one");
    }

    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id.isBlank()) {
        throw new IllegalArgumentException("milestone id at position " + i + " of " + ids
            + " is blank");
      }
      Integer earlier = positions.putIfAbsent(id, i);
      if (earlier != null) {
        throw new IllegalArgumentException("milestone id '" + id + "' appears at positions "
            + earlier + " and " + i + " of " + ids);
      }
    }
    return new MilestoneOrder(ids, Map.copyOf(positions));
  }

  List<String> ids() {
    return ids;
  }

  int size() {
    return ids.size();
  }

  /** Returns the zero-based position of a milestone, or -1 when the id is not in the order. */
  int indexOf(String milestoneId) {
    Integer index = positions.get(milestoneId);
    return index == null ? -1 : index;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MilestoneOrder order && ids.equals(order.ids);
  }

  @Override
  public int hashCode() {
    return ids.hashCode();
  }
}
