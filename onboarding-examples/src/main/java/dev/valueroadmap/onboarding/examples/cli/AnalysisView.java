package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.continuation.AnalysisParameters;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalysis;
import dev.valueroadmap.onboarding.continuation.MilestoneStatistics;
import dev.valueroadmap.onboarding.continuation.RateEstimate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The continuation analysis as a readable table: one row per milestone in roadmap order, then
 * the continuation point or the milestone that came closest.
 */
final class AnalysisView {

  private AnalysisView() {
  }

  /** Appends the analysis of the cases read from a named source. */
  static void appendTo(StringBuilder out, String source, ContinuationAnalysis analysis) {
    AnalysisParameters parameters = analysis.parameters();
    out.append("Continuation analysis of ").append(source).append('\n');
    out.append(format("  target renewal rate %.2f, confidence level %.2f, minimum %d accounts"
            + " per milestone\n", parameters.targetRenewalRate(), parameters.confidenceLevel(),
        parameters.minimumAccounts()));
    out.append(format("  %d decided cases (%d renewed), %d undecided, %d reached no"
            + " milestone\n\n", analysis.decidedCases(), analysis.renewedCases(),
        analysis.undecidedCases(), analysis.reachedNone()));

    String interval = format("%.0f%% interval", parameters.confidenceLevel() * 100);
    TextTable table = new TextTable()
        .number("#").text("milestone").number("reached").number("renewed").number("rate")
        .text(interval).number("not reached").number("renewed").number("rate")
        .number("p-value").number("stopped").text("note");
    for (MilestoneStatistics milestone : analysis.milestones()) {
      Optional<RateEstimate> reached = milestone.renewalReached();
      Optional<RateEstimate> notReached = milestone.renewalNotReached();
      table.row(milestone.position() + 1, milestone.milestoneId(), milestone.reached(),
          milestone.renewedAmongReached(), rate(reached),
          reached.map(e -> format("%.3f-%.3f", e.lowerBound(), e.upperBound())).orElse("-"),
          milestone.notReached(), milestone.renewedAmongNotReached(), rate(notReached),
          pValue(milestone.fisherPValue()), milestone.stoppedHere(), note(analysis, milestone));
    }
    table.appendTo(out, "");
    out.append('\n');

    if (analysis.continuationPoint().isPresent()) {
      MilestoneStatistics point = analysis.milestone(analysis.continuationPoint().get())
          .orElseThrow();
      out.append(format("Continuation point: %s, the earliest milestone whose lower bound"
              + " %.3f meets the target %.2f with %d accounts\n", point.milestoneId(),
          point.renewalReached().orElseThrow().lowerBound(), parameters.targetRenewalRate(),
          point.reached()));
    } else if (analysis.closestMilestone().isPresent()) {
      MilestoneStatistics closest = analysis.milestone(analysis.closestMilestone().get())
          .orElseThrow();
      out.append(format("No continuation point: no milestone meets the target %.2f; the"
              + " closest is %s with lower bound %.3f over %d accounts\n",
          parameters.targetRenewalRate(), closest.milestoneId(),
          closest.renewalReached().orElseThrow().lowerBound(), closest.reached()));
    } else {
      out.append("No continuation point: no decided account reached a milestone\n");
    }
  }

  private static String note(ContinuationAnalysis analysis, MilestoneStatistics milestone) {
    if (analysis.continuationPoint().filter(milestone.milestoneId()::equals).isPresent()) {
      return "continuation point";
    }
    if (milestone.qualifies()) {
      return "meets target";
    }
    if (milestone.lowSample()) {
      return "low sample";
    }
    return "";
  }

  private static String rate(Optional<RateEstimate> estimate) {
    return estimate.map(e -> format("%.3f", e.rate())).orElse("-");
  }

  private static String pValue(OptionalDouble pValue) {
    if (pValue.isEmpty()) {
      return "-";
    }
    double value = pValue.getAsDouble();
    return value < 0.0001 ? "<0.0001" : format("%.4f", value);
  }

  static String format(String pattern, Object... arguments) {
    return String.format(Locale.ROOT, pattern, arguments);
  }
}
