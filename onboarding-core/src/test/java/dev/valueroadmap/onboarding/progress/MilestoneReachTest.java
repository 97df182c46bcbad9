package dev.valueroadmap.onboarding.progress;

import static dev.valueroadmap.onboarding.progress.ProgressEvent.completed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Milestones without ToDos for the account's touch model. */
class MilestoneReachTest {

  private static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);

  /** Three milestones; "setup" has only a high-touch ToDo. The exam is "use" on day 30. */
  private static OnboardingProgram program(EnumSet<TouchModel> kickoffAndUseModels) {
    return OnboardingProgram.builder()
        .id("small")
        .version(1)
        .roadmap(ValueRoadmap.of(
            Milestone.of("kickoff", "Kickoff", "We know the plan", 7),
            Milestone.of("setup", "Setup", "It is configured", 14),
            Milestone.of("use", "Use", "We use it", 30)))
        .addTodos(ToDo.builder().id("meet").title("Meet").side(Side.CS)
            .milestoneId("kickoff").dueDay(3).touchModels(kickoffAndUseModels).build())
        .addTodos(ToDo.builder().id("configure").title("Configure").side(Side.CS)
            .milestoneId("setup").dueDay(10).touchModels(EnumSet.of(TouchModel.HIGH_TOUCH))
            .build())
        .addTodos(ToDo.builder().id("use-it").title("Use it").side(Side.CUSTOMER)
            .milestoneId("use").dueDay(20).touchModels(kickoffAndUseModels).build())
        .continuationPoint(ContinuationPoint.of("use", 30))
        .build();
  }

  private static AccountState techAccount(OnboardingProgram program, ProgressEvent... events) {
    return AccountState.builder()
        .from(AccountState.start("acme", program, JAN_31, TouchModel.TECH_TOUCH))
        .addEvents(events)
        .build();
  }

  @Test
  void noTodosForTouchModelGraduatesOnStart() {
    OnboardingProgram highTouchOnly = program(EnumSet.of(TouchModel.HIGH_TOUCH));
    ProgressEvaluator evaluator = ProgressEvaluator.of(highTouchOnly);

    ProgressReport onStart = evaluator.evaluate(techAccount(highTouchOnly), JAN_31);

    assertEquals(0, onStart.countingTodoCount());
    assertEquals(100.0, onStart.percentComplete());
    assertEquals(Optional.of("use"), onStart.furthestMilestone());
    assertEquals(Optional.of(JAN_31), onStart.continuationPointReachedOn());
    assertEquals(OptionalLong.of(0), onStart.timeToFirstValueDays());
    assertEquals(ProgressStatus.GRADUATED, onStart.status());
    assertEquals(Optional.empty(), onStart.ballInCourt());
    assertEquals(List.of(), onStart.nextActions());

    ProgressReport dayBefore = evaluator.evaluate(techAccount(highTouchOnly),
        LocalDate.of(2024, 1, 30));
    assertEquals(ProgressStatus.NOT_STARTED, dayBefore.status());
    assertEquals(Optional.empty(), dayBefore.furthestMilestone());
    assertEquals(100.0, dayBefore.percentComplete());
  }

  @Test
  void emptyMilestoneFollowsEarlierOnes() {
    OnboardingProgram program = program(EnumSet.allOf(TouchModel.class));
    ProgressEvaluator evaluator = ProgressEvaluator.of(program);

    ProgressReport open = evaluator.evaluate(techAccount(program), LocalDate.of(2024, 2, 5));
    assertEquals(Optional.empty(), open.milestones().get(1).reachedOn());
    assertEquals(Optional.empty(), open.furthestMilestone());

    AccountState kickedOff = techAccount(program, completed("meet", LocalDate.of(2024, 2, 2)));
    ProgressReport report = evaluator.evaluate(kickedOff, LocalDate.of(2024, 2, 5));
    // Setup has no tech-touch ToDo: reached with kickoff, on Feb 2.
    MilestoneProgress setup = report.milestones().get(1);
    assertEquals(0, setup.countingTodoCount());
    assertEquals(Optional.of(LocalDate.of(2024, 2, 2)), setup.reachedOn());
    assertEquals(Optional.of("setup"), report.furthestMilestone());
    assertEquals(Optional.of("use-it"), report.holdingTodo());
  }
}
