package dev.valueroadmap.onboarding.segmentation;

import static dev.valueroadmap.onboarding.program.TouchModel.HIGH_TOUCH;
import static dev.valueroadmap.onboarding.program.TouchModel.LOW_TOUCH;
import static dev.valueroadmap.onboarding.program.TouchModel.TECH_TOUCH;
import static dev.valueroadmap.onboarding.segmentation.PlacementReason.BELOW_THRESHOLD;
import static dev.valueroadmap.onboarding.segmentation.PlacementReason.DOWNGRADED_FOR_CAPACITY;
import static dev.valueroadmap.onboarding.segmentation.PlacementReason.ELIGIBLE;
import static dev.valueroadmap.onboarding.segmentation.PlacementReason.PINNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.TouchModel;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TouchModelAllocatorTest {

  /** 10 hours per month for high touch, 4 for low touch, none for tech touch. */
  private static final TouchModelEffort EFFORT =
      TouchModelEffort.of(new BigDecimal("10"), new BigDecimal("4"), BigDecimal.ZERO);

  @Test
  void allocate_handWorkedExample() {
    // Turn order: a and c tie at 150000 (a first by id), then b, d, e.
    // a: high fits, 24 - 10 = 14 left. c: high fits, 4 left.
    // b: exactly on the high minimum; high needs 10 > 4, low needs 4 <= 4, so low, 0 left.
    // d: exactly on the low minimum; low needs 4 > 0, so tech touch.
    // e: one cent below the low minimum, so tech touch on its own merit.
    List<AccountValue> accounts = List.of(
        stated("e", "19999.99"),
        stated("c", "150000"),
        stated("d", "20000"),
        stated("a", "150000"),
        stated("b", "100000"));

    Allocation allocation = allocator("24", null).allocate(accounts);

    assertEquals(List.of("a", "c", "b", "d", "e"), ids(allocation));
    assertPlacement(allocation, "a", HIGH_TOUCH, HIGH_TOUCH, ELIGIBLE, "24");
    assertPlacement(allocation, "c", HIGH_TOUCH, HIGH_TOUCH, ELIGIBLE, "14");
    assertPlacement(allocation, "b", HIGH_TOUCH, LOW_TOUCH, DOWNGRADED_FOR_CAPACITY, "4");
    assertPlacement(allocation, "d", LOW_TOUCH, TECH_TOUCH, DOWNGRADED_FOR_CAPACITY, "0");
    assertPlacement(allocation, "e", TECH_TOUCH, TECH_TOUCH, BELOW_THRESHOLD, "0");

    assertDecimal("24", allocation.hoursUsedPerMonth());
    assertDecimal("0", allocation.pinnedHoursPerMonth());
    // Everyone on the eligible model: 3 x 10 + 1 x 4 = 34.
    assertDecimal("34", allocation.hoursNeededPerMonth());
    assertFalse(allocation.pinnedOverCapacity());
    assertFalse(allocation.overCapacity());

    assertSummary(allocation, HIGH_TOUCH, List.of("a", "c"), "20", "300000");
    assertSummary(allocation, LOW_TOUCH, List.of("b"), "4", "100000");
    assertSummary(allocation, TECH_TOUCH, List.of("d", "e"), "0", "39999.99");
    assertTrue(allocation.managerLoad().isEmpty());
  }

  @Test
  void allocate_tieGoesToLowerId() {
    // Both are eligible for high touch; "acct-1" < "acct-2", so acct-1 goes first and
    // takes 10 of the 14 hours, and acct-2 gets low touch in the 4 hours left.
    List<AccountValue> accounts = List.of(stated("acct-2", "150000"), stated("acct-1", "150000"));

    Allocation allocation = allocator("14", null).allocate(accounts);

    assertPlacement(allocation, "acct-1", HIGH_TOUCH, HIGH_TOUCH, ELIGIBLE, "14");
    assertPlacement(allocation, "acct-2", HIGH_TOUCH, LOW_TOUCH, DOWNGRADED_FOR_CAPACITY,
        "4");
  }

  @Test
  void allocate_tieBetweenDifferentScalesIsATie() {
    // 150000.00 and 150000 are the same value, so the id decides.
    List<AccountValue> accounts = List.of(stated("b", "150000.00"), stated("a", "150000"));

    Allocation allocation = allocator("10", null).allocate(accounts);

    assertEquals(List.of("a", "b"), ids(allocation));
  }

  @Test
  void allocate_nearlyEqualValuesOrderedExactly() {
    // 100000.001 and 100000.002 round to the same float, and 1E14 + 0.01 and 1E14 + 0.02 to
    // the same double (1E14 + 0.015625, doubles near 1E14 being 1/64 apart), yet the larger
    // value goes first although its id sorts later. Of the 24
    // hours, d and c take 10 each, b gets low touch in the 4 left, and a gets tech touch.
    List<AccountValue> accounts = List.of(
        stated("a", "100000.001"),
        stated("b", "100000.002"),
        stated("c", "100000000000000.01"),
        stated("d", "100000000000000.02"));

    Allocation allocation = allocator("24", null).allocate(accounts);

    assertEquals(List.of("d", "c", "b", "a"), ids(allocation));
    assertPlacement(allocation, "b", HIGH_TOUCH, LOW_TOUCH, DOWNGRADED_FOR_CAPACITY, "4");
    assertPlacement(allocation, "a", HIGH_TOUCH, TECH_TOUCH, DOWNGRADED_FOR_CAPACITY, "0");
  }

  @Test
  void allocate_zeroCapacityPutsEveryoneOnTechTouch() {
    List<AccountValue> accounts = List.of(stated("a", "500000"), stated("b", "50000"),
        stated("c", "10"));

    Allocation allocation = allocator("0", null).allocate(accounts);

    assertPlacement(allocation, "a", HIGH_TOUCH, TECH_TOUCH, DOWNGRADED_FOR_CAPACITY, "0");
    assertPlacement(allocation, "b", LOW_TOUCH, TECH_TOUCH, DOWNGRADED_FOR_CAPACITY, "0");
    assertPlacement(allocation, "c", TECH_TOUCH, TECH_TOUCH, BELOW_THRESHOLD, "0");
    assertDecimal("0", allocation.hoursUsedPerMonth());
    assertDecimal("14", allocation.hoursNeededPerMonth());
    assertFalse(allocation.overCapacity());
  }

  @Test
  void allocate_techTouchCountsBeyondCapacity() {
    // Tech touch costs 0.5 hours; with no capacity both accounts still get it.
    TouchModelEffort effort = TouchModelEffort.of(new BigDecimal("10"), new BigDecimal("4"),
        new BigDecimal("0.5"));
    TouchModelAllocator allocator = TouchModelAllocator.of(policy("0", null), effort);

    Allocation allocation = allocator.allocate(List.of(stated("a", "500000"),
        stated("b", "10")));

    assertPlacement(allocation, "a", HIGH_TOUCH, TECH_TOUCH, DOWNGRADED_FOR_CAPACITY, "0");
    assertPlacement(allocation, "b", TECH_TOUCH, TECH_TOUCH, BELOW_THRESHOLD, "-0.5");
    assertDecimal("1", allocation.hoursUsedPerMonth());
    assertTrue(allocation.overCapacity());
    assertFalse(allocation.pinnedOverCapacity());
  }

  @Test
  void allocate_pinsOverCapacityAreKeptAndFlagged() {
    // Pins first, by value: p2 (5000) then p1 (1000), 10 hours each on 15 hours of
    // capacity, so 15 - 20 = -5 left. x is eligible for high touch, but neither high (10)
    // nor low (4) fits in -5, so it gets tech touch.
    List<AccountValue> accounts = List.of(
        stated("x", "200000"),
        pinned(stated("p1", "1000"), HIGH_TOUCH),
        pinned(stated("p2", "5000"), HIGH_TOUCH));

    Allocation allocation = allocator("15", 2).allocate(accounts);

    assertEquals(List.of("p2", "p1", "x"), ids(allocation));
    assertPlacement(allocation, "p2", TECH_TOUCH, HIGH_TOUCH, PINNED, "15");
    assertPlacement(allocation, "p1", TECH_TOUCH, HIGH_TOUCH, PINNED, "5");
    assertPlacement(allocation, "x", HIGH_TOUCH, TECH_TOUCH, DOWNGRADED_FOR_CAPACITY, "-5");
    assertDecimal("20", allocation.pinnedHoursPerMonth());
    assertDecimal("20", allocation.hoursUsedPerMonth());
    assertDecimal("30", allocation.hoursNeededPerMonth());
    assertTrue(allocation.pinnedOverCapacity());
    assertTrue(allocation.overCapacity());

    ManagerLoad load = allocation.managerLoad().orElseThrow();
    assertEquals(2, load.managers());
    assertDecimal("1.5", load.accountsPerManager());
    assertDecimal("1", load.accountsPerManager(HIGH_TOUCH));
    assertDecimal("0", load.accountsPerManager(LOW_TOUCH));
    assertDecimal("0.5", load.accountsPerManager(TECH_TOUCH));
    assertDecimal("10", load.hoursPerMonthPerManager());
  }

  @Test
  void allocate_pinBelowEligibilityIsKept() {
    // A pin may also hold an account below its eligibility: y is worth high touch but is
    // pinned to tech touch, so its 10 hours stay free for z.
    List<AccountValue> accounts = List.of(pinned(stated("y", "900000"), TECH_TOUCH),
        stated("z", "100000"));

    Allocation allocation = allocator("10", null).allocate(accounts);

    assertPlacement(allocation, "y", HIGH_TOUCH, TECH_TOUCH, PINNED, "10");
    assertPlacement(allocation, "z", HIGH_TOUCH, HIGH_TOUCH, ELIGIBLE, "10");
    assertDecimal("10", allocation.hoursNeededPerMonth());
  }

  @Test
  void allocate_zeroHourTouchModelFitsBeyondCapacity() {
    // Low touch costs nothing here, so it fits even after a pin went over capacity.
    TouchModelEffort effort =
        TouchModelEffort.of(new BigDecimal("10"), BigDecimal.ZERO, BigDecimal.ZERO);
    TouchModelAllocator allocator = TouchModelAllocator.of(policy("5", null), effort);

    Allocation allocation = allocator.allocate(List.of(pinned(stated("p", "0"), HIGH_TOUCH),
        stated("q", "100000")));

    assertPlacement(allocation, "q", HIGH_TOUCH, LOW_TOUCH, DOWNGRADED_FOR_CAPACITY, "-5");
  }

  @Test
  void allocate_managerAveragesAreDecimals() {
    // 3 accounts, 2 on high touch (20 hours), over 3 managers: 1, 2/3 and 20/3.
    List<AccountValue> accounts = List.of(stated("a", "100000"), stated("b", "100000"),
        stated("c", "1"));

    ManagerLoad load = allocator("20", 3).allocate(accounts).managerLoad().orElseThrow();

    assertDecimal("1", load.accountsPerManager());
    assertDecimal("0.6666666666666667", load.accountsPerManager(HIGH_TOUCH));
    assertDecimal("0.3333333333333333", load.accountsPerManager(TECH_TOUCH));
    assertDecimal("6.666666666666667", load.hoursPerMonthPerManager());
  }

  @Test
  void allocate_derivedLifetimeValues() {
    // c1: 12000 x 0.75 / 0.2 = 45000, low touch. y1: 24000 x 0.8 x 2.5 = 48000, low touch.
    // y2: 40000 x 1 x 3 = 120000, high touch. Turn order by value: y2, y1, c1.
    AccountValue churn = AccountValue.builder().id("c1").annualRecurringRevenue(eur("12000"))
        .grossMargin(new BigDecimal("0.75")).annualChurnRate(new BigDecimal("0.2")).build();
    AccountValue years = AccountValue.builder().id("y1").annualRecurringRevenue(eur("24000"))
        .grossMargin(new BigDecimal("0.8")).lifetimeYears(new BigDecimal("2.5")).build();
    AccountValue defaultMargin = AccountValue.builder().id("y2")
        .annualRecurringRevenue(eur("40000")).lifetimeYears(new BigDecimal("3")).build();

    Allocation allocation = allocator("100", null).allocate(List.of(churn, years,
        defaultMargin));

    assertEquals(List.of("y2", "y1", "c1"), ids(allocation));
    assertEquals(eur("45000"), allocation.placement("c1").orElseThrow().lifetimeValue());
    assertEquals(eur("48000"), allocation.placement("y1").orElseThrow().lifetimeValue());
    assertEquals(eur("120000"), allocation.placement("y2").orElseThrow().lifetimeValue());
    assertEquals(LOW_TOUCH, allocation.placement("c1").orElseThrow().touchModel());
    assertEquals(HIGH_TOUCH, allocation.placement("y2").orElseThrow().touchModel());
  }

  @Test
  void allocate_noAccounts() {
    Allocation allocation = allocator("10", 1).allocate(List.of());

    assertEquals(List.of(), allocation.placements());
    assertDecimal("0", allocation.hoursUsedPerMonth());
    assertEquals(eur("0"), allocation.summary(HIGH_TOUCH).lifetimeValue());
    assertDecimal("0", allocation.managerLoad().orElseThrow().accountsPerManager());
  }

  @Test
  void allocate_currencyMismatchBetweenAccounts() {
    AccountValue dollars = AccountValue.builder().id("us-1")
        .annualRecurringRevenue(Money.of("1000", "USD"))
        .statedLifetimeValue(Money.of("5000", "USD")).build();

    InvalidSegmentationException e = assertThrows(InvalidSegmentationException.class,
        () -> allocator("10", null).allocate(List.of(stated("eu-1", "100"), dollars)));

    assertEquals(SegmentationRule.ONE_CURRENCY, e.rule());
    assertTrue(e.getMessage().contains("'us-1' is in USD"), e.getMessage());
    assertTrue(e.getMessage().contains("'eu-1' is in EUR"), e.getMessage());
  }

  @Test
  void allocate_currencyMismatchWithPolicy() {
    AccountValue dollars = AccountValue.builder().id("us-1")
        .annualRecurringRevenue(Money.of("1000", "USD"))
        .statedLifetimeValue(Money.of("5000", "USD")).build();

    InvalidSegmentationException e = assertThrows(InvalidSegmentationException.class,
        () -> allocator("10", null).allocate(List.of(dollars)));

    assertEquals(SegmentationRule.ONE_CURRENCY, e.rule());
    assertTrue(e.getMessage().contains("'us-1' is in USD"), e.getMessage());
    assertTrue(e.getMessage().contains("are in EUR"), e.getMessage());
  }

  @Test
  void allocate_duplicateIds() {
    List<AccountValue> accounts = List.of(stated("a", "1"), stated("b", "2"), stated("a", "3"));

    InvalidSegmentationException e = assertThrows(InvalidSegmentationException.class,
        () -> allocator("10", null).allocate(accounts));

    assertEquals(SegmentationRule.ACCOUNT_ID_UNIQUE, e.rule());
    assertTrue(e.getMessage().contains("'a' appears at positions 0 and 2"), e.getMessage());
  }

  @Test
  void placement_unknownIdIsEmpty() {
    Allocation allocation = allocator("10", null).allocate(List.of(stated("a", "1")));

    assertTrue(allocation.placement("zz").isEmpty());
  }

  private static TouchModelAllocator allocator(String capacity, Integer managers) {
    return TouchModelAllocator.of(policy(capacity, managers), EFFORT);
  }

  /** High touch from 100000 EUR, low touch from 20000 EUR. */
  private static SegmentationPolicy policy(String capacity, Integer managers) {
    ImmutableSegmentationPolicy.Builder policy = SegmentationPolicy.builder()
        .highTouchMinimumLifetimeValue(eur("100000"))
        .lowTouchMinimumLifetimeValue(eur("20000"))
        .capacityHoursPerMonth(new BigDecimal(capacity));
    if (managers != null) {
      policy.csManagers(managers);
    }
    return policy.build();
  }

  private static AccountValue stated(String id, String lifetimeValue) {
    return AccountValue.builder()
        .id(id)
        .annualRecurringRevenue(eur("1000"))
        .statedLifetimeValue(eur(lifetimeValue))
        .build();
  }

  private static AccountValue pinned(AccountValue account, TouchModel touchModel) {
    return ImmutableAccountValue.copyOf(account).withPinnedTouchModel(touchModel);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  private static List<String> ids(Allocation allocation) {
    return allocation.placements().stream().map(Placement::accountId).toList();
  }

  private static void assertPlacement(Allocation allocation, String id, TouchModel eligible,
      TouchModel placed, PlacementReason reason, String hoursLeftBefore) {
    Placement placement = allocation.placement(id).orElseThrow();
    assertEquals(eligible, placement.eligibleTouchModel(), id + " eligible");
    assertEquals(placed, placement.touchModel(), id + " touch model");
    assertEquals(reason, placement.reason(), id + " reason");
    assertDecimal(hoursLeftBefore, placement.hoursLeftBefore());
  }

  private static void assertSummary(Allocation allocation, TouchModel touchModel,
      List<String> ids, String hours, String lifetimeValue) {
    TouchModelSummary summary = allocation.summary(touchModel);
    assertEquals(ids, summary.accountIds(), touchModel + " accounts");
    assertEquals(ids.size(), summary.accountCount());
    assertDecimal(hours, summary.hoursPerMonth());
    assertEquals(eur(lifetimeValue), summary.lifetimeValue(), touchModel + " value");
  }

  private static void assertDecimal(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual.toPlainString());
  }
}
