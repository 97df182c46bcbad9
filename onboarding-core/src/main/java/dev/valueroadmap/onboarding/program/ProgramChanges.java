package dev.valueroadmap.onboarding.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * What changed between two versions of one onboarding program: milestones and ToDos added,
 * removed or changed, by id, and whether the continuation point or stall threshold changed.
 *
 * <p>A milestone or ToDo is changed when any of its attributes differs. Ids are listed in
 * the order of the version that has them: the newer version for added and changed ids, the
 * older one for removed ids. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgramChanges {

  ProgramChanges() {
  }

  /**
   * Returns the version compared from.
   *
   * @return the older version number
   */
  public abstract int fromVersion();

  /**
   * Returns the version compared to.
   *
   * @return the newer version number
   */
  public abstract int toVersion();

  /**
   * Returns the ids of milestones only the newer version has.
   *
   * @return the added milestone ids
   */
  public abstract List<String> addedMilestones();

  /**
   * Returns the ids of milestones only the older version has.
   *
   * @return the removed milestone ids
   */
  public abstract List<String> removedMilestones();

  /**
   * Returns the ids of milestones both versions have, with different attributes.
   *
   * @return the changed milestone ids
   */
  public abstract List<String> changedMilestones();

  /**
   * Returns the ids of ToDos only the newer version has.
   *
   * @return the added ToDo ids
   */
  public abstract List<String> addedTodos();

  /**
   * Returns the ids of ToDos only the older version has.
   *
   * @return the removed ToDo ids
   */
  public abstract List<String> removedTodos();

  /**
   * Returns the ids of ToDos both versions have, with different attributes.
   *
   * @return the changed ToDo ids
   */
  public abstract List<String> changedTodos();

  /**
   * Tells whether the continuation point's milestone or deadline changed.
   *
   * @return true when it changed
   */
  public abstract boolean continuationPointChanged();

  /**
   * Tells whether the stall threshold changed.
   *
   * @return true when it changed
   */
  public abstract boolean stallThresholdChanged();

  /**
   * Tells whether the two versions define the same program.
   *
   * @return true when nothing was added, removed or changed
   */
  public boolean isEmpty() {
    return addedMilestones().isEmpty() && removedMilestones().isEmpty()
        && changedMilestones().isEmpty() && addedTodos().isEmpty() && removedTodos().isEmpty()
        && changedTodos().isEmpty() && !continuationPointChanged() && !stallThresholdChanged();
  }

  /**
   * Compares two versions of one program.
   *
   * @param from the older version
   * @param to the newer version
   * @return the changes from {@code from} to {@code to}
   * @throws InvalidProgramException if the two have different program ids
   */
  public static ProgramChanges between(OnboardingProgram from, OnboardingProgram to) {
    if (!from.id().equals(to.id())) {
      throw new InvalidProgramException(ProgramRule.SAME_PROGRAM,
          "program '" + from.id() + "' version " + from.version() + " cannot be compared with"
              + " program '" + to.id() + "' version " + to.version());
    }

    ImmutableProgramChanges.Builder changes = ImmutableProgramChanges.builder()
        .fromVersion(from.version())
        .toVersion(to.version())
        .continuationPointChanged(!from.continuationPoint().equals(to.continuationPoint()))
        .stallThresholdChanged(from.stallThresholdDays() != to.stallThresholdDays());

    Diff milestones = Diff.of(from.roadmap().milestones(), to.roadmap().milestones(),
        Milestone::id);
    changes.addedMilestones(milestones.added)
        .removedMilestones(milestones.removed)
        .changedMilestones(milestones.changed);

    Diff todos = Diff.of(from.todos(), to.todos(), ToDo::id);
    changes.addedTodos(todos.added).removedTodos(todos.removed).changedTodos(todos.changed);
    return changes.build();
  }

  /** Added, removed and changed ids between two lists of values keyed by id. */
  private static final class Diff {
    final List<String> added = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final List<String> changed = new ArrayList<>();

    static <T> Diff of(List<T> older, List<T> newer, Function<T, String> id) {
      Map<String, T> olderById = new LinkedHashMap<>();
      older.forEach(value -> olderById.put(id.apply(value), value));
      Map<String, T> newerById = new LinkedHashMap<>();
      newer.forEach(value -> newerById.put(id.apply(value), value));

      Diff diff = new Diff();
      for (T value : newer) {
        T previous = olderById.get(id.apply(value));
        if (previous == null) {
          diff.added.add(id.apply(value));
        } else if (!previous.equals(value)) {
          diff.changed.add(id.apply(value));
        }
      }
      for (String oldId : olderById.keySet()) {
        if (!newerById.containsKey(oldId)) {
          diff.removed.add(oldId);
        }
      }
      return diff;
    }
  }
}
