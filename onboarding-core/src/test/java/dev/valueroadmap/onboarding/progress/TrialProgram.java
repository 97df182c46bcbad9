package dev.valueroadmap.onboarding.progress;

import static dev.valueroadmap.onboarding.program.Side.CS;
import static dev.valueroadmap.onboarding.program.Side.CUSTOMER;
import static dev.valueroadmap.onboarding.program.TouchModel.HIGH_TOUCH;
import static dev.valueroadmap.onboarding.program.TouchModel.LOW_TOUCH;
import static dev.valueroadmap.onboarding.program.TouchModel.TECH_TOUCH;

import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.ImmutableToDo;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import java.util.EnumSet;

/**
 * A small program for hand-worked cases. Due days and target days, counted from the start:
 *
 * <pre>
 * kickoff (target 7)   send-welcome  CS        due 2
 *                      name-owner    customer  due 5   after send-welcome
 * live (target 30)     connect-data  customer  due 20  after name-owner
 *                      check-data    CS        due 25  after connect-data
 * adopted (target 60)  train-team    CS        due 45  after check-data, high and low touch
 *                      watch-course  customer  due 45  after check-data, tech touch
 *                      weekly-use    customer  due 60  after check-data
 * </pre>
 *
 * The continuation point is "live" with its exam on day 40; the stall threshold is 14 days.
 * A high-touch account counts 6 ToDos.
 */
final class TrialProgram {

  static final String ID = "trial";

  private TrialProgram() {
  }

  static OnboardingProgram v1() {
    return OnboardingProgram.builder()
        .id(ID)
        .version(1)
        .roadmap(ValueRoadmap.of(
            Milestone.of("kickoff", "Kickoff", "We know the plan", 7),
            Milestone.of("live", "Live", "Our data is in", 30),
            Milestone.of("adopted", "Adopted", "The team uses it", 60)))
        .addTodos(todo("send-welcome", CS, "kickoff", 2).build())
        .addTodos(todo("name-owner", CUSTOMER, "kickoff", 5)
            .addPrerequisites("send-welcome").build())
        .addTodos(todo("connect-data", CUSTOMER, "live", 20)
            .addPrerequisites("name-owner").build())
        .addTodos(todo("check-data", CS, "live", 25)
            .addPrerequisites("connect-data").build())
        .addTodos(todo("train-team", CS, "adopted", 45)
            .addPrerequisites("check-data").touchModels(EnumSet.of(HIGH_TOUCH, LOW_TOUCH))
            .build())
        .addTodos(todo("watch-course", CUSTOMER, "adopted", 45)
            .addPrerequisites("check-data").touchModels(EnumSet.of(TECH_TOUCH)).build())
        .addTodos(todo("weekly-use", CUSTOMER, "adopted", 60)
            .addPrerequisites("check-data").build())
        .continuationPoint(ContinuationPoint.of("live", 40))
        .stallThresholdDays(14)
        .build();
  }

  private static ImmutableToDo.Builder todo(String id, Side side,
      String milestoneId, int dueDay) {
    return ToDo.builder().id(id).title("Do " + id).side(side).milestoneId(milestoneId)
        .dueDay(dueDay);
  }
}
