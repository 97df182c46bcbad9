package dev.valueroadmap.onboarding.json;

import static java.util.Objects.requireNonNull;

import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import dev.valueroadmap.onboarding.segmentation.InvalidSegmentationException;
import dev.valueroadmap.onboarding.segmentation.SegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.SegmentationRule;
import dev.valueroadmap.onboarding.segmentation.TouchModelAllocator;
import dev.valueroadmap.onboarding.segmentation.TouchModelEffort;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one touch-model allocation needs, as a CRM stores it: the segmentation policy, the
 * CS effort per touch model and the accounts. It is the value of the allocation-request
 * document ({@link DocumentType#ALLOCATION_REQUEST}).
 *
 * <p>Creating a request rejects, with an {@link InvalidSegmentationException}, what the
 * allocation would reject: an account id that appears twice and an account whose amounts
 * are not in the currency of the policy's minimums. So every request allocates without a
 * domain error. Immutable and thread-safe.
 *
 * @param policy the lifetime-value minimums, the CS capacity and the number of CS managers
 * @param effort the hours per month of one account on each touch model
 * @param accounts the accounts, in the order the CRM lists them; an immutable copy
 */
public record AllocationRequest(SegmentationPolicy policy, TouchModelEffort effort,
    List<AccountValue> accounts) {

  /**
   * Creates a request.
   *
   * @param policy the lifetime-value minimums, the CS capacity and the number of CS managers
   * @param effort the hours per month of one account on each touch model
   * @param accounts the accounts in any order; the list is copied
   * @throws InvalidSegmentationException when an account id appears twice or an account is
   *     in another currency than the policy
   * @throws NullPointerException when an argument or an account is null
   */
  public AllocationRequest {
    requireNonNull(policy, "policy");
    requireNonNull(effort, "effort");
    accounts = List.copyOf(requireNonNull(accounts, "accounts"));
    Violation violation = firstViolation(policy, accounts);
    if (violation != null) {
      throw violation.exception();
    }
  }

  /**
   * Creates a request.
   *
   * @param policy the lifetime-value minimums, the CS capacity and the number of CS managers
   * @param effort the hours per month of one account on each touch model
   * @param accounts the accounts in any order; the list is copied
   * @return the request
   * @throws InvalidSegmentationException when an account id appears twice or an account is
   *     in another currency than the policy
   */
  public static AllocationRequest of(SegmentationPolicy policy, TouchModelEffort effort,
      List<AccountValue> accounts) {
    return new AllocationRequest(policy, effort, accounts);
  }

  /**
   * Returns an allocator for the request's policy and effort.
   *
   * @return the allocator
   */
  public TouchModelAllocator allocator() {
    return TouchModelAllocator.of(policy, effort);
  }

  /**
   * Allocates a touch model to every account of the request.
   *
   * @return the allocation, with one placement per account
   */
  public Allocation allocate() {
    return allocator().allocate(accounts);
  }

  /**
   * A broken rule of a request: the index of the account that breaks it, the field of the
   * account that is wrong, as a JSON Pointer relative to the account, and the exception.
   */
  record Violation(int index, String field, InvalidSegmentationException exception) {
  }

  /** Returns the first account that the allocation would reject, or null when none. */
  static Violation firstViolation(SegmentationPolicy policy, List<AccountValue> accounts) {
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < accounts.size(); i++) {
      AccountValue account = requireNonNull(accounts.get(i), "account");
      Integer first = firstIndex.putIfAbsent(account.id(), i);
      if (first != null) {
        return new Violation(i, "/id", new InvalidSegmentationException(
            SegmentationRule.ACCOUNT_ID_UNIQUE, "account id '" + account.id()
                + "' appears at positions " + first + " and " + i + " of the accounts"));
      }
      if (!account.currency().equals(policy.currency())) {
        return new Violation(i, "/annualRecurringRevenue/currency",
            new InvalidSegmentationException(SegmentationRule.ONE_CURRENCY, "account '"
                + account.id() + "' is in " + account.currency().getCurrencyCode()
                + " but the policy's minimum lifetime values are in "
                + policy.currency().getCurrencyCode()));
      }
    }
    return null;
  }
}
