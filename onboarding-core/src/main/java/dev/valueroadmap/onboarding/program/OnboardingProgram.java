package dev.valueroadmap.onboarding.program;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One version of an onboarding program: the value roadmap, the checklist of ToDos that
 * reaches its milestones, the continuation point and the stall threshold.
 *
 * <p>The checklist follows the roadmap: every milestone has at least one ToDo, all ToDos of
 * a milestone come before those of any later milestone, each is due by its milestone's target
 * day, and each prerequisite comes earlier than the ToDo that requires it, so that
 * prerequisites can never form a cycle.
 * Building a program that breaks a rule throws an {@link InvalidProgramException} naming the
 * rule, the ids and the values. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OnboardingProgram {

  /** The default stall threshold: 14 days without progress. */
  public static final int DEFAULT_STALL_THRESHOLD_DAYS = 14;

  OnboardingProgram() {
  }

  /**
   * Returns the program's id, a lower-case slug shared by all its versions.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns the version of the program, counted from 1.
   *
   * @return the version, at least 1
   */
  public abstract int version();

  /**
   * Returns the value roadmap.
   *
   * @return the roadmap
   */
  public abstract ValueRoadmap roadmap();

  /**
   * Returns the ToDos in checklist order.
   *
   * @return the ToDos
   */
  public abstract List<ToDo> todos();

  /**
   * Returns the continuation point and its graduation-exam deadline.
   *
   * @return the continuation point
   */
  public abstract ContinuationPoint continuationPoint();

  /**
   * Returns how many days without progress, or how many days overdue, make an account
   * stalled.
   *
   * @return the threshold in days, 14 unless set
   */
  @Value.Default
  public int stallThresholdDays() {
    return DEFAULT_STALL_THRESHOLD_DAYS;
  }

  /**
   * Returns a builder for a program.
   *
   * @return a new builder
   */
  public static ImmutableOnboardingProgram.Builder builder() {
    return ImmutableOnboardingProgram.builder();
  }

  /**
   * Returns the ToDo with an id.
   *
   * @param todoId the ToDo id
   * @return the ToDo, or empty when the program has none with that id
   */
  public Optional<ToDo> todo(String todoId) {
    int index = checklistIndex(todoId);
    return index < 0 ? Optional.empty() : Optional.of(todos().get(index));
  }

  /**
   * Returns the position of a ToDo in the checklist.
   *
   * @param todoId the ToDo id
   * @return the zero-based position, or -1 when the program has no such ToDo
   */
  public int checklistIndex(String todoId) {
    Integer index = todoPositions().get(todoId);
    return index == null ? -1 : index;
  }

  /**
   * Returns the ToDos that lead to a milestone, in checklist order.
   *
   * @param milestoneId the milestone id
   * @return the ToDos, empty when the milestone has none or does not exist
   */
  public List<ToDo> todosOf(String milestoneId) {
    return todos().stream().filter(todo -> todo.milestoneId().equals(milestoneId)).toList();
  }

  /**
   * Returns the ToDos that apply to a touch model, in checklist order.
   *
   * @param touchModel the touch model
   * @return the ToDos
   */
  public List<ToDo> todosFor(TouchModel touchModel) {
    return todos().stream().filter(todo -> todo.appliesTo(touchModel)).toList();
  }

  /**
   * Returns the total CS effort that onboarding one account costs on a touch model: the sum
   * of the CS effort of every ToDo that applies to it, whichever side owns the ToDo.
   *
   * @param touchModel the touch model
   * @return the effort in minutes per account
   */
  public long totalCsEffortMinutes(TouchModel touchModel) {
    return csEffortTotals().get(touchModel);
  }

  /**
   * Returns the total CS effort per account for every touch model.
   *
   * @return minutes per account by touch model, with an entry for each touch model
   */
  @Value.Lazy
  public Map<TouchModel, Long> csEffortTotals() {
    Map<TouchModel, Long> totals = new EnumMap<>(TouchModel.class);
    for (TouchModel touchModel : TouchModel.values()) {
      long sum = 0;
      for (ToDo todo : todos()) {
        if (todo.appliesTo(touchModel)) {
          sum += todo.csEffortMinutes(touchModel);
        }
      }
      totals.put(touchModel, sum);
    }
    return Map.copyOf(totals);
  }

  @Value.Lazy
  Map<String, Integer> todoPositions() {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < todos().size(); i++) {
      positions.put(todos().get(i).id(), i);
    }
    return positions;
  }

  @Value.Check
  void check() {
    Checks.requireSlug("program id", id());
    if (version() < 1) {
      throw new InvalidProgramException(ProgramRule.VERSION_POSITIVE,
          "program '" + id() + "' has version " + version());
    }
    if (stallThresholdDays() < 1) {
      throw new InvalidProgramException(ProgramRule.STALL_THRESHOLD_POSITIVE,
          "program '" + id() + "' has a stall threshold of " + stallThresholdDays() + " days");
    }

    checkTodosAgainstRoadmap();
    checkPrerequisites();
    checkContinuationPoint();
    checkEveryMilestoneHasTodos();
  }

  private void checkEveryMilestoneHasTodos() {
    for (Milestone milestone : roadmap().milestones()) {
      if (todos().stream().noneMatch(todo -> todo.milestoneId().equals(milestone.id()))) {
        throw new InvalidProgramException(ProgramRule.MILESTONE_HAS_TODOS,
            "milestone '" + milestone.id() + "' has no ToDo in program '" + id() + "'");
      }
    }
  }

  private void checkTodosAgainstRoadmap() {
    Map<String, Integer> seen = new HashMap<>();
    int previousMilestone = 0;
    String previousTodo = null;
    for (int i = 0; i < todos().size(); i++) {
      ToDo todo = todos().get(i);
      Integer earlier = seen.putIfAbsent(todo.id(), i);
      if (earlier != null) {
        throw new InvalidProgramException(ProgramRule.TODO_ID_UNIQUE,
            "ToDo id '" + todo.id() + "' appears at checklist positions " + earlier + " and " + i);
      }

      int milestoneIndex = roadmap().indexOf(todo.milestoneId());
      if (milestoneIndex < 0) {
        throw new InvalidProgramException(ProgramRule.TODO_MILESTONE_EXISTS,
            "ToDo '" + todo.id() + "' leads to milestone '" + todo.milestoneId()
                + "', which is not in the roadmap " + roadmap().milestoneIds());
      }
      if (milestoneIndex < previousMilestone) {
        throw new InvalidProgramException(ProgramRule.CHECKLIST_FOLLOWS_ROADMAP,
            "ToDo '" + todo.id() + "' of milestone '" + todo.milestoneId() + "' comes after ToDo '"
                + previousTodo + "' of the later milestone '"
                + roadmap().milestones().get(previousMilestone).id() + "'");
      }

      Milestone milestone = roadmap().milestones().get(milestoneIndex);
      if (todo.dueDay() > milestone.targetDay()) {
        throw new InvalidProgramException(ProgramRule.DUE_BY_MILESTONE_TARGET,
            "ToDo '" + todo.id() + "' is due on day " + todo.dueDay() + ", after target day "
                + milestone.targetDay() + " of its milestone '" + milestone.id() + "'");
      }
      previousMilestone = milestoneIndex;
      previousTodo = todo.id();
    }
  }

  private void checkPrerequisites() {
    Map<String, Integer> positions = todoPositions();
    for (int i = 0; i < todos().size(); i++) {
      ToDo todo = todos().get(i);
      for (String prerequisite : todo.prerequisites()) {
        Integer position = positions.get(prerequisite);
        if (position == null) {
          throw new InvalidProgramException(ProgramRule.PREREQUISITE_EXISTS,
              "ToDo '" + todo.id() + "' requires '" + prerequisite
                  + "', which is not a ToDo of program '" + id() + "'");
        }
        if (position > i) {
          throw new InvalidProgramException(ProgramRule.PREREQUISITE_EARLIER,
              "ToDo '" + todo.id() + "' at checklist position " + i + " requires '" + prerequisite
                  + "' at position " + position + "; requirement chain: "
                  + String.join(" -> ", requirementChain(todo.id(), prerequisite)));
        }
      }
    }
  }

  /**
   * Returns a chain of ToDo ids through one bad requirement: the ToDos that require the
   * dependent one, the dependent, the prerequisite and what the prerequisite requires, so
   * that the message shows every ToDo a reader must move to repair the order.
   */
  private List<String> requirementChain(String dependent, String prerequisite) {
    Deque<String> chain = new ArrayDeque<>();
    Set<String> seen = new LinkedHashSet<>(List.of(dependent, prerequisite));
    chain.add(dependent);
    chain.add(prerequisite);

    String current = dependent;
    boolean extended = true;
    while (extended) {
      extended = false;
      for (ToDo todo : todos()) {
        if (todo.prerequisites().contains(current) && seen.add(todo.id())) {
          chain.addFirst(todo.id());
          current = todo.id();
          extended = true;
          break;
        }
      }
    }

    current = prerequisite;
    extended = true;
    while (extended) {
      extended = false;
      Optional<ToDo> todo = todo(current);
      if (todo.isPresent()) {
        for (String next : todo.get().prerequisites()) {
          if (seen.add(next)) {
            chain.addLast(next);
            current = next;
            extended = true;
            break;
          }
        }
      }
    }
    return new ArrayList<>(chain);
  }

  private void checkContinuationPoint() {
    ContinuationPoint point = continuationPoint();
    Optional<Milestone> milestone = roadmap().milestone(point.milestoneId());
    if (milestone.isEmpty()) {
      throw new InvalidProgramException(ProgramRule.CONTINUATION_MILESTONE_EXISTS,
          "the continuation point names milestone '" + point.milestoneId()
              + "', which is not in the roadmap " + roadmap().milestoneIds());
    }
    if (point.deadlineDay() < milestone.get().targetDay()) {
      throw new InvalidProgramException(ProgramRule.DEADLINE_NOT_BEFORE_TARGET,
          "the continuation point's deadline is day " + point.deadlineDay()
              + ", before target day " + milestone.get().targetDay() + " of milestone '"
              + point.milestoneId() + "'");
    }
  }
}
