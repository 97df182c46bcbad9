package dev.valueroadmap.onboarding.segmentation;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * The share of one touch model in an allocation: its accounts, their CS hours and the
 * lifetime value they cover. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TouchModelSummary {

  TouchModelSummary() {
  }

  /**
   * Returns the touch model.
   *
   * @return the touch model
   */
  public abstract TouchModel touchModel();

  /**
   * Returns the ids of the accounts on this touch model, in allocation order.
   *
   * @return the account ids
   */
  public abstract List<String> accountIds();

  /**
   * Returns the CS effort of all accounts on this touch model.
   *
   * @return hours per month, at least 0
   */
  public abstract BigDecimal hoursPerMonth();

  /**
   * Returns the sum of the lifetime values of the accounts on this touch model.
   *
   * @return the lifetime value covered
   */
  public abstract Money lifetimeValue();

  /**
   * Returns the number of accounts on this touch model.
   *
   * @return the account count
   */
  public int accountCount() {
    return accountIds().size();
  }
}
