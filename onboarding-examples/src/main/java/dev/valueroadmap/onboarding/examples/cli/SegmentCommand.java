package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import dev.valueroadmap.onboarding.segmentation.ImmutableSegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.SegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.TouchModelAllocator;
import dev.valueroadmap.onboarding.segmentation.TouchModelEffort;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code segment} command: the touch-model allocation of an account-value sheet. */
@Command(name = "segment", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
        "The touch-model allocation of an account sheet.",
        "",
        "Allocates high touch, low touch and tech touch to accounts so that the CS hours"
            + " available cover the most lifetime value. Pinned accounts are placed first;"
            + " the others take turns by descending lifetime value and get the highest touch"
            + " model they are eligible for that still fits in the capacity.",
        "",
        "The account sheet is a UTF-8 CSV file with a header row (RFC 4180 quoting, an"
            + " optional byte-order mark). Columns, by name in any order; others are ignored:",
        "  account_id          required, unique",
        "  arr                 required, annual recurring revenue, such as 48000.50",
        "  currency            required, ISO 4217 code, the same on every row",
        "  gross_margin        optional, 0 to 1, 1 when empty",
        "  lifetime_years      lifetime value = arr x gross_margin x lifetime_years",
        "  churn_rate          lifetime value = arr x gross_margin / churn_rate (0 to 1)",
        "  ltv                 the lifetime value itself",
        "  pinned_touch_model  optional, HIGH_TOUCH, LOW_TOUCH or TECH_TOUCH",
        "Each row fills exactly one of lifetime_years, churn_rate and ltv.",
        ""})
final class SegmentCommand extends ToolCommand {

  @Option(names = "--accounts", required = true, paramLabel = "ACCOUNTS.csv",
      description = "The account sheet to allocate.")
  Path accounts;

  @Option(names = "--capacity-hours", required = true, paramLabel = "H",
      description = "CS hours available per month for onboarding, across all CS managers.")
  BigDecimal capacityHours;

  @Option(names = "--high-touch-min", paramLabel = "LTV", defaultValue = "0",
      description = "The lifetime value, in the sheet's currency, from which an account is"
          + " eligible for high touch (default: ${DEFAULT-VALUE}, every account).")
  BigDecimal highTouchMinimum;

  @Option(names = "--low-touch-min", paramLabel = "LTV", defaultValue = "0",
      description = "The lifetime value from which an account is eligible for low touch, at"
          + " most the high-touch minimum (default: ${DEFAULT-VALUE}).")
  BigDecimal lowTouchMinimum;

  @Option(names = "--managers", paramLabel = "N",
      description = "The number of CS managers sharing the capacity, for the load per"
          + " manager.")
  Integer managers;

  @ArgGroup(exclusive = true, multiplicity = "1")
  EffortSource effortSource;

  @Option(names = "--downgraded-only",
      description = "List only the accounts downgraded for capacity, not every placement.")
  boolean downgradedOnly;

  @Option(names = "--json",
      description = "Print the allocation as a JSON touch-model allocation document, with"
          + " every placement.")
  boolean json;

  /** The source of the CS hours per account: a program or explicit hours. */
  static final class EffortSource {
    @Option(names = "--program", paramLabel = "P.json",
        description = "An onboarding program document; the CS effort minutes of its ToDos,"
            + " spread over the onboarding window, give the hours per account and month.")
    Path program;

    @ArgGroup(exclusive = false)
    ExplicitEffort explicit;
  }

  /** CS hours per account and month, given on the command line. */
  static final class ExplicitEffort {
    @Option(names = "--high-touch-hours", required = true, paramLabel = "H",
        description = "CS hours per month for one high-touch account.")
    BigDecimal highTouch;

    @Option(names = "--low-touch-hours", required = true, paramLabel = "H",
        description = "CS hours per month for one low-touch account.")
    BigDecimal lowTouch;

    @Option(names = "--tech-touch-hours", paramLabel = "H", defaultValue = "0",
        description = "CS hours per month for one tech-touch account (default: 0).")
    BigDecimal techTouch = BigDecimal.ZERO;
  }

  @Override
  void render(StringBuilder out) {
    checkOptions();
    TouchModelEffort effort = effort();
    List<AccountValue> sheet = AccountValueSheet.read(accounts);
    SegmentationPolicy policy = policy(sheet.get(0).currency());

    TouchModelAllocator allocator = TouchModelAllocator.of(policy, effort);
    Allocation allocation = allocator.allocate(sheet);
    if (json) {
      out.append(OnboardingJson.strict().write(allocation));
    } else {
      AllocationView.appendTo(out, accounts.toString(), allocator, allocation, !downgradedOnly);
    }
  }

  private TouchModelEffort effort() {
    if (effortSource.program != null) {
      return TouchModelEffort.fromProgram(InputFiles.readProgram(effortSource.program));
    }

    ExplicitEffort explicit = effortSource.explicit;
    return TouchModelEffort.of(explicit.highTouch, explicit.lowTouch, explicit.techTouch);
  }

  private void checkOptions() {
    requireNotNegative("--capacity-hours", capacityHours);
    requireNotNegative("--low-touch-min", lowTouchMinimum);
    if (highTouchMinimum.compareTo(lowTouchMinimum) < 0) {
      throw invalidOption("--high-touch-min", highTouchMinimum.toPlainString(),
          "is below --low-touch-min " + lowTouchMinimum.toPlainString());
    }
    if (managers != null && managers < 1) {
      throw invalidOption("--managers", managers, "is less than 1");
    }
    if (effortSource.explicit != null) {
      requireNotNegative("--high-touch-hours", effortSource.explicit.highTouch);
      requireNotNegative("--low-touch-hours", effortSource.explicit.lowTouch);
      requireNotNegative("--tech-touch-hours", effortSource.explicit.techTouch);
    }
  }

  private SegmentationPolicy policy(Currency currency) {
    ImmutableSegmentationPolicy.Builder policy = SegmentationPolicy.builder()
        .highTouchMinimumLifetimeValue(Money.of(highTouchMinimum, currency))
        .lowTouchMinimumLifetimeValue(Money.of(lowTouchMinimum, currency))
        .capacityHoursPerMonth(capacityHours);
    if (managers != null) {
      policy.csManagers(managers);
    }
    return policy.build();
  }

  private void requireNotNegative(String option, BigDecimal value) {
    if (value.signum() < 0) {
      throw invalidOption(option, value.toPlainString(), "is negative; expected 0 or more");
    }
  }
}
