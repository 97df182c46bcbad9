package dev.valueroadmap.onboarding.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.TouchModel;
import org.junit.jupiter.api.Test;

class SampleProgramsTest {

  private final OnboardingProgram program = SamplePrograms.b2bSaas();

  @Test
  void shapeMatchesDescription() {
    assertEquals(6, program.roadmap().milestones().size());
    assertEquals(26, program.todos().size());
    assertEquals("team-adoption", program.continuationPoint().milestoneId());
    assertEquals(90, program.continuationPoint().deadlineDay());
  }

  @Test
  void todosPerMilestone() {
    assertEquals(6, program.todosOf("kickoff").size());
    assertEquals(4, program.todosOf("first-login").size());
    assertEquals(5, program.todosOf("data-connected").size());
    assertEquals(3, program.todosOf("first-report-shared").size());
    assertEquals(5, program.todosOf("team-adoption").size());
    assertEquals(3, program.todosOf("first-business-review").size());
  }

  @Test
  void bothSidesOwnTodos() {
    assertEquals(12, program.todos().stream().filter(t -> t.side() == Side.CS).count());
    assertEquals(14, program.todos().stream().filter(t -> t.side() == Side.CUSTOMER).count());
  }

  @Test
  void touchModelsDiffer() {
    // 14 ToDos apply to all, 8 to high and low touch, 2 to high touch only and 2 to tech
    // touch only.
    assertEquals(24, program.todosFor(TouchModel.HIGH_TOUCH).size());
    assertEquals(22, program.todosFor(TouchModel.LOW_TOUCH).size());
    assertEquals(16, program.todosFor(TouchModel.TECH_TOUCH).size());
  }

  @Test
  void effortTotalsHandWorked() {
    // High touch: 15+15+90+30+20+30+15+120+45+60+120+30+90+60 = 740 minutes.
    assertEquals(740, program.totalCsEffortMinutes(TouchModel.HIGH_TOUCH));
    // Low touch: 10+10+45+20+15+10+30+30+60+15+45+30 = 320 minutes.
    assertEquals(320, program.totalCsEffortMinutes(TouchModel.LOW_TOUCH));
    assertEquals(0, program.totalCsEffortMinutes(TouchModel.TECH_TOUCH));
  }
}
