package dev.valueroadmap.onboarding.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.ImmutableToDo;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of valid domain values, shared by the property tests of every
 * module. Each generator builds values that satisfy the rules by construction, so that no
 * generated case is thrown away.
 */
public final class Generators {

  private Generators() {
  }

  /**
   * Returns the property-test runner: a fixed seed, so that a run can be repeated, unless
   * the system property {@code qt.seed} sets another one.
   */
  public static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(Long.getLong("qt.seed", 20_261_204L)).withExamples(200);
  }

  /** Returns a generator of valid programs: 1 to 6 milestones, 1 to 5 ToDos each. */
  public static Gen<OnboardingProgram> programs() {
    return in -> program(in, 6, 5);
  }

  /** Returns a generator of touch models. */
  public static Gen<TouchModel> touchModels() {
    return in -> pick(in, TouchModel.values());
  }

  private static OnboardingProgram program(RandomnessSource in, int maxMilestones,
      int maxTodosPerMilestone) {
    int milestoneCount = between(in, 1, maxMilestones);
    List<Milestone> milestones = new ArrayList<>();
    int day = between(in, 0, 10);
    for (int m = 0; m < milestoneCount; m++) {
      day += between(in, 0, 20);
      milestones.add(Milestone.of("m" + m, "Milestone " + m, "Value " + m, day));
    }

    List<ToDo> todos = new ArrayList<>();
    for (Milestone milestone : milestones) {
      int count = between(in, 1, maxTodosPerMilestone);
      for (int t = 0; t < count; t++) {
        todos.add(todo(in, "t" + todos.size(), milestone, todos));
      }
    }

    Milestone point = milestones.get(between(in, 0, milestoneCount - 1));
    return OnboardingProgram.builder()
        .id("p" + between(in, 0, 3))
        .version(between(in, 1, 5))
        .roadmap(ValueRoadmap.of(milestones))
        .todos(todos)
        .continuationPoint(ContinuationPoint.of(point.id(),
            point.targetDay() + between(in, 0, 30)))
        .stallThresholdDays(between(in, 1, 30))
        .build();
  }

  private static ToDo todo(RandomnessSource in, String id, Milestone milestone,
      List<ToDo> earlier) {
    Set<TouchModel> touchModels = EnumSet.noneOf(TouchModel.class);
    for (TouchModel touchModel : TouchModel.values()) {
      if (between(in, 0, 2) > 0) {
        touchModels.add(touchModel);
      }
    }
    if (touchModels.isEmpty()) {
      touchModels.add(pick(in, TouchModel.values()));
    }

    ImmutableToDo.Builder todo = ToDo.builder()
        .id(id)
        .title("Do " + id)
        .side(pick(in, Side.values()))
        .milestoneId(milestone.id())
        .dueDay(between(in, 0, milestone.targetDay()))
        .touchModels(touchModels);
    for (TouchModel touchModel : touchModels) {
      if (between(in, 0, 3) > 0) {
        todo.putCsEffortMinutes(touchModel, between(in, 0, 120));
      }
    }

    int prerequisites = earlier.isEmpty() ? 0 : between(in, 0, Math.min(3, earlier.size()));
    List<String> chosen = new ArrayList<>();
    for (int p = 0; p < prerequisites; p++) {
      String candidate = earlier.get(between(in, 0, earlier.size() - 1)).id();
      if (!chosen.contains(candidate)) {
        chosen.add(candidate);
      }
    }
    return todo.prerequisites(chosen).build();
  }

  /** Draws an int from {@code min} to {@code max}, both included. */
  public static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  /** Draws one of the values. */
  public static <T> T pick(RandomnessSource in, T[] values) {
    return values[between(in, 0, values.length - 1)];
  }
}
