package dev.valueroadmap.onboarding.segmentation;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of a touch-model allocation: each account's touch model and reason, what each
 * touch model got, and the CS hours used against capacity.
 *
 * <p>Hours used exceed the capacity only through pinned accounts and tech-touch accounts.
 * Precisely, the unpinned accounts on high touch and low touch together use at most
 * max(0, capacity &minus; pinned hours). Hence hours used &le; max(capacity, pinned hours)
 * + the hours of unpinned tech-touch accounts. With tech touch at 0 hours, as in most
 * programs, hours used exceed the capacity only when pinned hours alone do, and then
 * {@link #pinnedOverCapacity()} is true.
 *
 * <p>Immutable and thread-safe. Built by {@link TouchModelAllocator}.
 */
@Value.Immutable
public abstract class Allocation {

  Allocation() {
  }

  /**
   * Returns the currency of every amount in the allocation.
   *
   * @return the currency of the policy and the accounts
   */
  public abstract Currency currency();

  /**
   * Returns one placement per account, in allocation order: pinned accounts first, then the
   * others, each group by descending lifetime value and, at equal value, by ascending
   * account id ({@link String#compareTo(String)}).
   *
   * @return the placements
   */
  public abstract List<Placement> placements();

  /**
   * Returns what each touch model got, in the order high touch, low touch, tech touch.
   *
   * @return one summary per touch model
   */
  public abstract List<TouchModelSummary> summaries();

  /**
   * Returns the CS capacity of the policy.
   *
   * @return the capacity in hours per month
   */
  public abstract BigDecimal capacityHoursPerMonth();

  /**
   * Returns the CS hours of all placed accounts.
   *
   * @return hours used per month
   */
  public abstract BigDecimal hoursUsedPerMonth();

  /**
   * Returns the CS hours of the pinned accounts alone.
   *
   * @return pinned hours per month
   */
  public abstract BigDecimal pinnedHoursPerMonth();

  /**
   * Returns the CS hours that would give every unpinned account the touch model it is
   * eligible for, pinned accounts keeping their pins. With at least this capacity no account
   * is downgraded.
   *
   * @return hours needed per month
   */
  public abstract BigDecimal hoursNeededPerMonth();

  /**
   * Returns the load per CS manager, when the policy gives the number of managers.
   *
   * @return the load per manager, or empty when the policy has no manager count
   */
  public abstract Optional<ManagerLoad> managerLoad();

  /**
   * Tells whether the pinned accounts alone need more hours than the capacity. Pins are kept
   * all the same.
   *
   * @return true when pinned hours exceed the capacity
   */
  public boolean pinnedOverCapacity() {
    return pinnedHoursPerMonth().compareTo(capacityHoursPerMonth()) > 0;
  }

  /**
   * Tells whether the hours used exceed the capacity, through pins or tech-touch effort.
   *
   * @return true when hours used exceed the capacity
   */
  public boolean overCapacity() {
    return hoursUsedPerMonth().compareTo(capacityHoursPerMonth()) > 0;
  }

  /**
   * Returns what one touch model got.
   *
   * @param touchModel the touch model
   * @return its summary
   * @throws java.util.NoSuchElementException when the allocation has no summary for it,
   *     which never happens for one built by {@link TouchModelAllocator}
   */
  public TouchModelSummary summary(TouchModel touchModel) {
    return summaries().stream()
        .filter(summary -> summary.touchModel() == touchModel)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Returns the placement of one account.
   *
   * @param accountId the account id
   * @return the placement, or empty when no account has that id
   */
  public Optional<Placement> placement(String accountId) {
    return Optional.ofNullable(placementsById().get(accountId));
  }

  @Value.Lazy
  Map<String, Placement> placementsById() {
    Map<String, Placement> byId = new HashMap<>(placements().size() * 4 / 3 + 1);
    for (Placement placement : placements()) {
      byId.put(placement.accountId(), placement);
    }
    return byId;
  }
}
