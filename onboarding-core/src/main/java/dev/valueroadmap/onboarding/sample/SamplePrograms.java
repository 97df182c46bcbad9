package dev.valueroadmap.onboarding.sample;

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
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.program.ValueRoadmap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Sample onboarding programs built through the public API.
 */
public final class SamplePrograms {

  /** The id of the sample program. */
  public static final String B2B_SAAS_ID = "b2b-saas-onboarding";

  private static final Set<TouchModel> PERSONAL = EnumSet.of(HIGH_TOUCH, LOW_TOUCH);

  private SamplePrograms() {
  }

  /**
   * Returns a 90-day onboarding program for a B2B reporting product: six milestones from
   * kickoff to the first business review and 26 ToDos on both sides. High-touch and
   * low-touch accounts get calls and training; tech-touch accounts get a video and a
   * self-paced course instead. The continuation point is team adoption by day 90.
   *
   * @return the sample program, version 1
   */
  public static OnboardingProgram b2bSaas() {
    ValueRoadmap roadmap = ValueRoadmap.of(
        Milestone.of("kickoff", "Kickoff held",
            "We know who does what and when we will see value", 7),
        Milestone.of("first-login", "First login",
            "Our admins are in the product and can invite the team", 14),
        Milestone.of("data-connected", "Data connected",
            "Our own data shows up in the product", 30),
        Milestone.of("first-report-shared", "First report shared",
            "A report on our own numbers reached a decision maker", 45),
        Milestone.of("team-adoption", "Team adoption",
            "The team works in the product every week", 70),
        Milestone.of("first-business-review", "First business review",
            "Leadership agrees the product pays for itself", 90));

    List<ToDo> todos = List.of(
        todo("send-welcome-pack", "Send the welcome pack", CS, "kickoff", 1)
            .putCsEffortMinutes(HIGH_TOUCH, 15).putCsEffortMinutes(LOW_TOUCH, 10).build(),
        todo("name-project-owner", "Name a project owner", CUSTOMER, "kickoff", 3)
            .addPrerequisites("send-welcome-pack").build(),
        todo("schedule-kickoff-call", "Schedule the kickoff call", CS, "kickoff", 4)
            .addPrerequisites("name-project-owner").touchModels(PERSONAL)
            .putCsEffortMinutes(HIGH_TOUCH, 15).putCsEffortMinutes(LOW_TOUCH, 10).build(),
        todo("hold-kickoff-call", "Hold the kickoff call", CS, "kickoff", 7)
            .addPrerequisites("schedule-kickoff-call").touchModels(PERSONAL)
            .putCsEffortMinutes(HIGH_TOUCH, 90).putCsEffortMinutes(LOW_TOUCH, 45).build(),
        todo("watch-kickoff-video", "Watch the kickoff video", CUSTOMER, "kickoff", 7)
            .addPrerequisites("name-project-owner").touchModels(EnumSet.of(TECH_TOUCH)).build(),
        todo("agree-success-plan", "Agree the success plan", CUSTOMER, "kickoff", 7)
            .addPrerequisites("hold-kickoff-call").touchModels(EnumSet.of(HIGH_TOUCH))
            .putCsEffortMinutes(HIGH_TOUCH, 30).build(),

        todo("provision-workspace", "Provision the workspace", CS, "first-login", 8)
            .addPrerequisites("name-project-owner")
            .putCsEffortMinutes(HIGH_TOUCH, 20).putCsEffortMinutes(LOW_TOUCH, 20).build(),
        todo("configure-single-sign-on", "Configure single sign-on", CUSTOMER, "first-login", 12)
            .addPrerequisites("provision-workspace").touchModels(PERSONAL)
            .putCsEffortMinutes(HIGH_TOUCH, 30).putCsEffortMinutes(LOW_TOUCH, 15).build(),
        todo("invite-admins", "Invite the admins", CUSTOMER, "first-login", 12)
            .addPrerequisites("provision-workspace").build(),
        todo("log-in-first-time", "Log in for the first time", CUSTOMER, "first-login", 14)
            .addPrerequisites("invite-admins").build(),

        todo("share-integration-guide", "Share the integration guide", CS, "data-connected", 16)
            .addPrerequisites("log-in-first-time")
            .putCsEffortMinutes(HIGH_TOUCH, 15).putCsEffortMinutes(LOW_TOUCH, 10).build(),
        todo("connect-crm-source", "Connect the CRM data source", CUSTOMER, "data-connected", 24)
            .addPrerequisites("share-integration-guide").build(),
        todo("map-data-fields", "Map the data fields", CS, "data-connected", 26)
            .addPrerequisites("connect-crm-source").touchModels(EnumSet.of(HIGH_TOUCH))
            .putCsEffortMinutes(HIGH_TOUCH, 120).build(),
        todo("run-data-quality-check", "Run the data quality check", CS, "data-connected", 28)
            .addPrerequisites("connect-crm-source").touchModels(PERSONAL)
            .putCsEffortMinutes(HIGH_TOUCH, 45).putCsEffortMinutes(LOW_TOUCH, 30).build(),
        todo("approve-data-mapping", "Approve the data mapping", CUSTOMER, "data-connected", 30)
            .addPrerequisites("connect-crm-source").build(),

        todo("build-first-report", "Build the first report", CUSTOMER, "first-report-shared", 38)
            .addPrerequisites("approve-data-mapping").build(),
        todo("review-report-with-owner", "Review the report with the project owner", CS,
            "first-report-shared", 42)
            .addPrerequisites("build-first-report").touchModels(PERSONAL)
            .putCsEffortMinutes(HIGH_TOUCH, 60).putCsEffortMinutes(LOW_TOUCH, 30).build(),
        todo("share-report-with-sponsor", "Share the report with the executive sponsor",
            CUSTOMER, "first-report-shared", 45)
            .addPrerequisites("build-first-report").build(),

        todo("run-team-training", "Run the team training", CS, "team-adoption", 55)
            .addPrerequisites("share-report-with-sponsor").touchModels(PERSONAL)
            .putCsEffortMinutes(HIGH_TOUCH, 120).putCsEffortMinutes(LOW_TOUCH, 60).build(),
        todo("enroll-in-self-paced-course", "Enroll the team in the self-paced course",
            CUSTOMER, "team-adoption", 55)
            .addPrerequisites("share-report-with-sponsor").touchModels(EnumSet.of(TECH_TOUCH))
            .build(),
        todo("invite-team-members", "Invite the team members", CUSTOMER, "team-adoption", 60)
            .addPrerequisites("log-in-first-time").build(),
        todo("set-up-weekly-workflow", "Set up the weekly workflow", CUSTOMER, "team-adoption",
            65)
            .addPrerequisites("invite-team-members").build(),
        todo("check-weekly-usage", "Check weekly usage with the project owner", CS,
            "team-adoption", 70)
            .addPrerequisites("set-up-weekly-workflow")
            .putCsEffortMinutes(HIGH_TOUCH, 30).putCsEffortMinutes(LOW_TOUCH, 15).build(),

        todo("prepare-value-summary", "Prepare the value summary", CS, "first-business-review",
            80)
            .addPrerequisites("check-weekly-usage").touchModels(PERSONAL)
            .putCsEffortMinutes(HIGH_TOUCH, 90).putCsEffortMinutes(LOW_TOUCH, 45).build(),
        todo("hold-business-review", "Hold the first business review", CS,
            "first-business-review", 88)
            .addPrerequisites("prepare-value-summary").touchModels(PERSONAL)
            .putCsEffortMinutes(HIGH_TOUCH, 60).putCsEffortMinutes(LOW_TOUCH, 30).build(),
        todo("confirm-renewal-goals", "Confirm the goals for the first year", CUSTOMER,
            "first-business-review", 90)
            .addPrerequisites("check-weekly-usage").build());

    return OnboardingProgram.builder()
        .id(B2B_SAAS_ID)
        .version(1)
        .roadmap(roadmap)
        .todos(todos)
        .continuationPoint(ContinuationPoint.of("team-adoption", 90))
        .build();
  }

  private static ImmutableToDo.Builder todo(String id, String title, Side side,
      String milestoneId, int dueDay) {
    return ToDo.builder().id(id).title(title).side(side).milestoneId(milestoneId).dueDay(dueDay);
  }
}
