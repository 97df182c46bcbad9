package dev.valueroadmap.onboarding.examples;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.ProgressEvaluator;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import dev.valueroadmap.onboarding.progress.ProgressReport;
import dev.valueroadmap.onboarding.progress.TodoProgress;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Records events for one account and evaluates its progress on two as-of dates: the status,
 * percent complete, furthest milestone, the side that holds the ball and the next actions.
 *
 * <p>The library never reads the clock. A CRM passes the as-of date, usually today in the
 * account's time zone; here the dates are fixed so that every run prints the same.
 */
public final class TrackProgress {

  private TrackProgress() {
  }

  /**
   * Evaluates the account and prints what a CS manager would look at.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    OnboardingProgram program = SamplePrograms.b2bSaas();
    ProgressEvaluator evaluator = ProgressEvaluator.of(program);
    LocalDate start = LocalDate.of(2025, 3, 3);

    AccountState account = AccountState.start("acme", program, start, TouchModel.LOW_TOUCH)
        .withEvent(ProgressEvent.completed("send-welcome-pack", start))
        .withEvent(ProgressEvent.completed("name-project-owner", start.plusDays(2)))
        .withEvent(ProgressEvent.completed("schedule-kickoff-call", start.plusDays(3)))
        .withEvent(ProgressEvent.completed("hold-kickoff-call", start.plusDays(6)))
        .withEvent(ProgressEvent.completed("provision-workspace", start.plusDays(8)))
        .withEvent(ProgressEvent.notApplicable("configure-single-sign-on", start.plusDays(8)));

    print(evaluator.evaluate(account, start.plusDays(10)));
    print(evaluator.evaluate(account, start.plusDays(30)));
  }

  private static void print(ProgressReport report) {
    System.out.printf(Locale.ROOT, "%s on %s: %s, %.0f%% complete, furthest milestone %s%n",
        report.accountId(), report.asOf(), report.status(), report.percentComplete(),
        report.furthestMilestone().orElse("none"));
    System.out.println("  ball in court: " + report.ballInCourt().map(Enum::name).orElse("-")
        + ", holding ToDo: " + report.holdingTodo().orElse("-")
        + ", days overdue: " + report.daysOverdue());
    for (TodoProgress todo : report.nextActions()) {
      System.out.println("  next: " + todo.todoId() + " (" + todo.side() + ", due "
          + todo.dueDate() + ")");
    }
  }
}
