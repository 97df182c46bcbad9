package dev.valueroadmap.onboarding.json;

import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.ProgramRule;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the value in a program document that breaks a rule the core reported when the
 * roadmap or the program was built. The core checks the elements in order and stops at the
 * first broken rule, so the first element that breaks the reported rule is the one it
 * named.
 */
final class ProgramRuleLocator {

  /**
   * A JSON Pointer relative to the program object, and the index of the ToDo it lies in.
   *
   * @param pointer the pointer, such as {@code /todos/3/prerequisites/0}
   * @param todoIndex the index of the ToDo, or -1 when the value lies outside the ToDos
   */
  record Location(String pointer, int todoIndex) {
  }

  private ProgramRuleLocator() {
  }

  /** Returns the index of the milestone that breaks a roadmap rule, or -1 if none does. */
  static int milestoneIndex(ProgramRule rule, List<Milestone> milestones) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      boolean broken = switch (rule) {
        case MILESTONE_ID_UNIQUE -> !seen.add(milestone.id());
        case TARGET_DAYS_ORDERED ->
            i > 0 && milestone.targetDay() < milestones.get(i - 1).targetDay();
        default -> false;
      };
      if (broken) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the pointer suffix of the field inside a milestone that breaks a roadmap rule. */
  static String milestoneField(ProgramRule rule) {
    return rule == ProgramRule.TARGET_DAYS_ORDERED ? "/targetDay" : "/id";
  }

  /** Locates the value that breaks a program rule; the roadmap and the ToDos are valid. */
  static Location locate(ProgramRule rule, ValueRoadmap roadmap, List<ToDo> todos) {
    switch (rule) {
      case ID_FORMAT:
        return new Location("/id", -1);
      case VERSION_POSITIVE:
        return new Location("/version", -1);
      case STALL_THRESHOLD_POSITIVE:
        return new Location("/stallThresholdDays", -1);
      case CONTINUATION_MILESTONE_EXISTS:
        return new Location("/continuationPoint/milestoneId", -1);
      case DEADLINE_NOT_BEFORE_TARGET:
        return new Location("/continuationPoint/deadlineDay", -1);
      case PREREQUISITE_EXISTS:
      case PREREQUISITE_EARLIER:
        return locatePrerequisite(rule, todos);
      case MILESTONE_HAS_TODOS:
        return locateMilestoneWithoutTodos(roadmap, todos);
      default:
        return locateTodo(rule, roadmap, todos);
    }
  }

  private static Location locateTodo(ProgramRule rule, ValueRoadmap roadmap, List<ToDo> todos) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < todos.size(); i++) {
      ToDo todo = todos.get(i);
      int milestone = roadmap.indexOf(todo.milestoneId());
      String field = switch (rule) {
        case TODO_ID_UNIQUE -> seen.add(todo.id()) ? null : "/id";
        case TODO_MILESTONE_EXISTS -> milestone < 0 ? "/milestoneId" : null;
        case CHECKLIST_FOLLOWS_ROADMAP -> i > 0
            && milestone < roadmap.indexOf(todos.get(i - 1).milestoneId()) ? "/milestoneId" : null;
        case DUE_BY_MILESTONE_TARGET -> milestone >= 0
            && todo.dueDay() > roadmap.milestones().get(milestone).targetDay() ? "/dueDay" : null;
        default -> null;
      };
      if (field != null) {
        return new Location("/todos/" + i + field, i);
      }
    }
    return new Location("", -1);
  }

  private static Location locateMilestoneWithoutTodos(ValueRoadmap roadmap, List<ToDo> todos) {
    List<Milestone> milestones = roadmap.milestones();
    for (int k = 0; k < milestones.size(); k++) {
      String id = milestones.get(k).id();
      if (todos.stream().noneMatch(todo -> todo.milestoneId().equals(id))) {
        return new Location("/roadmap/milestones/" + k + "/id", -1);
      }
    }
    return new Location("", -1);
  }

  private static Location locatePrerequisite(ProgramRule rule, List<ToDo> todos) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < todos.size(); i++) {
      positions.put(todos.get(i).id(), i);
    }

    for (int i = 0; i < todos.size(); i++) {
      List<String> prerequisites = todos.get(i).prerequisites();
      for (int j = 0; j < prerequisites.size(); j++) {
        Integer position = positions.get(prerequisites.get(j));
        boolean broken = rule == ProgramRule.PREREQUISITE_EXISTS ? position == null
            : position != null && position > i;
        if (broken) {
          return new Location("/todos/" + i + "/prerequisites/" + j, i);
        }
      }
    }
    return new Location("", -1);
  }
}
