/**
 * Continuation-point analysis: from the outcomes of past accounts, the milestone beyond
 * which customers reliably renew.
 *
 * <p>{@link dev.valueroadmap.onboarding.continuation.ContinuationAnalyzer} turns outcome cases
 * into a {@link dev.valueroadmap.onboarding.continuation.ContinuationAnalysis}, directly or
 * from {@link dev.valueroadmap.onboarding.continuation.OutcomeCounts} merged from partitions.
 * It also re-analyses month by month and breaks the analysis down by touch model.
 *
 * <p>Every type here is an immutable value, safe to share between threads, except
 * {@code OutcomeCounts}, a mutable accumulator for one thread at a time.
 */
@Value.Style(jdkOnly = true, defaults = @Value.Immutable(copy = true), privateNoargConstructor = true)
package dev.valueroadmap.onboarding.continuation;

import org.immutables.value.Value;
