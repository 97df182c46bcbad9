package dev.valueroadmap.onboarding.segmentation;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The touch model one account got, why, and what it costs. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Placement {

  Placement() {
  }

  /**
   * Returns the account as it was given to the allocation.
   *
   * @return the account
   */
  @Value.Parameter
  public abstract AccountValue account();

  /**
   * Returns the touch model the account's lifetime value is eligible for under the policy,
   * whatever its pin.
   *
   * @return the eligible touch model
   */
  @Value.Parameter
  public abstract TouchModel eligibleTouchModel();

  /**
   * Returns the touch model the account got.
   *
   * @return the allocated touch model
   */
  @Value.Parameter
  public abstract TouchModel touchModel();

  /**
   * Returns why the account got its touch model.
   *
   * @return the reason
   */
  @Value.Parameter
  public abstract PlacementReason reason();

  /**
   * Returns the CS effort the account costs on its touch model.
   *
   * @return hours per month, at least 0
   */
  @Value.Parameter
  public abstract BigDecimal hoursPerMonth();

  /**
   * Returns the CS capacity left when the account's turn came, before its own hours were
   * counted. It is negative once pins or tech-touch accounts have used more than the
   * capacity.
   *
   * @return hours per month left before this account
   */
  @Value.Parameter
  public abstract BigDecimal hoursLeftBefore();

  /**
   * Returns the account id.
   *
   * @return the account id
   */
  public String accountId() {
    return account().id();
  }

  /**
   * Returns the account's lifetime value.
   *
   * @return the lifetime value
   */
  public Money lifetimeValue() {
    return account().lifetimeValue();
  }

  static Placement of(AccountValue account, TouchModel eligibleTouchModel,
      TouchModel touchModel, PlacementReason reason, BigDecimal hoursPerMonth,
      BigDecimal hoursLeftBefore) {
    return ImmutablePlacement.of(account, eligibleTouchModel, touchModel, reason,
        hoursPerMonth, hoursLeftBefore);
  }
}
