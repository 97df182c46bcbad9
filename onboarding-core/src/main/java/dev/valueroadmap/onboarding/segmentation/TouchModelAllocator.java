package dev.valueroadmap.onboarding.segmentation;

import static java.util.Objects.requireNonNull;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Allocates touch models to accounts under a policy and an effort model, deterministically
 * and with a reason for every account.
 *
 * <ol>
 *   <li>Pinned accounts get their pinned touch model first, and their hours are counted,
 *       even beyond the capacity. {@link Allocation#pinnedOverCapacity()} then returns true.
 *   <li>The other accounts take their turn in descending lifetime value, and at equal value
 *       in ascending account id. Each gets the highest touch model it is eligible for whose
 *       hours fit in the capacity left, otherwise the next lower one that fits. A touch model
 *       fits when its hours per month are 0 or at most the capacity left. Tech touch always
 *       fits, and its hours are counted even when they go beyond the capacity.
 * </ol>
 *
 * <p>The result does not depend on the order of the input accounts. The bound on the hours
 * used is stated on {@link Allocation}. An allocation sorts the accounts once and does a
 * fixed amount of work per account afterwards, with no division per account.
 *
 * <p>Immutable and thread-safe: one allocator can serve many allocations at once.
 */
public final class TouchModelAllocator {

  private static final TouchModel[] TOUCH_MODELS = TouchModel.values();

  private final SegmentationPolicy policy;
  private final TouchModelEffort effort;
  private final BigDecimal capacity;
  private final BigDecimal[] hoursByTouchModel;

  private TouchModelAllocator(SegmentationPolicy policy, TouchModelEffort effort) {
    this.policy = policy;
    this.effort = effort;

    // One scale for the capacity and all effort hours, so that the additions and
    // comparisons per account never rescale. Raising the scale is exact.
    int scale = Math.max(0, policy.capacityHoursPerMonth().scale());
    for (TouchModel touchModel : TOUCH_MODELS) {
      scale = Math.max(scale, effort.hoursPerMonth(touchModel).scale());
    }
    this.capacity = policy.capacityHoursPerMonth().setScale(scale);
    this.hoursByTouchModel = new BigDecimal[TOUCH_MODELS.length];
    for (TouchModel touchModel : TOUCH_MODELS) {
      hoursByTouchModel[touchModel.ordinal()] = effort.hoursPerMonth(touchModel).setScale(scale);
    }
  }

  /**
   * Creates an allocator.
   *
   * @param policy the thresholds, the capacity and the number of CS managers
   * @param effort the hours per month of one account on each touch model
   * @return the allocator
   */
  public static TouchModelAllocator of(SegmentationPolicy policy, TouchModelEffort effort) {
    return new TouchModelAllocator(requireNonNull(policy, "policy"),
        requireNonNull(effort, "effort"));
  }

  /**
   * Returns the policy this allocator applies.
   *
   * @return the policy
   */
  public SegmentationPolicy policy() {
    return policy;
  }

  /**
   * Returns the effort model this allocator applies.
   *
   * @return the effort model
   */
  public TouchModelEffort effort() {
    return effort;
  }

  /**
   * Allocates a touch model to every account.
   *
   * @param accounts the accounts, in any order
   * @return the allocation, with one placement per account
   * @throws InvalidSegmentationException when two accounts share an id, or when the accounts
   *     and the policy's minimums are not all in one currency
   * @throws NullPointerException when {@code accounts} or one of its elements is null
   */
  public Allocation allocate(Collection<AccountValue> accounts) {
    requireNonNull(accounts, "accounts");
    List<Candidate> pinned = new ArrayList<>();
    List<Candidate> unpinned = new ArrayList<>(accounts.size());
    collectCandidates(accounts, pinned, unpinned);

    Candidate[] pinnedInTurn = turnOrder(pinned);
    Candidate[] unpinnedInTurn = turnOrder(unpinned);

    Tally tally = new Tally(accounts.size(), capacity);
    for (Candidate candidate : pinnedInTurn) {
      TouchModel pin = candidate.account.pinnedTouchModel().orElseThrow();
      tally.place(candidate, pin, PlacementReason.PINNED, hours(pin));
    }
    BigDecimal pinnedHours = capacity.subtract(tally.remaining);

    for (Candidate candidate : unpinnedInTurn) {
      TouchModel touchModel = candidate.eligible;
      while (touchModel != TouchModel.TECH_TOUCH && !fits(hours(touchModel), tally.remaining)) {
        touchModel = nextLower(touchModel);
      }
      tally.place(candidate, touchModel, reason(candidate.eligible, touchModel),
          hours(touchModel));
    }
    return result(tally, pinnedHours);
  }

  private void collectCandidates(Collection<AccountValue> accounts, List<Candidate> pinned,
      List<Candidate> unpinned) {
    Set<String> ids = new HashSet<>(accounts.size() * 4 / 3 + 1);
    AccountValue first = null;
    int position = 0;
    for (AccountValue account : accounts) {
      int current = position;
      requireNonNull(account, () -> "account at position " + current + " is null");
      if (!ids.add(account.id())) {
        throw duplicateId(accounts, account.id(), position);
      }

      if (first == null) {
        first = account;
        requirePolicyCurrency(account);
      } else if (!account.currency().equals(first.currency())) {
        throw new InvalidSegmentationException(SegmentationRule.ONE_CURRENCY,
            "account '" + account.id() + "' is in " + account.currency().getCurrencyCode()
                + " but account '" + first.id() + "' is in "
                + first.currency().getCurrencyCode());
      }

      Candidate candidate = new Candidate(account, policy);
      if (account.pinnedTouchModel().isPresent()) {
        pinned.add(candidate);
      } else {
        unpinned.add(candidate);
      }
      position++;
    }
  }

  private static InvalidSegmentationException duplicateId(Collection<AccountValue> accounts,
      String id, int position) {
    int earlier = 0;
    for (AccountValue account : accounts) {
      if (account.id().equals(id)) {
        break;
      }
      earlier++;
    }
    return new InvalidSegmentationException(SegmentationRule.ACCOUNT_ID_UNIQUE,
        "account id '" + id + "' appears at positions " + earlier + " and " + position
            + " of the accounts");
  }

  private void requirePolicyCurrency(AccountValue account) {
    Currency currency = policy.currency();
    if (!account.currency().equals(currency)) {
      throw new InvalidSegmentationException(SegmentationRule.ONE_CURRENCY,
          "account '" + account.id() + "' is in " + account.currency().getCurrencyCode()
              + " but the policy's minimum lifetime values are in " + currency.getCurrencyCode());
    }
  }

  /**
   * Sorts candidates into turn order. A primitive sort on a packed key (a coarse, order-keeping
   * image of the lifetime value, then the input position) does most of the work, because it
   * is several times faster than sorting objects. Runs with equal coarse keys are then sorted
   * exactly by {@link Candidate#compareTo}.
   */
  private static Candidate[] turnOrder(List<Candidate> candidates) {
    int count = candidates.size();
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      keys[i] = (long) candidates.get(i).coarseKey << 32 | i;
    }
    Arrays.sort(keys);

    Candidate[] ordered = new Candidate[count];
    for (int i = 0; i < count; i++) {
      ordered[i] = candidates.get((int) keys[i]);
    }

    int runStart = 0;
    for (int i = 1; i <= count; i++) {
      if (i == count || keys[i] >>> 32 != keys[runStart] >>> 32) {
        if (i - runStart > 1) {
          Arrays.sort(ordered, runStart, i);
        }
        runStart = i;
      }
    }
    return ordered;
  }

  private BigDecimal hours(TouchModel touchModel) {
    return hoursByTouchModel[touchModel.ordinal()];
  }

  private static boolean fits(BigDecimal hours, BigDecimal remaining) {
    return hours.signum() == 0 || hours.compareTo(remaining) <= 0;
  }

  private static TouchModel nextLower(TouchModel touchModel) {
    return switch (touchModel) {
      case HIGH_TOUCH -> TouchModel.LOW_TOUCH;
      case LOW_TOUCH, TECH_TOUCH -> TouchModel.TECH_TOUCH;
    };
  }

  private static PlacementReason reason(TouchModel eligible, TouchModel allocated) {
    if (allocated != eligible) {
      return PlacementReason.DOWNGRADED_FOR_CAPACITY;
    }
    return eligible == TouchModel.HIGH_TOUCH
        ? PlacementReason.ELIGIBLE
        : PlacementReason.BELOW_THRESHOLD;
  }

  private Allocation result(Tally tally, BigDecimal pinnedHours) {
    Currency currency = policy.currency();
    ImmutableAllocation.Builder allocation = ImmutableAllocation.builder()
        .currency(currency)
        .placements(tally.placements)
        .capacityHoursPerMonth(capacity)
        .pinnedHoursPerMonth(pinnedHours);

    List<List<String>> accountIds = tally.accountIds();
    BigDecimal used = BigDecimal.ZERO;
    BigDecimal needed = BigDecimal.ZERO;
    for (TouchModel touchModel : TOUCH_MODELS) {
      int index = touchModel.ordinal();
      long placed = tally.placedCounts[index];
      BigDecimal hours = hours(touchModel).multiply(BigDecimal.valueOf(placed));
      used = used.add(hours);
      needed = needed.add(hours(touchModel).multiply(BigDecimal.valueOf(tally.needed[index])));
      allocation.addSummaries(ImmutableTouchModelSummary.builder()
          .touchModel(touchModel)
          .accountIds(accountIds.get(index))
          .hoursPerMonth(hours)
          .lifetimeValue(Money.of(tally.lifetimeValues[index].total(), currency))
          .build());
    }
    allocation.hoursUsedPerMonth(used).hoursNeededPerMonth(needed);

    if (policy.csManagers().isPresent()) {
      allocation.managerLoad(managerLoad(tally, used, policy.csManagers().getAsInt()));
    }
    return allocation.build();
  }

  private static ManagerLoad managerLoad(Tally tally, BigDecimal hoursUsed, int managers) {
    BigDecimal divisor = BigDecimal.valueOf(managers);
    Map<TouchModel, BigDecimal> accountsByTouchModel = new EnumMap<>(TouchModel.class);
    for (TouchModel touchModel : TOUCH_MODELS) {
      BigDecimal accounts = BigDecimal.valueOf(tally.placedCounts[touchModel.ordinal()]);
      accountsByTouchModel.put(touchModel, accounts.divide(divisor, MathContext.DECIMAL64));
    }
    return ImmutableManagerLoad.builder()
        .managers(managers)
        .accountsPerManager(BigDecimal.valueOf(tally.placements.size())
            .divide(divisor, MathContext.DECIMAL64))
        .accountsPerManagerByTouchModel(accountsByTouchModel)
        .hoursPerMonthPerManager(hoursUsed.divide(divisor, MathContext.DECIMAL64))
        .build();
  }

  /**
   * An account with what its turn needs: its exact lifetime value, that value in millionths
   * rounded down for a quick first comparison, a coarser key for the primitive sort, and its
   * eligible touch model.
   */
  private static final class Candidate implements Comparable<Candidate> {

    /** The coarse key of the largest lifetime values, the largest a float can hold. */
    private static final int INFINITY_BITS = Float.floatToRawIntBits(Float.POSITIVE_INFINITY);

    final AccountValue account;
    final BigDecimal lifetimeValue;
    /** The unscaled lifetime value for a {@link DecimalSum}, or -1. */
    final long compactUnscaled;
    final long sortKey;
    final int coarseKey;
    final TouchModel eligible;

    Candidate(AccountValue account, SegmentationPolicy policy) {
      this.account = account;
      this.lifetimeValue = account.lifetimeValue().amount();
      this.compactUnscaled = DecimalSum.compactUnscaled(lifetimeValue);
      this.sortKey = DecimalSum.floorMillionths(lifetimeValue, compactUnscaled);
      // Rounding to float keeps the order too, and the bits of a float of at least 0 grow
      // with its value. Subtracting them from those of infinity gives a descending key
      // from 0 to INFINITY_BITS, which fits 31 bits.
      this.coarseKey = INFINITY_BITS - Float.floatToRawIntBits((float) Math.max(0, sortKey));
      this.eligible = policy.eligibleTouchModel(lifetimeValue);
    }

    /**
     * Orders by descending lifetime value, then ascending id. Rounding down to millionths
     * never reverses an order, so unequal keys decide, and only equal keys need the exact
     * comparison.
     */
    @Override
    public int compareTo(Candidate other) {
      int byKey = Long.compare(other.sortKey, sortKey);
      if (byKey != 0) {
        return byKey;
      }
      int byValue = other.lifetimeValue.compareTo(lifetimeValue);
      if (byValue != 0) {
        return byValue;
      }
      return account.id().compareTo(other.account.id());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Candidate candidate && compareTo(candidate) == 0;
    }

    @Override
    public int hashCode() {
      return account.id().hashCode();
    }
  }

  /** The running state of one allocation: capacity left, placements and sums so far. */
  private static final class Tally {

    final List<Placement> placements;
    final int[] placedCounts = new int[TOUCH_MODELS.length];
    final DecimalSum[] lifetimeValues = new DecimalSum[TOUCH_MODELS.length];
    final long[] needed = new long[TOUCH_MODELS.length];
    BigDecimal remaining;

    Tally(int accounts, BigDecimal capacity) {
      this.placements = new ArrayList<>(accounts);
      for (int i = 0; i < TOUCH_MODELS.length; i++) {
        lifetimeValues[i] = new DecimalSum();
      }
      this.remaining = capacity;
    }

    void place(Candidate candidate, TouchModel touchModel, PlacementReason reason,
        BigDecimal hours) {
      placements.add(Placement.of(candidate.account, candidate.eligible, touchModel, reason,
          hours, remaining));
      if (hours.signum() != 0) {
        remaining = remaining.subtract(hours);
      }

      int index = touchModel.ordinal();
      placedCounts[index]++;
      lifetimeValues[index].add(candidate.lifetimeValue, candidate.compactUnscaled);
      int neededIndex = reason == PlacementReason.PINNED ? index : candidate.eligible.ordinal();
      needed[neededIndex]++;
    }

    /** Returns the account ids of each touch model in allocation order, by ordinal. */
    List<List<String>> accountIds() {
      String[][] ids = new String[TOUCH_MODELS.length][];
      int[] next = new int[TOUCH_MODELS.length];
      for (int i = 0; i < TOUCH_MODELS.length; i++) {
        ids[i] = new String[placedCounts[i]];
      }
      for (Placement placement : placements) {
        int index = placement.touchModel().ordinal();
        ids[index][next[index]++] = placement.accountId();
      }

      List<List<String>> lists = new ArrayList<>(TOUCH_MODELS.length);
      for (String[] array : ids) {
        lists.add(Arrays.asList(array));
      }
      return lists;
    }
  }
}
