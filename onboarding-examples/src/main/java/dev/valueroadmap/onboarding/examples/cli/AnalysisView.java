package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.continuation.AnalysisParameters;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalysis;
import dev.valueroadmap.onboarding.continuation.MilestoneStatistics;
import dev.valueroadmap.onboarding.continuation.RateEstimate;
import java.math.BigDecimal;
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
    out.append(format("  target renewal rate %s, confidence level %s, minimum %s per"
            + " milestone\n", level(parameters.targetRenewalRate()),
        level(parameters.confidenceLevel()),
        count(parameters.minimumAccounts(), "account", "accounts")));
    out.append(format("  %s (%d renewed), %d undecided, %d reached no milestone\n\n",
        count(analysis.decidedCases(), "decided case", "decided cases"),
        analysis.renewedCases(), analysis.undecidedCases(), analysis.reachedNone()));

    String interval = BigDecimal.valueOf(parameters.confidenceLevel()).movePointRight(2)
        .stripTrailingZeros().toPlainString() + "% interval";
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
              + " %.3f meets the target %s with %s\n", point.milestoneId(),
          point.renewalReached().orElseThrow().lowerBound(),
          level(parameters.targetRenewalRate()), count(point.reached(), "account",
              "accounts")));
    } else if (analysis.closestMilestone().isPresent()) {
      MilestoneStatistics closest = analysis.milestone(analysis.closestMilestone().get())
          .orElseThrow();
      out.append(format("No continuation point: no milestone meets the target %s; the"
              + " closest is %s with lower bound %.3f over %s\n",
          level(parameters.targetRenewalRate()), closest.milestoneId(),
          closest.renewalReached().orElseThrow().lowerBound(),
          count(closest.reached(), "account", "accounts")));
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

  /**
   * Formats a rate or a confidence level with at least two decimals and as many more as it
   * has, so that 0.999999999999 does not print as 1.00.
   */
  static String level(double value) {
    BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
    return decimal.setScale(Math.max(2, decimal.scale())).toPlainString();
  }

  /** Formats a count with the singular or plural noun: "1 account", "2 accounts". */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  static String format(String pattern, Object... arguments) {
    return String.format(Locale.ROOT, pattern, arguments);
  }
}
