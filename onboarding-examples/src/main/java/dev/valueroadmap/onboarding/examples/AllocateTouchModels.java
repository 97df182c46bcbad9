package dev.valueroadmap.onboarding.examples;

import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import dev.valueroadmap.onboarding.segmentation.ImmutableAccountValue;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.Placement;
import dev.valueroadmap.onboarding.segmentation.SegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.TouchModelAllocator;
import dev.valueroadmap.onboarding.segmentation.TouchModelEffort;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Allocates touch models to four accounts under a policy of lifetime-value minimums and a CS
 * capacity of 10 hours per month, with the effort per account derived from the sample
 * program's ToDos. It prints each placement with its reason and the hours used.
 *
 * <p>A lifetime value is given directly, or derived from ARR, gross margin and an expected
 * lifetime in years or an annual churn rate. Amounts are exact decimals; the output rounds
 * money to two decimals and hours to one.
 */
public final class AllocateTouchModels {

  private AllocateTouchModels() {
  }

  /**
   * Allocates and prints the placements.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    List<AccountValue> accounts = List.of(
        account("globex", "120000").grossMargin(new BigDecimal("0.8"))
            .lifetimeYears(new BigDecimal("4")).build(),
        account("initech", "40000").grossMargin(new BigDecimal("0.75"))
            .annualChurnRate(new BigDecimal("0.25")).build(),
        account("umbrella", "30000").statedLifetimeValue(Money.of("150000", "EUR")).build(),
        account("hooli", "5000").statedLifetimeValue(Money.of("9000", "EUR"))
            .pinnedTouchModel(TouchModel.HIGH_TOUCH).build());

    SegmentationPolicy policy = SegmentationPolicy.builder()
        .highTouchMinimumLifetimeValue(Money.of("200000", "EUR"))
        .lowTouchMinimumLifetimeValue(Money.of("50000", "EUR"))
        .capacityHoursPerMonth(new BigDecimal("10"))
        .build();
    TouchModelEffort effort = TouchModelEffort.fromProgram(SamplePrograms.b2bSaas());

    Allocation allocation = TouchModelAllocator.of(policy, effort).allocate(accounts);
    for (Placement placement : allocation.placements()) {
      System.out.println(placement.accountId() + ": lifetime value "
          + money(placement.lifetimeValue()) + ", eligible for "
          + placement.eligibleTouchModel() + ", placed on " + placement.touchModel() + " ("
          + placement.reason() + ", " + hours(placement.hoursPerMonth())
          + " hours per month)");
    }
    System.out.println("Hours used per month: " + hours(allocation.hoursUsedPerMonth())
        + " of " + hours(allocation.capacityHoursPerMonth()));
  }

  /** Formats money for people: two decimals, such as 384000.00 EUR. */
  static String money(Money money) {
    return money.amount().setScale(2, RoundingMode.HALF_UP).toPlainString() + " "
        + money.currency().getCurrencyCode();
  }

  /** Formats hours for people: one decimal, such as 4.2. */
  static String hours(BigDecimal hours) {
    return hours.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static ImmutableAccountValue.Builder account(String id,
      String annualRecurringRevenue) {
    return AccountValue.builder().id(id)
        .annualRecurringRevenue(Money.of(annualRecurringRevenue, "EUR"));
  }
}
