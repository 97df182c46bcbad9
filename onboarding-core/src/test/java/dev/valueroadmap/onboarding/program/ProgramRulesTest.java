package dev.valueroadmap.onboarding.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ProgramRulesTest {

  private static final ValueRoadmap ROADMAP = ValueRoadmap.of(
      Milestone.of("kickoff", "Kickoff", "We know the plan", 7),
      Milestone.of("live", "Live", "Our data is in", 30));

  private static InvalidProgramException assertRule(ProgramRule rule, Executable build,
      String... named) {
    InvalidProgramException error = assertThrows(InvalidProgramException.class, build);
    assertEquals(rule, error.rule());
    assertTrue(error.getMessage().contains(rule.statement()),
        () -> "message states the rule: " + error.getMessage());
    for (String part : named) {
      assertTrue(error.getMessage().contains(part),
          () -> "message names " + part + ": " + error.getMessage());
    }
    return error;
  }

  private static ImmutableToDo.Builder todo(String id, String milestoneId, int dueDay) {
    return ToDo.builder().id(id).title("Do " + id).side(Side.CS).milestoneId(milestoneId)
        .dueDay(dueDay);
  }

  /** One ToDo for each milestone of {@link #ROADMAP}. */
  private static List<ToDo> oneTodoEach() {
    return List.of(todo("call", "kickoff", 1).build(), todo("load", "live", 20).build());
  }

  private static OnboardingProgram program(List<ToDo> todos) {
    return OnboardingProgram.builder().id("p").version(1).roadmap(ROADMAP).todos(todos)
        .continuationPoint(ContinuationPoint.of("live")).build();
  }

  @Test
  void milestoneIdMustBeSlug() {
    assertRule(ProgramRule.ID_FORMAT, () -> Milestone.of("Data Connected", "t", "v", 1),
        "'Data Connected'");
    assertRule(ProgramRule.ID_FORMAT, () -> Milestone.of("", "t", "v", 1), "''");
    assertRule(ProgramRule.ID_FORMAT, () -> Milestone.of("-lead", "t", "v", 1), "'-lead'");
  }

  @Test
  void milestoneTitleMustNotBeBlank() {
    assertRule(ProgramRule.TEXT_NOT_BLANK, () -> Milestone.of("kickoff", " ", "v", 1),
        "title", "'kickoff'");
  }

  @Test
  void milestoneTargetDayMustNotBeNegative() {
    assertRule(ProgramRule.DAY_NOT_NEGATIVE, () -> Milestone.of("kickoff", "t", "v", -1),
        "'kickoff'", "-1");
  }

  @Test
  void nullAttributeIsNamed() {
    NullPointerException error = assertThrows(NullPointerException.class,
        () -> Milestone.of("kickoff", null, "v", 1));
    assertTrue(error.getMessage().contains("title"), error.getMessage());
  }

  @Test
  void roadmapMustNotBeEmpty() {
    assertRule(ProgramRule.ROADMAP_NOT_EMPTY, () -> ValueRoadmap.of(List.of()));
  }

  @Test
  void milestoneIdsMustBeUnique() {
    assertRule(ProgramRule.MILESTONE_ID_UNIQUE, () -> ValueRoadmap.of(
        Milestone.of("kickoff", "a", "v", 1), Milestone.of("kickoff", "b", "v", 2)),
        "'kickoff'", "0", "1");
  }

  @Test
  void targetDaysMustNotDecrease() {
    assertRule(ProgramRule.TARGET_DAYS_ORDERED, () -> ValueRoadmap.of(
        Milestone.of("kickoff", "a", "v", 10), Milestone.of("live", "b", "v", 9)),
        "'live'", "9", "10", "'kickoff'");
  }

  @Test
  void equalTargetDaysAreAllowed() {
    ValueRoadmap roadmap = ValueRoadmap.of(
        Milestone.of("kickoff", "a", "v", 10), Milestone.of("live", "b", "v", 10));
    assertEquals(List.of("kickoff", "live"), roadmap.milestoneIds());
  }

  @Test
  void todoIdsMustBeUnique() {
    assertRule(ProgramRule.TODO_ID_UNIQUE, () -> program(List.of(
        todo("call", "kickoff", 1).build(), todo("call", "live", 2).build())),
        "'call'", "0", "1");
  }

  @Test
  void todoMilestoneMustExist() {
    assertRule(ProgramRule.TODO_MILESTONE_EXISTS,
        () -> program(List.of(todo("call", "launch", 1).build())), "'call'", "'launch'");
  }

  @Test
  void checklistMustFollowRoadmap() {
    assertRule(ProgramRule.CHECKLIST_FOLLOWS_ROADMAP, () -> program(List.of(
        todo("load", "live", 20).build(), todo("call", "kickoff", 1).build())),
        "'call'", "'kickoff'", "'load'", "'live'");
  }

  @Test
  void todoMustBeDueByMilestoneTarget() {
    assertRule(ProgramRule.DUE_BY_MILESTONE_TARGET,
        () -> program(List.of(todo("call", "kickoff", 8).build())),
        "'call'", "day 8", "target day 7", "'kickoff'");
  }

  @Test
  void everyMilestoneNeedsATodo() {
    assertRule(ProgramRule.MILESTONE_HAS_TODOS,
        () -> program(List.of(todo("call", "kickoff", 1).build())), "'live'", "'p'");
    assertRule(ProgramRule.MILESTONE_HAS_TODOS, () -> program(List.of()), "'kickoff'");
  }

  @Test
  void todoDueDayMustNotBeNegative() {
    assertRule(ProgramRule.DAY_NOT_NEGATIVE, () -> todo("call", "kickoff", -3).build(),
        "'call'", "-3");
  }

  @Test
  void todoMustApplyToSomeTouchModel() {
    assertRule(ProgramRule.TOUCH_MODEL_REQUIRED,
        () -> todo("call", "kickoff", 1).touchModels(EnumSet.noneOf(TouchModel.class)).build(),
        "'call'");
  }

  @Test
  void effortMustNotBeNegative() {
    assertRule(ProgramRule.EFFORT_VALID,
        () -> todo("call", "kickoff", 1).putCsEffortMinutes(TouchModel.LOW_TOUCH, -5).build(),
        "'call'", "-5", "LOW_TOUCH");
  }

  @Test
  void effortOnlyForAppliedTouchModels() {
    assertRule(ProgramRule.EFFORT_VALID,
        () -> todo("call", "kickoff", 1).touchModels(EnumSet.of(TouchModel.HIGH_TOUCH))
            .putCsEffortMinutes(TouchModel.TECH_TOUCH, 5).build(),
        "'call'", "TECH_TOUCH", "HIGH_TOUCH");
  }

  @Test
  void todoCannotRequireItself() {
    assertRule(ProgramRule.PREREQUISITE_NOT_SELF,
        () -> todo("call", "kickoff", 1).addPrerequisites("call").build(), "'call'");
  }

  @Test
  void prerequisiteListedOnce() {
    assertRule(ProgramRule.PREREQUISITE_UNIQUE,
        () -> todo("call", "kickoff", 1).addPrerequisites("plan", "plan").build(),
        "'call'", "'plan'");
  }

  @Test
  void prerequisiteMustExist() {
    assertRule(ProgramRule.PREREQUISITE_EXISTS,
        () -> program(List.of(todo("call", "kickoff", 1).addPrerequisites("plan").build())),
        "'call'", "'plan'", "'p'");
  }

  @Test
  void prerequisiteMustComeEarlier() {
    assertRule(ProgramRule.PREREQUISITE_EARLIER, () -> program(List.of(
        todo("call", "kickoff", 1).addPrerequisites("plan").build(),
        todo("plan", "kickoff", 2).build())),
        "'call'", "'plan'", "position 0", "position 1");
  }

  @Test
  void requirementChainNamesAllThree() {
    // b requires a and c requires b; a is placed after c.
    List<ToDo> todos = new ArrayList<>(List.of(
        todo("c", "kickoff", 1).addPrerequisites("b").build(),
        todo("b", "kickoff", 1).addPrerequisites("a").build(),
        todo("a", "kickoff", 1).build()));
    assertRule(ProgramRule.PREREQUISITE_EARLIER, () -> program(todos), "c -> b -> a");

    List<ToDo> middle = List.of(
        todo("b", "kickoff", 1).addPrerequisites("a").build(),
        todo("c", "kickoff", 1).addPrerequisites("b").build(),
        todo("a", "kickoff", 1).build());
    assertRule(ProgramRule.PREREQUISITE_EARLIER, () -> program(middle), "c -> b -> a");
  }

  @Test
  void cycleIsRejected() {
    assertRule(ProgramRule.PREREQUISITE_EARLIER, () -> program(List.of(
        todo("a", "kickoff", 1).addPrerequisites("b").build(),
        todo("b", "kickoff", 1).addPrerequisites("a").build())),
        "'a'", "'b'");
  }

  @Test
  void continuationMilestoneMustExist() {
    assertRule(ProgramRule.CONTINUATION_MILESTONE_EXISTS, () -> OnboardingProgram.builder()
        .id("p").version(1).roadmap(ROADMAP).continuationPoint(ContinuationPoint.of("renewal"))
        .build(), "'renewal'", "[kickoff, live]");
  }

  @Test
  void deadlineNotBeforeTarget() {
    assertRule(ProgramRule.DEADLINE_NOT_BEFORE_TARGET, () -> OnboardingProgram.builder()
        .id("p").version(1).roadmap(ROADMAP)
        .continuationPoint(ContinuationPoint.of("live", 29)).build(),
        "day 29", "target day 30", "'live'");
  }

  @Test
  void deadlineDefaultsToDayNinety() {
    assertEquals(90, ContinuationPoint.of("live").deadlineDay());
  }

  @Test
  void versionMustBePositive() {
    assertRule(ProgramRule.VERSION_POSITIVE, () -> OnboardingProgram.builder()
        .id("p").version(0).roadmap(ROADMAP).continuationPoint(ContinuationPoint.of("live"))
        .build(), "'p'", "version 0");
  }

  @Test
  void stallThresholdMustBePositive() {
    assertRule(ProgramRule.STALL_THRESHOLD_POSITIVE, () -> OnboardingProgram.builder()
        .id("p").version(1).roadmap(ROADMAP).continuationPoint(ContinuationPoint.of("live"))
        .stallThresholdDays(0).build(), "'p'", "0 days");
  }

  @Test
  void stallThresholdDefaultsToFourteen() {
    assertEquals(14, program(oneTodoEach()).stallThresholdDays());
  }

  @Test
  void programIdMustBeSlug() {
    assertRule(ProgramRule.ID_FORMAT, () -> OnboardingProgram.builder()
        .id("P 1").version(1).roadmap(ROADMAP).continuationPoint(ContinuationPoint.of("live"))
        .build(), "'P 1'");
  }

  @Test
  void versionsOfDifferentProgramsAreNotCompared() {
    OnboardingProgram first = program(oneTodoEach());
    OnboardingProgram other = ImmutableOnboardingProgram.copyOf(first).withId("q");
    assertRule(ProgramRule.SAME_PROGRAM, () -> ProgramChanges.between(first, other),
        "'p'", "'q'");
  }
}
