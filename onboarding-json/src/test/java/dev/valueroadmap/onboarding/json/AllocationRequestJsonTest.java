package dev.valueroadmap.onboarding.json;

import static dev.valueroadmap.onboarding.json.DocumentAssertions.edit;
import static dev.valueroadmap.onboarding.json.DocumentAssertions.reject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.InvalidSegmentationException;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.SegmentationRule;
import dev.valueroadmap.onboarding.testing.Generators;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocationRequestJsonTest {

  private static final OnboardingJson JSON = OnboardingJson.strict();

  private static final String REQUEST = GoldenFiles.text("allocation-request.json");

  /** Builds the request of the golden allocation, its accounts in CRM order. */
  static AllocationRequest smallRequest() {
    return AllocationRequest.of(AllocationJsonTest.smallPolicy(),
        AllocationJsonTest.smallEffort(), AllocationJsonTest.smallAccounts());
  }

  @Test
  void goldenRequest_isWrittenByteForByte() {
    assertEquals(REQUEST, JSON.write(smallRequest()));
  }

  @Test
  void goldenRequest_readsAsTheHandBuiltRequest() {
    assertEquals(smallRequest(), JSON.readAllocationRequest(REQUEST));
  }

  @Test
  void goldenRequest_isValidBySchema() {
    assertEquals(List.of(), Schemas.errors(DocumentType.ALLOCATION_REQUEST, REQUEST));
  }

  @Test
  void goldenRequest_allocatesToTheGoldenAllocation() {
    AllocationRequest request = JSON.readAllocationRequest(REQUEST);

    assertEquals(GoldenFiles.text("allocation.json"), JSON.write(request.allocate()));
  }

  @Test
  void requestFile_readsBackWhatWasWritten(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("request.json");

    JSON.write(DocumentType.ALLOCATION_REQUEST, smallRequest(), file);

    assertEquals(REQUEST, Files.readString(file));
    assertEquals(smallRequest(), JSON.readAllocationRequest(file));
  }

  @Test
  void absentOptionalFields_readAsDefaults() {
    String json = "{\"schemaVersion\": 1, \"policy\": {"
        + "\"highTouchMinimumLifetimeValue\": {\"amount\": 100000, \"currency\": \"EUR\"},"
        + " \"lowTouchMinimumLifetimeValue\": {\"amount\": 20000, \"currency\": \"EUR\"},"
        + " \"capacityHoursPerMonth\": 9}, \"effort\": {\"highTouchHoursPerMonth\": 4,"
        + " \"lowTouchHoursPerMonth\": 1.5, \"techTouchHoursPerMonth\": 0}, \"accounts\": ["
        + "{\"id\": \"a\", \"annualRecurringRevenue\": {\"amount\": 10, \"currency\": \"EUR\"},"
        + " \"lifetimeYears\": 2}]}";

    AllocationRequest request = JSON.readAllocationRequest(json);

    assertEquals(List.of(), Schemas.errors(DocumentType.ALLOCATION_REQUEST, json));
    assertEquals(BigDecimal.ONE, request.accounts().get(0).grossMargin());
    assertEquals(Optional.empty(), request.accounts().get(0).pinnedTouchModel());
    assertTrue(request.policy().csManagers().isEmpty());
  }

  @Test
  void accountListedTwice_isRejectedAtTheSecondId() {
    String json = edit(REQUEST, "\"id\": \"hooli\"", "\"id\": \"acme\"");

    OnboardingJsonException e = reject(DocumentType.ALLOCATION_REQUEST, json,
        "/accounts/3/id", "account id 'acme' appears at positions 1 and 3");

    assertEquals(Optional.of(SegmentationRule.ACCOUNT_ID_UNIQUE), e.segmentationRule());
  }

  @Test
  void accountInAnotherCurrency_isRejectedAtItsCurrency() {
    String json = edit(REQUEST, "\"amount\": 60000.00,\n        \"currency\": \"EUR\"",
        "\"amount\": 60000.00,\n        \"currency\": \"USD\"");

    OnboardingJsonException e = reject(DocumentType.ALLOCATION_REQUEST, json,
        "/accounts/1/annualRecurringRevenue/currency", "account 'acme' is in USD",
        "minimum lifetime values are in EUR");

    assertEquals(Optional.of(SegmentationRule.ONE_CURRENCY), e.segmentationRule());
  }

  @Test
  void unknownCurrencyCode_isRejectedWithTheValue() {
    String json = REQUEST.replaceFirst("\"EUR\"", "\"EUX\"");

    reject(DocumentType.ALLOCATION_REQUEST, json,
        "/policy/highTouchMinimumLifetimeValue/currency",
        "expected an ISO 4217 currency code such as \"EUR\" but found the string \"EUX\"");
    assertFalse(Schemas.errors(DocumentType.ALLOCATION_REQUEST,
        REQUEST.replaceFirst("\"EUR\"", "\"eur\"")).isEmpty());
  }

  @Test
  void negativeEffort_isRejectedAtItsField() {
    String json = edit(REQUEST, "\"lowTouchHoursPerMonth\": 1.5",
        "\"lowTouchHoursPerMonth\": -1.5");

    OnboardingJsonException e = reject(DocumentType.ALLOCATION_REQUEST, json,
        "/effort/lowTouchHoursPerMonth", "at least 0", "-1.5");

    assertEquals(Optional.of(SegmentationRule.EFFORT_NOT_NEGATIVE), e.segmentationRule());
    assertFalse(Schemas.errors(DocumentType.ALLOCATION_REQUEST, json).isEmpty());
  }

  @Test
  void negativeCapacity_isRejectedAtTheCapacity() {
    String json = edit(REQUEST, "\"capacityHoursPerMonth\": 9", "\"capacityHoursPerMonth\": -9");

    OnboardingJsonException e = reject(DocumentType.ALLOCATION_REQUEST, json,
        "/policy/capacityHoursPerMonth", "capacityHoursPerMonth -9");

    assertEquals(Optional.of(SegmentationRule.CAPACITY_NOT_NEGATIVE), e.segmentationRule());
  }

  @Test
  void decimalOutOfRange_isRejectedAtTheAccount() {
    String json = edit(REQUEST, "\"grossMargin\": 0.8", "\"grossMargin\": 1e-999999999");

    OnboardingJsonException e = reject(DocumentType.ALLOCATION_REQUEST, json, "/accounts/1",
        "account 'acme' has grossMargin 1E-999999999 is out of range");

    assertEquals(Optional.of(SegmentationRule.DECIMAL_IN_RANGE), e.segmentationRule());
  }

  @Test
  void capacityOutOfRange_isRejectedAtThePolicy() {
    String json = edit(REQUEST, "\"capacityHoursPerMonth\": 9",
        "\"capacityHoursPerMonth\": 9e999999999");

    OnboardingJsonException e = reject(DocumentType.ALLOCATION_REQUEST, json, "/policy",
        "capacityHoursPerMonth 9E+999999999 is out of range");

    assertEquals(Optional.of(SegmentationRule.DECIMAL_IN_RANGE), e.segmentationRule());
  }

  @Test
  void twoLifetimeSources_areRejectedAtTheAccount() {
    String json = edit(REQUEST, "\"lifetimeYears\": 3,\n      \"annualChurnRate\": null",
        "\"lifetimeYears\": 3,\n      \"annualChurnRate\": 0.5");

    OnboardingJsonException e = reject(DocumentType.ALLOCATION_REQUEST, json, "/accounts/1",
        "account 'acme' gives 2 of them");

    assertEquals(Optional.of(SegmentationRule.ONE_LIFETIME_SOURCE), e.segmentationRule());
  }

  @Test
  void pinByNumber_isRejectedWithTheAllowedTouchModels() {
    String json = edit(REQUEST, "\"pinnedTouchModel\": \"LOW_TOUCH\"", "\"pinnedTouchModel\": 1");

    reject(DocumentType.ALLOCATION_REQUEST, json, "/accounts/2/pinnedTouchModel",
        "expected one of \"HIGH_TOUCH\", \"LOW_TOUCH\", \"TECH_TOUCH\" but found the number 1");
    assertFalse(Schemas.errors(DocumentType.ALLOCATION_REQUEST, json).isEmpty());
  }

  @Test
  void moneyAsPlainNumber_isRejected() {
    String json = edit(REQUEST, "\"annualRecurringRevenue\": {\n        \"amount\": 5000,\n"
        + "        \"currency\": \"EUR\"\n      }", "\"annualRecurringRevenue\": 5000");

    reject(DocumentType.ALLOCATION_REQUEST, json, "/accounts/0/annualRecurringRevenue",
        "expected a money object but found the number 5000");
    assertFalse(Schemas.errors(DocumentType.ALLOCATION_REQUEST, json).isEmpty());
  }

  @Test
  void requestWithRepeatedId_isRejected() {
    List<AccountValue> accounts = new ArrayList<>(AllocationJsonTest.smallAccounts());
    accounts.add(accounts.get(0));

    InvalidSegmentationException e = assertThrows(InvalidSegmentationException.class,
        () -> AllocationRequest.of(AllocationJsonTest.smallPolicy(),
            AllocationJsonTest.smallEffort(), accounts));

    assertEquals(SegmentationRule.ACCOUNT_ID_UNIQUE, e.rule());
  }

  @Test
  void writeThenRead_givesEqualRequests() {
    AtomicInteger negativeScale = new AtomicInteger();

    Generators.qt().forAll(AllocationGenerators.rescaledScenarios()).checkAssert(scenario -> {
      AllocationRequest request = AllocationRequest.of(scenario.policy(), scenario.effort(),
          scenario.accounts());

      String json = JSON.write(request);

      assertEquals(request, JSON.readAllocationRequest(json), json);
      assertEquals(List.of(), Schemas.errors(DocumentType.ALLOCATION_REQUEST, json), json);
      boolean negative = scenario.accounts().stream()
          .map(AccountValue::annualRecurringRevenue).map(Money::amount)
          .anyMatch(amount -> amount.scale() < 0);
      if (negative) {
        negativeScale.incrementAndGet();
      }
    });

    assertTrue(negativeScale.get() >= 100, "requests with a negative scale: " + negativeScale);
  }
}
