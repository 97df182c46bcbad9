/**
 * Continuation-point analysis: from the outcomes of past accounts, the milestone beyond
 * which customers reliably renew.
 *
 * <p>Every type here is an immutable value, safe to share between threads.
 */
@Value.Style(jdkOnly = true, defaults = @Value.Immutable(copy = true), privateNoargConstructor = true)
package dev.valueroadmap.onboarding.continuation;

import org.immutables.value.Value;
