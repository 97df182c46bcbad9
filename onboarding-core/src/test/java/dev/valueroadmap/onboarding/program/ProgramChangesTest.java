package dev.valueroadmap.onboarding.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramChangesTest {

  @Test
  void listsAddedRemovedAndChangedByIdHandWorked() {
    OnboardingProgram v1 = SamplePrograms.b2bSaas();

    List<ToDo> todos = new ArrayList<>(v1.todos());
    // Drop the tech-touch kickoff video, retitle the welcome pack, add a survey at the end.
    todos.removeIf(todo -> todo.id().equals("watch-kickoff-video"));
    todos.set(0, ImmutableToDo.copyOf(todos.get(0)).withTitle("Send the welcome email"));
    todos.add(ToDo.builder().id("answer-onboarding-survey").title("Answer the survey")
        .side(Side.CUSTOMER).milestoneId("first-business-review").dueDay(90).build());

    List<Milestone> milestones = new ArrayList<>(v1.roadmap().milestones());
    milestones.set(1, ImmutableMilestone.copyOf(milestones.get(1)).withTargetDay(15));

    OnboardingProgram v2 = ImmutableOnboardingProgram.copyOf(v1).withVersion(2)
        .withTodos(todos).withRoadmap(ValueRoadmap.of(milestones))
        .withStallThresholdDays(10);

    ProgramChanges changes = ProgramChanges.between(v1, v2);
    assertEquals(1, changes.fromVersion());
    assertEquals(2, changes.toVersion());
    assertEquals(List.of(), changes.addedMilestones());
    assertEquals(List.of(), changes.removedMilestones());
    assertEquals(List.of("first-login"), changes.changedMilestones());
    assertEquals(List.of("answer-onboarding-survey"), changes.addedTodos());
    assertEquals(List.of("watch-kickoff-video"), changes.removedTodos());
    assertEquals(List.of("send-welcome-pack"), changes.changedTodos());
    assertTrue(changes.stallThresholdChanged());
    assertFalse(changes.continuationPointChanged());
    assertFalse(changes.isEmpty());
  }
}
