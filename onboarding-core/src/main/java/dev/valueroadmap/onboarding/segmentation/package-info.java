/**
 * Touch-model segmentation: which accounts get high-touch, low-touch or tech-touch
 * onboarding, so that the CS hours available cover the most lifetime value.
 *
 * <p>An {@link dev.valueroadmap.onboarding.segmentation.AccountValue} states an account's
 * revenue and expected lifetime, the
 * {@link dev.valueroadmap.onboarding.segmentation.SegmentationPolicy} the lifetime-value
 * thresholds and the CS capacity, and
 * {@link dev.valueroadmap.onboarding.segmentation.TouchModelEffort} the hours per month that
 * one account costs on each touch model. A
 * {@link dev.valueroadmap.onboarding.segmentation.TouchModelAllocator} turns them into an
 * {@link dev.valueroadmap.onboarding.segmentation.Allocation}.
 *
 * <p>Amounts and hours are {@link java.math.BigDecimal} values, so that sums are exact, the
 * capacity check never errs by a binary rounding, and results do not depend on the order of
 * summation. Three steps divide and round half-even: a lifetime value from a churn rate and
 * the per-manager averages to {@link java.math.MathContext#DECIMAL64} (16 significant
 * digits), and effort hours derived from a program to 6 decimal places. Decimal inputs
 * have at most 15 digits before the decimal point and 10 after it, so that this exact
 * arithmetic stays small. Larger or finer inputs are rejected.
 *
 * <p>Every type here is an immutable value, safe to share between threads. Builders reject
 * {@code null} attributes with a {@link NullPointerException} naming the attribute, and
 * reject a broken rule with an
 * {@link dev.valueroadmap.onboarding.segmentation.InvalidSegmentationException} that names
 * the rule, the account id, the field and the value.
 */
@Value.Style(jdkOnly = true, defaults = @Value.Immutable(copy = true), privateNoargConstructor = true)
package dev.valueroadmap.onboarding.segmentation;

import org.immutables.value.Value;
