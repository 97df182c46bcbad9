package dev.valueroadmap.onboarding.fuzzing;

import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ProgramRule;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The raw attributes of a program before any builder has checked them, and an independent
 * statement of every {@link ProgramRule} over them, so that a fuzz test can tell whether a
 * builder was right to accept or to reject them.
 */
final class ProgramParts {

  /** The id rule restated from its documentation: a slug of at most 64 characters. */
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  /** A milestone's attributes. */
  record MilestoneParts(String id, String title, String valueStatement, int targetDay) {
  }

  /** A ToDo's attributes. */
  record ToDoParts(String id, String title, Side side, String milestoneId, int dueDay,
      List<String> prerequisites, Set<TouchModel> touchModels,
      Map<TouchModel, Integer> csEffortMinutes) {
  }

  String id;
  int version;
  int stallThresholdDays;
  final List<MilestoneParts> milestones = new ArrayList<>();
  final List<ToDoParts> todos = new ArrayList<>();
  String pointMilestoneId;
  int deadlineDay;

  /** Returns the parts of a valid program. */
  static ProgramParts of(OnboardingProgram program) {
    ProgramParts parts = new ProgramParts();
    parts.id = program.id();
    parts.version = program.version();
    parts.stallThresholdDays = program.stallThresholdDays();
    for (Milestone milestone : program.roadmap().milestones()) {
      parts.milestones.add(new MilestoneParts(milestone.id(), milestone.title(),
          milestone.valueStatement(), milestone.targetDay()));
    }
    for (ToDo todo : program.todos()) {
      parts.todos.add(new ToDoParts(todo.id(), todo.title(), todo.side(), todo.milestoneId(),
          todo.dueDay(), todo.prerequisites(), todo.touchModels(), todo.csEffortMinutes()));
    }
    parts.pointMilestoneId = program.continuationPoint().milestoneId();
    parts.deadlineDay = program.continuationPoint().deadlineDay();
    return parts;
  }

  /**
   * Builds the program through the public builders, part by part.
   *
   * @throws dev.valueroadmap.onboarding.program.InvalidProgramException if a part breaks a
   *     rule
   */
  OnboardingProgram build() {
    List<Milestone> builtMilestones = new ArrayList<>();
    for (MilestoneParts milestone : milestones) {
      builtMilestones.add(Milestone.builder().id(milestone.id()).title(milestone.title())
          .valueStatement(milestone.valueStatement()).targetDay(milestone.targetDay()).build());
    }
    ValueRoadmap roadmap = ValueRoadmap.of(builtMilestones);

    List<ToDo> builtTodos = new ArrayList<>();
    for (ToDoParts todo : todos) {
      builtTodos.add(ToDo.builder().id(todo.id()).title(todo.title()).side(todo.side())
          .milestoneId(todo.milestoneId()).dueDay(todo.dueDay())
          .prerequisites(todo.prerequisites()).touchModels(todo.touchModels())
          .csEffortMinutes(todo.csEffortMinutes()).build());
    }
    ContinuationPoint point = ContinuationPoint.of(pointMilestoneId, deadlineDay);

    return OnboardingProgram.builder().id(id).version(version).roadmap(roadmap)
        .todos(builtTodos).continuationPoint(point).stallThresholdDays(stallThresholdDays)
        .build();
  }

  /** Returns every rule that the parts break, each checked on its own. */
  Set<ProgramRule> brokenRules() {
    Set<ProgramRule> broken = EnumSet.noneOf(ProgramRule.class);
    checkMilestones(broken);
    checkTodos(broken);
    checkPrerequisites(broken);

    requireSlug(broken, id);
    requireSlug(broken, pointMilestoneId);
    requireDay(broken, deadlineDay);
    if (version < 1) {
      broken.add(ProgramRule.VERSION_POSITIVE);
    }
    if (stallThresholdDays < 1) {
      broken.add(ProgramRule.STALL_THRESHOLD_POSITIVE);
    }
    MilestoneParts point = milestone(pointMilestoneId);
    if (point == null) {
      broken.add(ProgramRule.CONTINUATION_MILESTONE_EXISTS);
    } else if (deadlineDay < point.targetDay()) {
      broken.add(ProgramRule.DEADLINE_NOT_BEFORE_TARGET);
    }
    for (MilestoneParts milestone : milestones) {
      if (todos.stream().noneMatch(todo -> todo.milestoneId().equals(milestone.id()))) {
        broken.add(ProgramRule.MILESTONE_HAS_TODOS);
      }
    }
    return broken;
  }

  private void checkMilestones(Set<ProgramRule> broken) {
    if (milestones.isEmpty()) {
      broken.add(ProgramRule.ROADMAP_NOT_EMPTY);
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < milestones.size(); i++) {
      MilestoneParts milestone = milestones.get(i);
      requireSlug(broken, milestone.id());
      requireText(broken, milestone.title());
      requireText(broken, milestone.valueStatement());
      requireDay(broken, milestone.targetDay());
      if (!ids.add(milestone.id())) {
        broken.add(ProgramRule.MILESTONE_ID_UNIQUE);
      }
      if (i > 0 && milestone.targetDay() < milestones.get(i - 1).targetDay()) {
        broken.add(ProgramRule.TARGET_DAYS_ORDERED);
      }
    }
  }

  private void checkTodos(Set<ProgramRule> broken) {
    Set<String> ids = new HashSet<>();
    int furthestPosition = 0;
    for (ToDoParts todo : todos) {
      requireSlug(broken, todo.id());
      requireText(broken, todo.title());
      requireSlug(broken, todo.milestoneId());
      requireDay(broken, todo.dueDay());
      if (!ids.add(todo.id())) {
        broken.add(ProgramRule.TODO_ID_UNIQUE);
      }
      if (todo.touchModels().isEmpty()) {
        broken.add(ProgramRule.TOUCH_MODEL_REQUIRED);
      }
      for (Map.Entry<TouchModel, Integer> effort : todo.csEffortMinutes().entrySet()) {
        if (effort.getValue() < 0 || !todo.touchModels().contains(effort.getKey())) {
          broken.add(ProgramRule.EFFORT_VALID);
        }
      }

      int position = milestonePosition(todo.milestoneId());
      if (position < 0) {
        broken.add(ProgramRule.TODO_MILESTONE_EXISTS);
        continue;
      }
      if (position < furthestPosition) {
        broken.add(ProgramRule.CHECKLIST_FOLLOWS_ROADMAP);
      }
      furthestPosition = Math.max(furthestPosition, position);
      if (todo.dueDay() > milestones.get(position).targetDay()) {
        broken.add(ProgramRule.DUE_BY_MILESTONE_TARGET);
      }
    }
  }

  private void checkPrerequisites(Set<ProgramRule> broken) {
    Map<String, Integer> firstPosition = new HashMap<>();
    for (int i = 0; i < todos.size(); i++) {
      firstPosition.putIfAbsent(todos.get(i).id(), i);
    }
    for (int i = 0; i < todos.size(); i++) {
      ToDoParts todo = todos.get(i);
      Set<String> listed = new HashSet<>();
      for (String prerequisite : todo.prerequisites()) {
        if (prerequisite.equals(todo.id())) {
          broken.add(ProgramRule.PREREQUISITE_NOT_SELF);
        }
        if (!listed.add(prerequisite)) {
          broken.add(ProgramRule.PREREQUISITE_UNIQUE);
        }
        Integer position = firstPosition.get(prerequisite);
        if (position == null) {
          broken.add(ProgramRule.PREREQUISITE_EXISTS);
        } else if (position > i) {
          broken.add(ProgramRule.PREREQUISITE_EARLIER);
        }
      }
    }
  }

  private MilestoneParts milestone(String milestoneId) {
    int position = milestonePosition(milestoneId);
    return position < 0 ? null : milestones.get(position);
  }

  /** Returns the first position of a milestone id, or -1. */
  private int milestonePosition(String milestoneId) {
    for (int i = 0; i < milestones.size(); i++) {
      if (milestones.get(i).id().equals(milestoneId)) {
        return i;
      }
    }
    return -1;
  }

  private static void requireSlug(Set<ProgramRule> broken, String id) {
    if (!SLUG.matcher(id).matches()) {
      broken.add(ProgramRule.ID_FORMAT);
    }
  }

  private static void requireText(Set<ProgramRule> broken, String text) {
    if (text.isBlank()) {
      broken.add(ProgramRule.TEXT_NOT_BLANK);
    }
  }

  private static void requireDay(Set<ProgramRule> broken, int day) {
    if (day < 0) {
      broken.add(ProgramRule.DAY_NOT_NEGATIVE);
    }
  }
}
