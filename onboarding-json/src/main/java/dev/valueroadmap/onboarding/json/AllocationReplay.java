package dev.valueroadmap.onboarding.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import dev.valueroadmap.onboarding.segmentation.ImmutableAllocation;
import dev.valueroadmap.onboarding.segmentation.ImmutableManagerLoad;
import dev.valueroadmap.onboarding.segmentation.ImmutablePlacement;
import dev.valueroadmap.onboarding.segmentation.ImmutableTouchModelSummary;
import dev.valueroadmap.onboarding.segmentation.InvalidSegmentationException;
import dev.valueroadmap.onboarding.segmentation.ManagerLoad;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.PlacementReason;
import dev.valueroadmap.onboarding.segmentation.SegmentationRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes an allocation again from the inputs that its document contains, the way
 * {@code TouchModelAllocator} computed it: the hours left before each placement, each
 * reason, the summaries, the totals and the load per manager.
 *
 * <p>It rejects placements that no allocation could have produced, at their pointer: an
 * account in another currency or listed twice, placements out of allocation order, two
 * placements on one touch model with different hours, a pin not kept, an account placed
 * above its eligible touch model or on one whose hours did not fit, and a downgrade while
 * a higher touch model, whose hours another placement shows, did fit. The policy's minimums
 * are not in the document, so the eligible touch model of each account is taken as written.
 */
final class AllocationReplay {

  private static final TouchModel[] TOUCH_MODELS = TouchModel.values();

  private AllocationReplay() {
  }

  /** One placement as read: its inputs, and its derived fields to check later. */
  record PlacementInput(String pointer, JsonLocation location, AccountValue account,
      TouchModel eligible, TouchModel touchModel, BigDecimal hours, DerivedFields derived) {
  }

  /** The manager load as read: the number of managers, and the derived fields. */
  record LoadInput(int managers, DerivedFields derived) {
  }

  /**
   * The inputs of an allocation document.
   *
   * @param hoursNeeded the written hours needed, or null when the field is absent
   * @param managerLoad the manager load, or null when the document has none
   */
  record Inputs(String pointer, JsonLocation location, Currency currency, BigDecimal capacity,
      List<PlacementInput> placements, BigDecimal hoursNeeded, JsonLocation neededLocation,
      LoadInput managerLoad) {
  }

  /** Computes the allocation from the inputs, rejecting inputs that contradict each other. */
  static Allocation replay(JsonParser in, Inputs inputs) throws IOException {
    BigDecimal[] hours = hoursByTouchModel(in, inputs.placements());
    BigDecimal zero = BigDecimal.ZERO.setScale(inputs.capacity().scale());
    int[] placedCounts = new int[TOUCH_MODELS.length];
    long[] neededCounts = new long[TOUCH_MODELS.length];
    BigDecimal[] lifetimeValues = new BigDecimal[TOUCH_MODELS.length];
    List<List<String>> accountIds = new ArrayList<>();
    for (int i = 0; i < TOUCH_MODELS.length; i++) {
      lifetimeValues[i] = BigDecimal.ZERO;
      accountIds.add(new ArrayList<>());
    }

    ImmutableAllocation.Builder allocation = ImmutableAllocation.builder()
        .currency(inputs.currency())
        .capacityHoursPerMonth(inputs.capacity());
    Map<String, Integer> firstIndex = new HashMap<>();
    BigDecimal remaining = inputs.capacity();
    BigDecimal pinnedHours = null;
    PlacementInput previous = null;
    for (int i = 0; i < inputs.placements().size(); i++) {
      PlacementInput placement = inputs.placements().get(i);
      AccountValue account = placement.account();
      checkAccount(in, placement, inputs.currency(), firstIndex, i);
      checkOrder(in, previous, placement);
      boolean pinned = account.pinnedTouchModel().isPresent();
      if (!pinned && pinnedHours == null) {
        pinnedHours = inputs.capacity().subtract(remaining);
      }
      checkTouchModel(in, placement, hours, remaining);

      allocation.addPlacements(ImmutablePlacement.of(account, placement.eligible(),
          placement.touchModel(), reason(placement), placement.hours(), remaining));
      if (placement.hours().signum() != 0) {
        remaining = remaining.subtract(placement.hours());
      }
      int index = placement.touchModel().ordinal();
      placedCounts[index]++;
      lifetimeValues[index] = lifetimeValues[index].add(account.lifetimeValue().amount());
      accountIds.get(index).add(account.id());
      neededCounts[pinned ? index : placement.eligible().ordinal()]++;
      previous = placement;
    }
    if (pinnedHours == null) {
      pinnedHours = inputs.capacity().subtract(remaining);
    }

    BigDecimal used = BigDecimal.ZERO;
    for (TouchModel touchModel : TOUCH_MODELS) {
      int index = touchModel.ordinal();
      BigDecimal touchModelHours = (hours[index] == null ? zero : hours[index])
          .multiply(BigDecimal.valueOf(placedCounts[index]));
      used = used.add(touchModelHours);
      allocation.addSummaries(ImmutableTouchModelSummary.builder()
          .touchModel(touchModel)
          .accountIds(accountIds.get(index))
          .hoursPerMonth(touchModelHours)
          .lifetimeValue(Money.of(lifetimeValues[index], inputs.currency()))
          .build());
    }
    allocation.hoursUsedPerMonth(used)
        .pinnedHoursPerMonth(pinnedHours)
        .hoursNeededPerMonth(hoursNeeded(in, inputs, hours, zero, neededCounts));
    if (inputs.managerLoad() != null) {
      allocation.managerLoad(managerLoad(inputs.managerLoad().managers(), placedCounts, used));
    }
    return allocation.build();
  }

  /**
   * Returns the hours of each touch model as the first placement on it shows them, null
   * for a touch model without placements, and rejects a placement that shows other hours.
   */
  private static BigDecimal[] hoursByTouchModel(JsonParser in, List<PlacementInput> placements)
      throws IOException {
    BigDecimal[] hours = new BigDecimal[TOUCH_MODELS.length];
    String[] firstPointers = new String[TOUCH_MODELS.length];
    for (PlacementInput placement : placements) {
      int index = placement.touchModel().ordinal();
      if (hours[index] == null) {
        hours[index] = placement.hours();
        firstPointers[index] = placement.pointer();
      } else if (hours[index].compareTo(placement.hours()) != 0) {
        throw JsonInput.mismatch(in, placement.pointer() + "/hoursPerMonth",
            placement.location(), "the placement on " + placement.touchModel() + " costs "
                + placement.hours().toPlainString() + " hours per month but the one at "
                + firstPointers[index] + " costs " + hours[index].toPlainString()
                + "; every account on one touch model costs the same hours", null);
      }
    }
    return hours;
  }

  private static void checkAccount(JsonParser in, PlacementInput placement, Currency currency,
      Map<String, Integer> firstIndex, int index) throws IOException {
    AccountValue account = placement.account();
    if (!account.currency().equals(currency)) {
      throw broken(in, placement, "/account/annualRecurringRevenue/currency",
          SegmentationRule.ONE_CURRENCY, "account '" + account.id() + "' is in "
              + account.currency().getCurrencyCode() + " but the allocation is in "
              + currency.getCurrencyCode());
    }
    Integer first = firstIndex.putIfAbsent(account.id(), index);
    if (first != null) {
      throw broken(in, placement, "/account/id", SegmentationRule.ACCOUNT_ID_UNIQUE,
          "account id '" + account.id() + "' appears at placements " + first + " and "
              + index);
    }
  }

  private static DocumentMismatchException broken(JsonParser in, PlacementInput placement,
      String field, SegmentationRule rule, String detail) {
    return JsonInput.mismatch(in, placement.pointer() + field, placement.location(),
        new InvalidSegmentationException(rule, detail).getMessage(), rule);
  }

  /** Rejects a placement that comes before the previous one in allocation order. */
  private static void checkOrder(JsonParser in, PlacementInput previous,
      PlacementInput placement) throws IOException {
    if (previous == null || inTurnOrder(previous.account(), placement.account())) {
      return;
    }
    throw JsonInput.mismatch(in, placement.pointer(), placement.location(), "account '"
        + placement.account().id() + "' (" + describe(placement.account())
        + ") comes after account '" + previous.account().id() + "' ("
        + describe(previous.account()) + "); placements are in allocation order: pinned "
        + "accounts first, then by descending lifetime value and ascending account id", null);
  }

  private static boolean inTurnOrder(AccountValue first, AccountValue second) {
    boolean firstPinned = first.pinnedTouchModel().isPresent();
    boolean secondPinned = second.pinnedTouchModel().isPresent();
    if (firstPinned != secondPinned) {
      return firstPinned;
    }
    int byValue = second.lifetimeValue().amount().compareTo(first.lifetimeValue().amount());
    if (byValue != 0) {
      return byValue < 0;
    }
    return first.id().compareTo(second.id()) < 0;
  }

  private static String describe(AccountValue account) {
    return (account.pinnedTouchModel().isPresent() ? "pinned, " : "")
        + "lifetime value " + account.lifetimeValue();
  }

  /**
   * Rejects a touch model that the allocation could not have given. That is a pin not kept,
   * a touch model above the eligible one, or one whose hours did not fit. It is also a
   * downgrade past a touch model whose hours, known from another placement, did fit.
   */
  private static void checkTouchModel(JsonParser in, PlacementInput placement,
      BigDecimal[] hours, BigDecimal remaining) throws IOException {
    AccountValue account = placement.account();
    TouchModel touchModel = placement.touchModel();
    String where = placement.pointer() + "/touchModel";
    Optional<TouchModel> pin = account.pinnedTouchModel();
    if (pin.isPresent()) {
      if (pin.get() != touchModel) {
        throw JsonInput.mismatch(in, where, placement.location(), "account '" + account.id()
            + "' is pinned to " + pin.get() + " but placed on " + touchModel
            + "; a pinned account keeps its pin", null);
      }
      return;
    }

    TouchModel eligible = placement.eligible();
    if (touchModel.ordinal() < eligible.ordinal()) {
      throw JsonInput.mismatch(in, where, placement.location(), "account '" + account.id()
          + "' is eligible for " + eligible + " but placed on the higher " + touchModel
          + "; an account that is not pinned gets its eligible touch model or a lower one",
          null);
    }
    if (touchModel != TouchModel.TECH_TOUCH && !fits(placement.hours(), remaining)) {
      throw JsonInput.mismatch(in, where, placement.location(), "account '" + account.id()
          + "' is placed on " + touchModel + ", which costs "
          + placement.hours().toPlainString() + " hours per month, but "
          + remaining.toPlainString() + " were left at its turn; only tech touch is given "
          + "when the hours do not fit", null);
    }
    for (int higher = eligible.ordinal(); higher < touchModel.ordinal(); higher++) {
      BigDecimal higherHours = hours[higher];
      if (higherHours != null && fits(higherHours, remaining)) {
        throw JsonInput.mismatch(in, where, placement.location(), "account '" + account.id()
            + "' is downgraded to " + touchModel + ", but " + TOUCH_MODELS[higher]
            + ", which costs " + higherHours.toPlainString() + " hours per month, fits in the "
            + remaining.toPlainString() + " hours left at its turn; an account is downgraded "
            + "only as far as needed", null);
      }
    }
  }

  private static boolean fits(BigDecimal hours, BigDecimal remaining) {
    return hours.signum() == 0 || hours.compareTo(remaining) <= 0;
  }

  private static PlacementReason reason(PlacementInput placement) {
    if (placement.account().pinnedTouchModel().isPresent()) {
      return PlacementReason.PINNED;
    }
    if (placement.touchModel() != placement.eligible()) {
      return PlacementReason.DOWNGRADED_FOR_CAPACITY;
    }
    return placement.eligible() == TouchModel.HIGH_TOUCH
        ? PlacementReason.ELIGIBLE
        : PlacementReason.BELOW_THRESHOLD;
  }

  /**
   * Returns the hours needed. They are computed, and checked against the written value,
   * when the placements show the hours of every touch model that an account needs.
   * Otherwise the written value is returned, and it is required.
   */
  private static BigDecimal hoursNeeded(JsonParser in, Inputs inputs, BigDecimal[] hours,
      BigDecimal zero, long[] neededCounts) throws IOException {
    BigDecimal needed = BigDecimal.ZERO;
    for (TouchModel touchModel : TOUCH_MODELS) {
      int index = touchModel.ordinal();
      if (neededCounts[index] > 0 && hours[index] == null) {
        if (inputs.hoursNeeded() == null) {
          throw JsonInput.mismatch(in, inputs.pointer(), inputs.location(), "missing "
              + "required field \"hoursNeededPerMonth\" in allocation; it cannot be computed "
              + "because no placement shows the hours of " + touchModel, null);
        }
        return inputs.hoursNeeded();
      }
      BigDecimal touchModelHours = hours[index] == null ? zero : hours[index];
      needed = needed.add(touchModelHours.multiply(BigDecimal.valueOf(neededCounts[index])));
    }

    if (inputs.hoursNeeded() != null && inputs.hoursNeeded().compareTo(needed) != 0) {
      throw JsonInput.mismatch(in, inputs.pointer() + "/hoursNeededPerMonth",
          inputs.neededLocation(), "the document has " + inputs.hoursNeeded().toPlainString()
              + " but computing it from the placements gives " + needed.toPlainString()
              + "; this field is derived and must match", null);
    }
    return needed;
  }

  private static ManagerLoad managerLoad(int managers, int[] placedCounts, BigDecimal used) {
    BigDecimal divisor = BigDecimal.valueOf(managers);
    Map<TouchModel, BigDecimal> byTouchModel = new EnumMap<>(TouchModel.class);
    long accounts = 0;
    for (TouchModel touchModel : TOUCH_MODELS) {
      int count = placedCounts[touchModel.ordinal()];
      accounts += count;
      byTouchModel.put(touchModel,
          BigDecimal.valueOf(count).divide(divisor, MathContext.DECIMAL64));
    }
    return ImmutableManagerLoad.builder()
        .managers(managers)
        .accountsPerManager(BigDecimal.valueOf(accounts).divide(divisor, MathContext.DECIMAL64))
        .accountsPerManagerByTouchModel(byTouchModel)
        .hoursPerMonthPerManager(used.divide(divisor, MathContext.DECIMAL64))
        .build();
  }
}
