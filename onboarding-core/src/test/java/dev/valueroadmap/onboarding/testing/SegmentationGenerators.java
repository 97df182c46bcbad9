package dev.valueroadmap.onboarding.testing;

import static dev.valueroadmap.onboarding.testing.Generators.between;
import static dev.valueroadmap.onboarding.testing.Generators.pick;

import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.ImmutableAccountValue;
import dev.valueroadmap.onboarding.segmentation.ImmutableSegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.SegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.TouchModelAllocator;
import dev.valueroadmap.onboarding.segmentation.TouchModelEffort;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for touch-model allocation: valid accounts in one currency, some
 * of them pinned. Lifetime values lie on a coarse grid, so ties and values exactly on a
 * threshold are common. The capacity is drawn around the hours the accounts need, so
 * downgrades and pins beyond capacity both happen often.
 */
public final class SegmentationGenerators {

  /** The currency of every generated amount. */
  public static final Currency EUR = Currency.getInstance("EUR");

  private static final String[] MARGINS = {"1", "0.8", "0.5", "0.25", "0"};
  private static final String[] YEARS = {"0.5", "1", "2", "3"};
  private static final String[] CHURN_RATES = {"1", "0.5", "0.3", "0.25", "0.2"};

  private SegmentationGenerators() {
  }

  /** Accounts, a policy and an effort model for one allocation. */
  public record Scenario(List<AccountValue> accounts, SegmentationPolicy policy,
      TouchModelEffort effort) {

    /** Returns an allocator for the scenario's policy and effort model. */
    public TouchModelAllocator allocator() {
      return TouchModelAllocator.of(policy, effort);
    }
  }

  /**
   * Returns a generator of allocation scenarios: 0 to 30 accounts, about one in six pinned,
   * and a capacity from 0 to 120 % of the hours that would give every account its eligible
   * or pinned touch model.
   */
  public static Gen<Scenario> scenarios() {
    return in -> {
      TouchModelEffort effort = effort(in);
      int accountCount = between(in, 0, 30);
      List<AccountValue> accounts = new ArrayList<>();
      for (int i = 0; i < accountCount; i++) {
        accounts.add(account(in, "acct-" + i));
      }

      ImmutableSegmentationPolicy.Builder policy = SegmentationPolicy.builder();
      int low = between(in, 0, 40);
      int high = low + between(in, 0, 40);
      policy.lowTouchMinimumLifetimeValue(euros(low * 1000))
          .highTouchMinimumLifetimeValue(euros(high * 1000))
          .capacityHoursPerMonth(BigDecimal.ZERO);
      if (between(in, 0, 1) == 1) {
        policy.csManagers(between(in, 1, 5));
      }
      SegmentationPolicy draft = policy.build();

      BigDecimal percent = BigDecimal.valueOf(between(in, 0, 120), 2);
      BigDecimal capacity = hoursNeeded(accounts, draft, effort).multiply(percent);
      SegmentationPolicy tight = SegmentationPolicy.builder().from(draft)
          .capacityHoursPerMonth(capacity)
          .build();
      return new Scenario(accounts, tight, effort);
    };
  }

  /**
   * Returns a generator of effort models: high touch 0.25 to 10 hours per month, low touch
   * at most high touch, and tech touch 0 in two cases of three, else 0.1 to 0.4 hours.
   */
  public static Gen<TouchModelEffort> efforts() {
    return SegmentationGenerators::effort;
  }

  private static TouchModelEffort effort(RandomnessSource in) {
    int highQuarters = between(in, 1, 40);
    int lowQuarters = between(in, 0, highQuarters);
    BigDecimal tech = between(in, 0, 2) > 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(between(in, 1, 4), 1);
    return TouchModelEffort.of(quarters(highQuarters), quarters(lowQuarters), tech);
  }

  /**
   * Returns a generator of one valid account with the given id, its lifetime value given in
   * one of the three ways, pinned about one time in six.
   */
  public static Gen<AccountValue> accounts(String id) {
    return in -> account(in, id);
  }

  private static AccountValue account(RandomnessSource in, String id) {
    ImmutableAccountValue.Builder account = AccountValue.builder()
        .id(id)
        .annualRecurringRevenue(euros(between(in, 0, 20) * 1000));
    switch (between(in, 0, 2)) {
      case 0 -> account.statedLifetimeValue(euros(between(in, 0, 60) * 1000));
      case 1 -> account.grossMargin(new BigDecimal(pick(in, MARGINS)))
          .lifetimeYears(new BigDecimal(pick(in, YEARS)));
      default -> account.grossMargin(new BigDecimal(pick(in, MARGINS)))
          .annualChurnRate(new BigDecimal(pick(in, CHURN_RATES)));
    }
    if (between(in, 0, 5) == 0) {
      account.pinnedTouchModel(pick(in, TouchModel.values()));
    }
    return account.build();
  }

  /**
   * Returns the hours per month that give every account its pinned touch model, or else the
   * one it is eligible for.
   */
  public static BigDecimal hoursNeeded(List<AccountValue> accounts, SegmentationPolicy policy,
      TouchModelEffort effort) {
    BigDecimal hours = BigDecimal.ZERO;
    for (AccountValue account : accounts) {
      TouchModel touchModel = account.pinnedTouchModel()
          .orElseGet(() -> policy.eligibleTouchModel(account.lifetimeValue()));
      hours = hours.add(effort.hoursPerMonth(touchModel));
    }
    return hours;
  }

  private static Money euros(long amount) {
    return Money.of(BigDecimal.valueOf(amount), EUR);
  }

  private static BigDecimal quarters(int quarters) {
    return BigDecimal.valueOf(quarters * 25L, 2);
  }
}
