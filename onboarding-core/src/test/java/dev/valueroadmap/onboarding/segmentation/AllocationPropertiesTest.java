package dev.valueroadmap.onboarding.segmentation;

import static dev.valueroadmap.onboarding.testing.Generators.qt;
import static dev.valueroadmap.onboarding.testing.SegmentationGenerators.scenarios;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.testing.SegmentationGenerators.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AllocationPropertiesTest {

  /** The turn order, written independently: pins first, then descending value, then id. */
  private static final Comparator<AccountValue> TURN_ORDER =
      Comparator.comparing((AccountValue account) -> account.pinnedTouchModel().isEmpty())
          .thenComparing(account -> account.lifetimeValue().amount(), Comparator.reverseOrder())
          .thenComparing(AccountValue::id);

  @Test
  void hoursUsedExceedCapacityOnlyThroughPinsOrTechTouch() {
    AtomicInteger pinsOverCapacity = new AtomicInteger();
    AtomicInteger techOverCapacity = new AtomicInteger();
    qt().forAll(scenarios()).checkAssert(scenario -> {
      Allocation allocation = scenario.allocator().allocate(scenario.accounts());
      BigDecimal capacity = scenario.policy().capacityHoursPerMonth();

      BigDecimal pinnedHours = BigDecimal.ZERO;
      BigDecimal unpinnedTechHours = BigDecimal.ZERO;
      for (AccountValue account : scenario.accounts()) {
        if (account.pinnedTouchModel().isPresent()) {
          pinnedHours = pinnedHours.add(
              scenario.effort().hoursPerMonth(account.pinnedTouchModel().get()));
        } else if (touchModelOf(allocation, account) == TouchModel.TECH_TOUCH) {
          unpinnedTechHours = unpinnedTechHours.add(scenario.effort().techTouchHoursPerMonth());
        }
      }

      boolean pinsExceed = pinnedHours.compareTo(capacity) > 0;
      assertEquals(0, pinnedHours.compareTo(allocation.pinnedHoursPerMonth()));
      assertEquals(pinsExceed, allocation.pinnedOverCapacity());
      BigDecimal bound = capacity.max(pinnedHours).add(unpinnedTechHours);
      assertTrue(allocation.hoursUsedPerMonth().compareTo(bound) <= 0,
          () -> "hours used " + allocation.hoursUsedPerMonth() + " above " + bound);
      if (pinsExceed) {
        pinsOverCapacity.incrementAndGet();
      } else if (allocation.overCapacity()) {
        techOverCapacity.incrementAndGet();
        assertTrue(unpinnedTechHours.signum() > 0, "over capacity with neither pins nor tech");
      }
    });
    assertTrue(pinsOverCapacity.get() >= 10, "pins over capacity: " + pinsOverCapacity);
    assertTrue(techOverCapacity.get() >= 10, "tech touch over capacity: " + techOverCapacity);
  }

  @Test
  void noAccountAboveEligibilityUnlessPinned() {
    AtomicInteger pinnedAbove = new AtomicInteger();
    qt().forAll(scenarios()).checkAssert(scenario -> {
      Allocation allocation = scenario.allocator().allocate(scenario.accounts());
      SegmentationPolicy policy = scenario.policy();

      for (Placement placement : allocation.placements()) {
        AccountValue account = placement.account();
        TouchModel eligible = eligibility(account, policy);
        assertEquals(eligible, placement.eligibleTouchModel(), account.id());
        if (account.pinnedTouchModel().isPresent()) {
          assertEquals(account.pinnedTouchModel().get(), placement.touchModel(), account.id());
          assertEquals(PlacementReason.PINNED, placement.reason(), account.id());
          if (placement.touchModel().ordinal() < eligible.ordinal()) {
            pinnedAbove.incrementAndGet();
          }
        } else {
          assertTrue(placement.touchModel().ordinal() >= eligible.ordinal(),
              () -> account.id() + " placed on " + placement.touchModel() + " above "
                  + eligible);
        }
      }
    });
    assertTrue(pinnedAbove.get() >= 20, "pinned above eligibility: " + pinnedAbove);
  }

  @Test
  void downgradedAccountsHadTooLittleCapacityLeft() {
    AtomicInteger downgrades = new AtomicInteger();
    AtomicInteger fitsAtTurn = new AtomicInteger();
    qt().forAll(scenarios()).checkAssert(scenario -> {
      Allocation allocation = scenario.allocator().allocate(scenario.accounts());
      TouchModelEffort effort = scenario.effort();
      List<AccountValue> inTurn = new ArrayList<>(scenario.accounts());
      inTurn.sort(TURN_ORDER);
      assertEquals(inTurn.stream().map(AccountValue::id).toList(),
          allocation.placements().stream().map(Placement::accountId).toList());

      BigDecimal left = scenario.policy().capacityHoursPerMonth();
      for (AccountValue account : inTurn) {
        Placement placement = allocation.placement(account.id()).orElseThrow();
        assertEquals(0, left.compareTo(placement.hoursLeftBefore()), account.id());
        TouchModel placed = placement.touchModel();
        TouchModel eligible = eligibility(account, scenario.policy());

        if (placement.reason() == PlacementReason.DOWNGRADED_FOR_CAPACITY) {
          downgrades.incrementAndGet();
          assertTrue(placed.ordinal() > eligible.ordinal(), account.id());
          for (int up = eligible.ordinal(); up < placed.ordinal(); up++) {
            BigDecimal needed = effort.hoursPerMonth(TouchModel.values()[up]);
            String context = account.id() + " was downgraded although "
                + TouchModel.values()[up] + " needed " + needed + " of " + left + " hours left";
            assertTrue(needed.signum() > 0, context);
            assertTrue(needed.compareTo(left) > 0, context);
          }
        } else if (placement.reason() != PlacementReason.PINNED) {
          assertEquals(eligible, placed, account.id());
        }
        if (placement.reason() != PlacementReason.PINNED && placed != TouchModel.TECH_TOUCH) {
          fitsAtTurn.incrementAndGet();
          BigDecimal hours = effort.hoursPerMonth(placed);
          assertTrue(hours.signum() == 0 || hours.compareTo(left) <= 0, account.id());
        }
        left = left.subtract(effort.hoursPerMonth(placed));
      }
    });
    assertTrue(downgrades.get() >= 200, "downgrades generated: " + downgrades);
    assertTrue(fitsAtTurn.get() >= 200, "placements that fitted: " + fitsAtTurn);
  }

  @Test
  void shufflingInputChangesNothing() {
    AtomicInteger withSeveralAccounts = new AtomicInteger();
    qt().forAll(scenarios(), longs().all()).checkAssert((scenario, seed) -> {
      TouchModelAllocator allocator = scenario.allocator();
      List<AccountValue> shuffled = new ArrayList<>(scenario.accounts());
      Collections.shuffle(shuffled, new Random(seed));
      if (shuffled.size() > 1) {
        withSeveralAccounts.incrementAndGet();
      }

      Allocation original = allocator.allocate(scenario.accounts());
      Allocation again = allocator.allocate(shuffled);
      assertEquals(original, again);
      assertEquals(original.placements(), again.placements());
    });
    assertTrue(withSeveralAccounts.get() >= 150, "shuffles: " + withSeveralAccounts);
  }

  @Test
  void summariesAddUpToPlacements() {
    qt().forAll(scenarios()).checkAssert((Scenario scenario) -> {
      Allocation allocation = scenario.allocator().allocate(scenario.accounts());

      BigDecimal hours = BigDecimal.ZERO;
      BigDecimal value = BigDecimal.ZERO;
      int accounts = 0;
      for (TouchModel touchModel : TouchModel.values()) {
        TouchModelSummary summary = allocation.summary(touchModel);
        List<String> ids = allocation.placements().stream()
            .filter(placement -> placement.touchModel() == touchModel)
            .map(Placement::accountId)
            .toList();
        assertEquals(ids, summary.accountIds());
        hours = hours.add(summary.hoursPerMonth());
        value = value.add(summary.lifetimeValue().amount());
        accounts += summary.accountCount();
      }

      BigDecimal totalValue = scenario.accounts().stream()
          .map(account -> account.lifetimeValue().amount())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(scenario.accounts().size(), accounts);
      assertEquals(0, hours.compareTo(allocation.hoursUsedPerMonth()));
      assertEquals(0, value.compareTo(totalValue));
    });
  }

  @Test
  void enoughCapacityMeansNoDowngrade() {
    AtomicInteger enough = new AtomicInteger();
    qt().forAll(scenarios()).checkAssert(scenario -> {
      Allocation allocation = scenario.allocator().allocate(scenario.accounts());
      boolean downgraded = allocation.placements().stream()
          .anyMatch(placement -> placement.reason() == PlacementReason.DOWNGRADED_FOR_CAPACITY);
      if (allocation.capacityHoursPerMonth().compareTo(allocation.hoursNeededPerMonth()) >= 0) {
        enough.incrementAndGet();
        assertTrue(!downgraded, "downgrade with capacity for every eligible touch model");
      }
      if (!downgraded) {
        assertEquals(0, allocation.hoursNeededPerMonth()
            .compareTo(allocation.hoursUsedPerMonth()));
      }
    });
    assertTrue(enough.get() >= 20, "scenarios with enough capacity: " + enough);
  }

  private static TouchModel touchModelOf(Allocation allocation, AccountValue account) {
    return allocation.placement(account.id()).orElseThrow().touchModel();
  }

  private static TouchModel eligibility(AccountValue account, SegmentationPolicy policy) {
    BigDecimal value = account.lifetimeValue().amount();
    if (value.compareTo(policy.highTouchMinimumLifetimeValue().amount()) >= 0) {
      return TouchModel.HIGH_TOUCH;
    }
    return value.compareTo(policy.lowTouchMinimumLifetimeValue().amount()) >= 0
        ? TouchModel.LOW_TOUCH
        : TouchModel.TECH_TOUCH;
  }
}
