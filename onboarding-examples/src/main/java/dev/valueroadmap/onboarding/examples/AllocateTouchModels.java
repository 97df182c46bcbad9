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
import java.util.List;

/**
 * Allocates touch models to four accounts under a policy of lifetime-value minimums and a CS
 * capacity of 10 hours per month, with the effort per account derived from the sample
 * program's ToDos. It prints each placement with its reason and the hours used.
 *
 * <p>A lifetime value is given directly, or derived from ARR, gross margin and an expected
 * lifetime in years or an annual churn rate. Amounts are exact decimals.
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
          + placement.lifetimeValue() + ", eligible for " + placement.eligibleTouchModel()
          + ", placed on " + placement.touchModel() + " (" + placement.reason() + ", "
          + placement.hoursPerMonth().toPlainString() + " hours per month)");
    }
    System.out.println("Hours used per month: " + allocation.hoursUsedPerMonth().toPlainString()
        + " of " + allocation.capacityHoursPerMonth().toPlainString());
  }

  private static ImmutableAccountValue.Builder account(String id,
      String annualRecurringRevenue) {
    return AccountValue.builder().id(id)
        .annualRecurringRevenue(Money.of(annualRecurringRevenue, "EUR"));
  }
}
