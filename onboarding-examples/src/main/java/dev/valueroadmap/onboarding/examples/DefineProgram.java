package dev.valueroadmap.onboarding.examples;

import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.program.ContinuationPoint;
import dev.valueroadmap.onboarding.program.InvalidProgramException;
import dev.valueroadmap.onboarding.program.Milestone;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import java.util.EnumSet;

/**
 * Defines an onboarding program: a value roadmap of three milestones with target days, a
 * checklist of ToDos owned by the CS side or the customer side, CS effort per touch model,
 * and the continuation point. It prints the effort totals and the program's JSON document,
 * then shows the error a broken rule raises when a program is built.
 */
public final class DefineProgram {

  private DefineProgram() {
  }

  /**
   * Builds the program and prints it.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ValueRoadmap roadmap = ValueRoadmap.of(
        Milestone.of("kickoff", "Kickoff held", "We know who does what", 7),
        Milestone.of("data-connected", "Data connected", "Our own data shows up", 30),
        Milestone.of("team-adoption", "Team adoption", "The team uses it every week", 60));

    OnboardingProgram program = OnboardingProgram.builder()
        .id("starter-onboarding")
        .version(1)
        .roadmap(roadmap)
        .addTodos(ToDo.builder().id("hold-kickoff-call").title("Hold the kickoff call")
            .side(Side.CS).milestoneId("kickoff").dueDay(7)
            .touchModels(EnumSet.of(TouchModel.HIGH_TOUCH, TouchModel.LOW_TOUCH))
            .putCsEffortMinutes(TouchModel.HIGH_TOUCH, 60)
            .putCsEffortMinutes(TouchModel.LOW_TOUCH, 30).build())
        .addTodos(ToDo.builder().id("connect-crm-source").title("Connect the CRM source")
            .side(Side.CUSTOMER).milestoneId("data-connected").dueDay(21).build())
        .addTodos(ToDo.builder().id("run-team-training").title("Run the team training")
            .side(Side.CS).milestoneId("team-adoption").dueDay(45)
            .addPrerequisites("connect-crm-source")
            .putCsEffortMinutes(TouchModel.HIGH_TOUCH, 90).build())
        .continuationPoint(ContinuationPoint.of("team-adoption", 60))
        .build();

    for (TouchModel touchModel : TouchModel.values()) {
      System.out.println(touchModel + ": " + program.todosFor(touchModel).size() + " ToDos, "
          + program.totalCsEffortMinutes(touchModel) + " CS minutes");
    }
    System.out.print(OnboardingJson.strict().write(program));

    try {
      OnboardingProgram.builder().from(program).version(2)
          .addTodos(ToDo.builder().id("late-kickoff-recap").title("Send the kickoff recap")
              .side(Side.CS).milestoneId("kickoff").dueDay(10).build())
          .build();
    } catch (InvalidProgramException e) {
      System.out.println("Rejected: " + e.getMessage());
    }
  }
}
