package dev.valueroadmap.onboarding.examples;

import dev.valueroadmap.onboarding.continuation.AnalysisParameters;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalysis;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalyzer;
import dev.valueroadmap.onboarding.continuation.MilestoneStatistics;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.continuation.RateEstimate;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the continuation analysis on renewal outcomes: for each milestone, the renewal rate of
 * the accounts that reached it with its Wilson score interval, and the continuation point,
 * the earliest milestone whose lower bound meets the target renewal rate.
 *
 * <p>The cases are built in code here: accounts that reached team adoption renewed 38 times
 * in 40, the others 18 times in 40. A CRM builds them from its renewal records, or turns
 * finished onboardings into cases with {@code ProgressReport.graduationExam()}.
 */
public final class AnalyzeRenewals {

  private AnalyzeRenewals() {
  }

  /**
   * Analyses the cases and prints the result.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    OnboardingProgram program = SamplePrograms.b2bSaas();
    List<OutcomeCase> cases = new ArrayList<>();
    addCases(cases, "team-adoption", 40, 38);
    addCases(cases, "first-report-shared", 25, 12);
    addCases(cases, "first-login", 15, 6);

    AnalysisParameters parameters = AnalysisParameters.of(0.80, 0.90, 20);
    ContinuationAnalysis analysis = ContinuationAnalyzer.of(program.roadmap(), parameters)
        .analyze(cases);

    for (MilestoneStatistics milestone : analysis.milestones()) {
      String rate = milestone.renewalReached()
          .map(AnalyzeRenewals::describe).orElse("no decided account reached it");
      System.out.println(milestone.milestoneId() + ": " + rate);
    }
    System.out.println("Continuation point: "
        + analysis.continuationPoint().orElse("none; closest is "
            + analysis.closestMilestone().orElse("none")));
  }

  private static String describe(RateEstimate estimate) {
    return String.format(Locale.ROOT, "%d of %d renewed (%.2f, 90%% interval %.2f to %.2f)",
        estimate.successes(), estimate.trials(), estimate.rate(), estimate.lowerBound(),
        estimate.upperBound());
  }

  private static void addCases(List<OutcomeCase> cases, String furthestMilestone, int count,
      int renewed) {
    for (int i = 0; i < count; i++) {
      cases.add(OutcomeCase.builder()
          .accountId(furthestMilestone + "-" + i)
          .furthestMilestone(furthestMilestone)
          .outcome(i < renewed ? Outcome.RENEWED : Outcome.CHURNED)
          .build());
    }
  }
}
