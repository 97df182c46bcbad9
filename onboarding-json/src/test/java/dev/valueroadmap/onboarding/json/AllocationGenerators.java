package dev.valueroadmap.onboarding.json;

import static dev.valueroadmap.onboarding.testing.Generators.between;

import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.SegmentationPolicy;
import dev.valueroadmap.onboarding.testing.SegmentationGenerators;
import dev.valueroadmap.onboarding.testing.SegmentationGenerators.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Allocation scenarios whose decimals come in many scales: the core scenarios with amounts,
 * margins, lifetimes and the capacity written with trailing zeros stripped (so 20000 has
 * scale -4), with two more decimal places, or as generated. The values stay equal, so the
 * allocation decides the same, but every scale must survive a round trip.
 */
final class AllocationGenerators {

  private AllocationGenerators() {
  }

  /** Returns scenarios of the core generators with their decimals rescaled. */
  static Gen<Scenario> rescaledScenarios() {
    Gen<Scenario> scenarios = SegmentationGenerators.scenarios();
    return in -> {
      Scenario scenario = scenarios.generate(in);
      List<AccountValue> accounts = new ArrayList<>();
      for (AccountValue account : scenario.accounts()) {
        accounts.add(rescale(in, account));
      }
      SegmentationPolicy policy = SegmentationPolicy.builder().from(scenario.policy())
          .capacityHoursPerMonth(rescale(in, scenario.policy().capacityHoursPerMonth()))
          .build();
      return new Scenario(accounts, policy, scenario.effort());
    };
  }

  private static AccountValue rescale(RandomnessSource in, AccountValue account) {
    Money revenue = account.annualRecurringRevenue();
    return AccountValue.builder().from(account)
        .annualRecurringRevenue(Money.of(rescale(in, revenue.amount()), revenue.currency()))
        .grossMargin(rescale(in, account.grossMargin()))
        .lifetimeYears(account.lifetimeYears().map(years -> rescale(in, years)))
        .statedLifetimeValue(account.statedLifetimeValue()
            .map(value -> Money.of(rescale(in, value.amount()), value.currency())))
        .build();
  }

  private static BigDecimal rescale(RandomnessSource in, BigDecimal value) {
    return switch (between(in, 0, 2)) {
      case 0 -> value.stripTrailingZeros();
      case 1 -> value.setScale(value.scale() + 2);
      default -> value;
    };
  }
}
