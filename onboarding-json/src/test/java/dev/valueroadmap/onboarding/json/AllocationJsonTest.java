package dev.valueroadmap.onboarding.json;

import static dev.valueroadmap.onboarding.json.DocumentAssertions.edit;
import static dev.valueroadmap.onboarding.json.DocumentAssertions.reject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.Placement;
import dev.valueroadmap.onboarding.segmentation.PlacementReason;
import dev.valueroadmap.onboarding.segmentation.SegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.SegmentationRule;
import dev.valueroadmap.onboarding.segmentation.TouchModelAllocator;
import dev.valueroadmap.onboarding.segmentation.TouchModelEffort;
import dev.valueroadmap.onboarding.testing.Generators;
import dev.valueroadmap.onboarding.testing.SegmentationGenerators;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AllocationJsonTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private static final String ALLOCATION = GoldenFiles.text("allocation.json");

  /** Reads trees whose decimals keep the scale written, so that 9.0 stays 9.0. */
  private static final ObjectMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private static Money euros(String amount) {
    return Money.of(amount, "EUR");
  }

  /**
   * High touch from 100000 EUR of lifetime value, low touch from 20000 EUR, 9 CS hours per
   * month shared by 2 managers.
   */
  static SegmentationPolicy smallPolicy() {
    return SegmentationPolicy.builder()
        .highTouchMinimumLifetimeValue(euros("100000"))
        .lowTouchMinimumLifetimeValue(euros("20000"))
        .capacityHoursPerMonth(new BigDecimal("9"))
        .csManagers(2)
        .build();
  }

  /** 4 hours per month for high touch, 1.5 for low touch, none for tech touch. */
  static TouchModelEffort smallEffort() {
    return TouchModelEffort.of(new BigDecimal("4"), new BigDecimal("1.5"), BigDecimal.ZERO);
  }

  /**
   * Five accounts, each giving its lifetime value another way:
   * <ul>
   *   <li>umbrella: 5000 &times; 1 &times; 2 years = 10000, below low touch;
   *   <li>acme: 60000.00 &times; 0.8 &times; 3 years = 144000.000, high touch;
   *   <li>globex: stated 150000, high touch, but pinned to low touch;
   *   <li>hooli: 10000 &times; 1 &times; 2.5 years = 25000.0, low touch;
   *   <li>initech: 40000 &times; 0.75 / 0.25 churn = 120000, high touch.
   * </ul>
   */
  static List<AccountValue> smallAccounts() {
    return List.of(
        AccountValue.builder().id("umbrella").annualRecurringRevenue(euros("5000"))
            .lifetimeYears(new BigDecimal("2")).build(),
        AccountValue.builder().id("acme").annualRecurringRevenue(euros("60000.00"))
            .grossMargin(new BigDecimal("0.8")).lifetimeYears(new BigDecimal("3")).build(),
        AccountValue.builder().id("globex").annualRecurringRevenue(euros("50000"))
            .statedLifetimeValue(euros("150000")).pinnedTouchModel(TouchModel.LOW_TOUCH)
            .build(),
        AccountValue.builder().id("hooli").annualRecurringRevenue(euros("10000"))
            .lifetimeYears(new BigDecimal("2.5")).build(),
        AccountValue.builder().id("initech").annualRecurringRevenue(euros("40000"))
            .grossMargin(new BigDecimal("0.75")).annualChurnRate(new BigDecimal("0.25"))
            .build());
  }

  static Allocation smallAllocation() {
    return TouchModelAllocator.of(smallPolicy(), smallEffort()).allocate(smallAccounts());
  }

  @Test
  void goldenAllocation_isWrittenByteForByte() {
    assertEquals(ALLOCATION, JSON.write(smallAllocation()));
  }

  @Test
  void goldenAllocation_readsAsTheAllocation() {
    assertEquals(smallAllocation(), JSON.read(DocumentType.ALLOCATION, ALLOCATION));
  }

  /**
   * Worked by hand. All hours take the scale of 1.5, so 9 is 9.0. The pinned globex comes
   * first: 9.0 left, 1.5 used, 7.5 left. Then by descending lifetime value: acme (144000)
   * gets high touch, 4.0 fits in 7.5, 3.5 left; initech (120000) is eligible for high touch
   * but 4.0 does not fit in 3.5, so low touch, 1.5 fits, 2.0 left; hooli (25000) gets low
   * touch, 1.5 fits in 2.0, 0.5 left; umbrella (10000) gets tech touch at 0.0 hours.
   */
  @Test
  void goldenAllocation_showsTheHandWorkedPlacements() throws Exception {
    JsonNode placements = TREES.readTree(ALLOCATION).get("placements");

    String[][] expected = {
        // id, eligible, touch model, reason, hours, hours left before
        {"globex", "HIGH_TOUCH", "LOW_TOUCH", "PINNED", "1.5", "9.0"},
        {"acme", "HIGH_TOUCH", "HIGH_TOUCH", "ELIGIBLE", "4.0", "7.5"},
        {"initech", "HIGH_TOUCH", "LOW_TOUCH", "DOWNGRADED_FOR_CAPACITY", "1.5", "3.5"},
        {"hooli", "LOW_TOUCH", "LOW_TOUCH", "BELOW_THRESHOLD", "1.5", "2.0"},
        {"umbrella", "TECH_TOUCH", "TECH_TOUCH", "BELOW_THRESHOLD", "0.0", "0.5"}};
    assertEquals(expected.length, placements.size());
    for (int i = 0; i < expected.length; i++) {
      JsonNode placement = placements.get(i);
      assertEquals(expected[i][0], placement.get("account").get("id").asText());
      assertEquals(expected[i][1], placement.get("eligibleTouchModel").asText());
      assertEquals(expected[i][2], placement.get("touchModel").asText());
      assertEquals(expected[i][3], placement.get("reason").asText());
      assertEquals(expected[i][4], placement.get("hoursPerMonth").decimalValue().toString());
      assertEquals(expected[i][5], placement.get("hoursLeftBefore").decimalValue().toString());
    }
    // The lifetime values keep the scale of their products: 60000.00 x 0.8 x 3 has scale 3.
    assertEquals("144000.000",
        placements.get(1).get("lifetimeValue").get("amount").decimalValue().toString());
    assertEquals("120000",
        placements.get(2).get("lifetimeValue").get("amount").decimalValue().toString());
    assertTrue(ALLOCATION.contains("\"amount\": 60000.00,"), ALLOCATION);
  }

  /**
   * Worked by hand. High touch: acme, 4.0 hours, 144000.000 EUR. Low touch: globex, initech
   * and hooli, 3 x 1.5 = 4.5 hours, 150000 + 120000 + 25000.0 = 295000.0 EUR. Tech touch:
   * umbrella, 0.0 hours, 10000 EUR. Used 4.0 + 4.5 + 0.0 = 8.5 of 9.0; pinned 1.5. Needed
   * without downgrades: acme and initech on high touch, globex (pinned) and hooli on low
   * touch, umbrella on tech touch, 2 x 4.0 + 2 x 1.5 + 0.0 = 11.0. Per manager: 5 / 2 = 2.5
   * accounts, 1 / 2, 3 / 2 and 1 / 2 by touch model, 8.5 / 2 = 4.25 hours.
   */
  @Test
  void goldenAllocation_showsTheHandWorkedTotals() throws Exception {
    JsonNode root = TREES.readTree(ALLOCATION);
    JsonNode summaries = root.get("summaries");

    assertEquals("EUR", root.get("currency").asText());
    assertEquals("9.0", root.get("capacityHoursPerMonth").decimalValue().toString());
    assertEquals("[\"acme\"]", summaries.get(0).get("accountIds").toString());
    assertEquals("4.0", summaries.get(0).get("hoursPerMonth").decimalValue().toString());
    assertEquals("144000.000",
        summaries.get(0).get("lifetimeValue").get("amount").decimalValue().toString());
    assertEquals("[\"globex\",\"initech\",\"hooli\"]",
        summaries.get(1).get("accountIds").toString());
    assertEquals("4.5", summaries.get(1).get("hoursPerMonth").decimalValue().toString());
    assertEquals("295000.0",
        summaries.get(1).get("lifetimeValue").get("amount").decimalValue().toString());
    assertEquals("[\"umbrella\"]", summaries.get(2).get("accountIds").toString());
    assertEquals("0.0", summaries.get(2).get("hoursPerMonth").decimalValue().toString());
    assertEquals("8.5", root.get("hoursUsedPerMonth").decimalValue().toString());
    assertEquals("1.5", root.get("pinnedHoursPerMonth").decimalValue().toString());
    assertEquals("11.0", root.get("hoursNeededPerMonth").decimalValue().toString());
    assertFalse(root.get("pinnedOverCapacity").asBoolean());
    assertFalse(root.get("overCapacity").asBoolean());
    JsonNode load = root.get("managerLoad");
    assertEquals(2, load.get("managers").asInt());
    assertEquals("2.5", load.get("accountsPerManager").decimalValue().toString());
    JsonNode byTouchModel = load.get("accountsPerManagerByTouchModel");
    assertEquals("0.5", byTouchModel.get("HIGH_TOUCH").decimalValue().toString());
    assertEquals("1.5", byTouchModel.get("LOW_TOUCH").decimalValue().toString());
    assertEquals("0.5", byTouchModel.get("TECH_TOUCH").decimalValue().toString());
    assertEquals("4.25", load.get("hoursPerMonthPerManager").decimalValue().toString());
  }

  @Test
  void allocationWithoutDerivedFields_readsFromItsPlacements() {
    String json = ALLOCATION.substring(0, ALLOCATION.indexOf(",\n  \"summaries\""))
        + ",\n  \"hoursNeededPerMonth\": 11.0,\n  \"managerLoad\": {\"managers\": 2}\n}\n";

    assertEquals(smallAllocation(), JSON.read(DocumentType.ALLOCATION, json));
  }

  @Test
  void negativeScale_isWrittenWithAnExponentAndKept() {
    // 1.2E+5 is 120000 with scale -4 and 1E+1 is 10 with scale -1; plain digits would read
    // back with scale 0, and the account's equality compares the scale of lifetimeYears.
    AccountValue account = AccountValue.builder().id("wayne")
        .annualRecurringRevenue(euros("1.2E+5")).lifetimeYears(new BigDecimal("1E+1"))
        .build();
    Allocation allocation = TouchModelAllocator.of(smallPolicy(), smallEffort())
        .allocate(List.of(account));

    String json = JSON.write(allocation);
    AccountValue read = JSON.read(DocumentType.ALLOCATION, json).placements().get(0).account();

    assertTrue(json.contains("\"amount\": 1.2E+5,"), json);
    assertTrue(json.contains("\"lifetimeYears\": 1E+1,"), json);
    assertEquals(-4, read.annualRecurringRevenue().amount().scale());
    assertEquals(-1, read.lifetimeYears().orElseThrow().scale());
    assertEquals(allocation, JSON.read(DocumentType.ALLOCATION, json));
  }

  @Test
  void editedHoursUsed_isRejectedAtTheField() {
    String json = edit(ALLOCATION, "\"hoursUsedPerMonth\": 8.5", "\"hoursUsedPerMonth\": 9.5");

    reject(DocumentType.ALLOCATION, json, "/hoursUsedPerMonth", "has 9.5", "gives 8.5",
        "derived");
  }

  @Test
  void hoursWithOtherScale_areAccepted() {
    String json = edit(ALLOCATION, "\"hoursUsedPerMonth\": 8.5", "\"hoursUsedPerMonth\": 8.50");

    assertEquals(smallAllocation(), JSON.read(DocumentType.ALLOCATION, json));
  }

  @Test
  void editedReason_isRejectedAtThePlacement() {
    String json = edit(ALLOCATION, "\"DOWNGRADED_FOR_CAPACITY\"", "\"BELOW_THRESHOLD\"");

    reject(DocumentType.ALLOCATION, json, "/placements/2/reason", "\"BELOW_THRESHOLD\"",
        "\"DOWNGRADED_FOR_CAPACITY\"");
  }

  @Test
  void editedSummaryIds_areRejectedAtTheFirstDifference() {
    String json = edit(ALLOCATION, "\"initech\",\n        \"hooli\"",
        "\"hooli\",\n        \"initech\"");

    reject(DocumentType.ALLOCATION, json, "/summaries/1/accountIds/1", "\"hooli\"",
        "\"initech\"");
  }

  @Test
  void editedManagerLoad_isRejectedAtTheValue() {
    String json = edit(ALLOCATION, "\"hoursPerMonthPerManager\": 4.25",
        "\"hoursPerMonthPerManager\": 4.5");

    reject(DocumentType.ALLOCATION, json, "/managerLoad/hoursPerMonthPerManager", "has 4.5",
        "gives 4.25");
  }

  @Test
  void editedHoursNeeded_isRejected() {
    String json = edit(ALLOCATION, "\"hoursNeededPerMonth\": 11.0",
        "\"hoursNeededPerMonth\": 12.0");

    reject(DocumentType.ALLOCATION, json, "/hoursNeededPerMonth", "has 12.0", "gives 11.0");
  }

  @Test
  void unknownCurrency_isRejectedWithTheValue() {
    reject(DocumentType.ALLOCATION, edit(ALLOCATION, "\"currency\": \"EUR\",\n  \"capacity",
        "\"currency\": \"EUX\",\n  \"capacity"), "/currency",
        "expected an ISO 4217 currency code such as \"EUR\" but found the string \"EUX\"");
  }

  @Test
  void unknownAccountCurrency_isRejectedAtTheAccount() {
    String json = ALLOCATION.replaceFirst("\"currency\": \"EUR\"\n", "\"currency\": \"eur\"\n");

    reject(DocumentType.ALLOCATION, json,
        "/placements/0/account/annualRecurringRevenue/currency", "the string \"eur\"");
  }

  @Test
  void accountInAnotherCurrency_isRejectedAtItsCurrency() {
    String json = edit(ALLOCATION, "\"amount\": 60000.00,\n          \"currency\": \"EUR\"",
        "\"amount\": 60000.00,\n          \"currency\": \"USD\"");

    OnboardingJsonException e = reject(DocumentType.ALLOCATION, json,
        "/placements/1/account/annualRecurringRevenue/currency",
        "account 'acme' is in USD but the allocation is in EUR");

    assertEquals(Optional.of(SegmentationRule.ONE_CURRENCY), e.segmentationRule());
  }

  @Test
  void grossMarginAboveOne_isRejectedAtTheMargin() {
    OnboardingJsonException e = reject(DocumentType.ALLOCATION,
        edit(ALLOCATION, "\"grossMargin\": 0.8", "\"grossMargin\": 1.8"),
        "/placements/1/account/grossMargin", "account 'acme' has grossMargin 1.8");

    assertEquals(Optional.of(SegmentationRule.GROSS_MARGIN_IN_RANGE), e.segmentationRule());
  }

  @Test
  void placementsOutOfOrder_areRejected() {
    // acme's value drops to 60000.00 x 0.8 x 0.5 = 24000, below initech's 120000.
    String swapped = edit(ALLOCATION, "\"lifetimeYears\": 3,", "\"lifetimeYears\": 0.5,");
    reject(DocumentType.ALLOCATION, swapped, "/placements/2", "account 'initech'",
        "comes after account 'acme'", "descending lifetime value");
  }

  @Test
  void highTouchThatDoesNotFit_isRejected() {
    String json = edit(ALLOCATION, "\"capacityHoursPerMonth\": 9.0",
        "\"capacityHoursPerMonth\": 5.0");

    reject(DocumentType.ALLOCATION, json, "/placements/1/touchModel", "account 'acme'",
        "costs 4.0 hours per month, but 3.5 were left");
  }

  @Test
  void needlessDowngrade_isRejected() {
    String json = edit(ALLOCATION, "\"capacityHoursPerMonth\": 9.0",
        "\"capacityHoursPerMonth\": 9.5");

    reject(DocumentType.ALLOCATION, json, "/placements/2/touchModel", "account 'initech'",
        "HIGH_TOUCH, which costs 4.0 hours per month, fits in the 4.0 hours left");
  }

  @Test
  void pinNotKept_isRejected() {
    String json = edit(ALLOCATION, "\"pinnedTouchModel\": \"LOW_TOUCH\"",
        "\"pinnedTouchModel\": \"HIGH_TOUCH\"");

    reject(DocumentType.ALLOCATION, json, "/placements/0/touchModel",
        "account 'globex' is pinned to HIGH_TOUCH but placed on LOW_TOUCH");
  }

  @Test
  void differentHoursOnOneTouchModel_areRejected() {
    String json = edit(ALLOCATION, "\"hoursPerMonth\": 1.5,\n      \"hoursLeftBefore\": 2.0",
        "\"hoursPerMonth\": 2.0,\n      \"hoursLeftBefore\": 2.0");

    reject(DocumentType.ALLOCATION, json, "/placements/3/hoursPerMonth", "costs 2.0",
        "the one at /placements/0 costs 1.5");
  }

  @Test
  void unknownField_isRejectedAndSkippedWhenLenient() {
    String json = edit(ALLOCATION, "\"reason\": \"ELIGIBLE\",",
        "\"reason\": \"ELIGIBLE\", \"note\": \"vip\",");

    reject(DocumentType.ALLOCATION, json, "/placements/1/note", "unknown field \"note\"");
    assertEquals(smallAllocation(),
        JSON.ignoringUnknownFields().read(DocumentType.ALLOCATION, json));
  }

  @Test
  void missingHoursNeeded_isRequiredWhenItCannotBeComputed() {
    // With 3 hours, acme and initech are both downgraded, so no placement shows the 4 hours
    // of high touch, which the hours needed count twice.
    SegmentationPolicy tight = SegmentationPolicy.builder().from(smallPolicy())
        .capacityHoursPerMonth(new BigDecimal("3")).build();
    Allocation allocation = TouchModelAllocator.of(tight, smallEffort())
        .allocate(smallAccounts());
    String json = JSON.write(allocation);
    String without = json.replaceFirst(",\n  \"hoursNeededPerMonth\": [0-9.]+", "");

    assertEquals(allocation.summary(TouchModel.HIGH_TOUCH).accountCount(), 0);
    assertEquals(allocation, JSON.read(DocumentType.ALLOCATION, json));
    reject(DocumentType.ALLOCATION, without, "",
        "missing required field \"hoursNeededPerMonth\"", "hours of HIGH_TOUCH");
  }

  @Test
  void writeThenRead_givesEqualAllocations() {
    AtomicInteger downgraded = new AtomicInteger();
    AtomicInteger pinned = new AtomicInteger();
    AtomicInteger withLoad = new AtomicInteger();
    AtomicInteger negativeScale = new AtomicInteger();

    Generators.qt().forAll(AllocationGenerators.rescaledScenarios()).checkAssert(scenario -> {
      Allocation allocation = scenario.allocator().allocate(scenario.accounts());

      String json = JSON.write(allocation);

      assertEquals(allocation, JSON.read(DocumentType.ALLOCATION, json), json);
      List<PlacementReason> reasons =
          allocation.placements().stream().map(Placement::reason).toList();
      if (reasons.contains(PlacementReason.DOWNGRADED_FOR_CAPACITY)) {
        downgraded.incrementAndGet();
      }
      if (reasons.contains(PlacementReason.PINNED)) {
        pinned.incrementAndGet();
      }
      if (allocation.managerLoad().isPresent()) {
        withLoad.incrementAndGet();
      }
      if (scenario.accounts().stream()
          .anyMatch(account -> account.annualRecurringRevenue().amount().scale() < 0)) {
        negativeScale.incrementAndGet();
      }
    });

    assertTrue(downgraded.get() >= 100, "allocations with a downgrade: " + downgraded);
    assertTrue(pinned.get() >= 100, "allocations with a pinned account: " + pinned);
    assertTrue(withLoad.get() >= 50, "allocations with a manager load: " + withLoad);
    assertTrue(negativeScale.get() >= 100, "allocations with a negative scale: "
        + negativeScale);
  }

  @Test
  void coreScenarios_writeThenReadEqual() {
    Generators.qt().forAll(SegmentationGenerators.scenarios()).checkAssert(scenario -> {
      Allocation allocation = scenario.allocator().allocate(scenario.accounts());

      assertEquals(allocation, JSON.read(DocumentType.ALLOCATION, JSON.write(allocation)));
    });
  }
}
