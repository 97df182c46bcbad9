package dev.valueroadmap.onboarding.examples.cli;

import static dev.valueroadmap.onboarding.examples.cli.AnalysisView.format;

import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import dev.valueroadmap.onboarding.segmentation.ManagerLoad;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.Placement;
import dev.valueroadmap.onboarding.segmentation.PlacementReason;
import dev.valueroadmap.onboarding.segmentation.SegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.TouchModelAllocator;
import dev.valueroadmap.onboarding.segmentation.TouchModelEffort;
import dev.valueroadmap.onboarding.segmentation.TouchModelSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The touch-model allocation as readable tables: the policy and effort, what each touch model
 * got, the load per CS manager and the placements with their reasons.
 */
final class AllocationView {

  private AllocationView() {
  }

  /**
   * Appends the allocation of the accounts read from a named source.
   *
   * @param allPlacements whether to list every account, or only those downgraded for
   *     capacity
   */
  static void appendTo(StringBuilder out, String source, TouchModelAllocator allocator,
      Allocation allocation, boolean allPlacements) {
    SegmentationPolicy policy = allocator.policy();
    TouchModelEffort effort = allocator.effort();
    out.append("Touch-model allocation of ").append(source).append('\n');
    out.append(format("  minimum lifetime value: high touch %s, low touch %s\n",
        money(policy.highTouchMinimumLifetimeValue()),
        money(policy.lowTouchMinimumLifetimeValue())));
    out.append(format("  CS hours per account and month: high touch %s, low touch %s,"
            + " tech touch %s\n", hours(effort.highTouchHoursPerMonth()),
        hours(effort.lowTouchHoursPerMonth()), hours(effort.techTouchHoursPerMonth())));
    out.append(format("  CS hours per month: capacity %s, used %s (pinned %s), needed for"
            + " every eligible touch model %s\n", hours(allocation.capacityHoursPerMonth()),
        hours(allocation.hoursUsedPerMonth()), hours(allocation.pinnedHoursPerMonth()),
        hours(allocation.hoursNeededPerMonth())));
    if (allocation.pinnedOverCapacity()) {
      out.append("  pinned accounts alone need more than the capacity\n");
    }
    out.append('\n');

    TextTable summaries = new TextTable().text("touch model").number("accounts")
        .number("hours/month").number("lifetime value");
    for (TouchModelSummary summary : allocation.summaries()) {
      summaries.row(summary.touchModel(), summary.accountCount(), hours(summary.hoursPerMonth()),
          money(summary.lifetimeValue()));
    }
    summaries.appendTo(out, "");

    if (allocation.managerLoad().isPresent()) {
      ManagerLoad load = allocation.managerLoad().get();
      out.append(format("\nPer CS manager (%s): %s accounts (high touch %s, low touch"
              + " %s, tech touch %s), %s hours per month\n",
          AnalysisView.count(load.managers(), "manager", "managers"),
          average(load.accountsPerManager()), average(load.accountsPerManager(
              TouchModel.HIGH_TOUCH)), average(load.accountsPerManager(TouchModel.LOW_TOUCH)),
          average(load.accountsPerManager(TouchModel.TECH_TOUCH)),
          hours(load.hoursPerMonthPerManager())));
    }

    TextTable placements = new TextTable().text("account").number("lifetime value")
        .text("eligible").text("touch model").text("reason").number("hours/month");
    for (Placement placement : allocation.placements()) {
      if (allPlacements || placement.reason() == PlacementReason.DOWNGRADED_FOR_CAPACITY) {
        placements.row(placement.accountId(), money(placement.lifetimeValue()),
            placement.eligibleTouchModel(), placement.touchModel(), placement.reason(),
            hours(placement.hoursPerMonth()));
      }
    }
    out.append(allPlacements ? "\nPlacements, in allocation order:\n"
        : "\nAccounts downgraded for capacity:\n");
    if (placements.isEmpty()) {
      out.append("  none\n");
    } else {
      placements.appendTo(out, "");
    }
  }

  /** Formats money in whole units, halves rounded up in magnitude, as people round. */
  static String money(Money money) {
    return money.amount().setScale(0, RoundingMode.HALF_UP).toPlainString() + " "
        + money.currency().getCurrencyCode();
  }

  /** Formats hours with one decimal, halves rounded up in magnitude: 18.25 is 18.3. */
  static String hours(BigDecimal hours) {
    return hours.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String average(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }
}
