package dev.valueroadmap.onboarding.program;

import static dev.valueroadmap.onboarding.testing.Generators.programs;
import static dev.valueroadmap.onboarding.testing.Generators.qt;
import static dev.valueroadmap.onboarding.testing.Generators.touchModels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ProgramPropertiesTest {

  @Test
  void buildingTwiceGivesEqualValues() {
    qt().forAll(programs()).checkAssert(program -> {
      OnboardingProgram again = OnboardingProgram.builder()
          .id(program.id())
          .version(program.version())
          .roadmap(ValueRoadmap.of(new ArrayList<>(program.roadmap().milestones())))
          .todos(new ArrayList<>(program.todos()))
          .continuationPoint(ContinuationPoint.of(program.continuationPoint().milestoneId(),
              program.continuationPoint().deadlineDay()))
          .stallThresholdDays(program.stallThresholdDays())
          .build();
      assertEquals(program, again);
      assertEquals(program.hashCode(), again.hashCode());
    });
  }

  @Test
  void effortTotalsSumApplicableTodos() {
    qt().forAll(programs(), touchModels()).checkAssert((program, touchModel) -> {
      long expected = 0;
      for (ToDo todo : program.todos()) {
        if (todo.touchModels().contains(touchModel)) {
          Integer minutes = todo.csEffortMinutes().get(touchModel);
          expected += minutes == null ? 0 : minutes;
        }
      }
      assertEquals(expected, program.totalCsEffortMinutes(touchModel));
    });
  }

  @Test
  void comparingVersionWithItselfFindsNothing() {
    qt().forAll(programs()).checkAssert(program -> {
      ProgramChanges changes = ProgramChanges.between(program, program);
      assertTrue(changes.isEmpty(), changes::toString);
    });
  }

  @Test
  void droppingLastTodoIsReportedAsRemoval() {
    AtomicInteger removed = new AtomicInteger();
    qt().forAll(programs()).checkAssert(program -> {
      ToDo last = program.todos().get(program.todos().size() - 1);
      List<ToDo> fewer = program.todos().subList(0, program.todos().size() - 1);
      boolean required = fewer.stream().anyMatch(t -> t.prerequisites().contains(last.id()));
      boolean onlyTodoOfMilestone = fewer.stream()
          .noneMatch(t -> t.milestoneId().equals(last.milestoneId()));
      if (required || onlyTodoOfMilestone) {
        return;
      }
      OnboardingProgram next = ImmutableOnboardingProgram.copyOf(program)
          .withVersion(program.version() + 1).withTodos(fewer);
      ProgramChanges changes = ProgramChanges.between(program, next);
      removed.incrementAndGet();
      assertEquals(List.of(last.id()), changes.removedTodos());
      assertEquals(List.of(), changes.addedTodos());
      assertEquals(List.of(), changes.changedTodos());
    });
    assertTrue(removed.get() > 50, "programs with a removable ToDo: " + removed.get());
  }

  @Test
  void generatedProgramsSatisfyEveryRule() {
    AtomicInteger withPrerequisites = new AtomicInteger();
    qt().forAll(programs()).checkAssert(program -> {
      List<Milestone> milestones = program.roadmap().milestones();
      Map<String, Integer> milestoneIndex = new HashMap<>();
      for (int i = 0; i < milestones.size(); i++) {
        assertTrue(milestoneIndex.put(milestones.get(i).id(), i) == null, "unique milestone");
        if (i > 0) {
          assertTrue(milestones.get(i).targetDay() >= milestones.get(i - 1).targetDay());
        }
      }

      Set<String> earlierTodos = new HashSet<>();
      int lastMilestone = 0;
      for (ToDo todo : program.todos()) {
        Integer index = milestoneIndex.get(todo.milestoneId());
        assertTrue(index != null, "milestone exists");
        assertTrue(index >= lastMilestone, "checklist follows roadmap");
        assertTrue(todo.dueDay() <= milestones.get(index).targetDay(), "due by target");
        assertTrue(!todo.touchModels().isEmpty(), "touch model");
        for (String prerequisite : todo.prerequisites()) {
          assertTrue(earlierTodos.contains(prerequisite), "prerequisite earlier");
        }
        if (!todo.prerequisites().isEmpty()) {
          withPrerequisites.incrementAndGet();
        }
        assertTrue(earlierTodos.add(todo.id()), "unique ToDo");
        lastMilestone = index;
      }

      ContinuationPoint point = program.continuationPoint();
      Integer pointIndex = milestoneIndex.get(point.milestoneId());
      assertTrue(pointIndex != null, "continuation milestone exists");
      assertTrue(point.deadlineDay() >= milestones.get(pointIndex).targetDay());
      assertTrue(program.version() >= 1);
      assertTrue(program.stallThresholdDays() >= 1);
    });
    assertTrue(withPrerequisites.get() > 100, "generated prerequisites: " + withPrerequisites);
  }
}
