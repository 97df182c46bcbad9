/**
 * Account progress: how far each account has got in its onboarding program on a given as-of
 * date, on whose side it is stuck, its graduation exam, and the portfolio board over many
 * accounts.
 *
 * <p>Start with {@link dev.valueroadmap.onboarding.progress.ProgressEvaluator}, which indexes
 * a program once and then evaluates {@link dev.valueroadmap.onboarding.progress.AccountState}
 * values into {@link dev.valueroadmap.onboarding.progress.ProgressReport}s. The library never
 * reads the clock: every evaluation takes an explicit as-of date, read as the end of that day,
 * so events dated on the as-of date count and events dated after it are ignored.
 *
 * <p>Every type here is immutable and safe to share between threads. Invalid account input
 * (a wrong program version, an event for an unknown ToDo) is rejected with an {@link
 * dev.valueroadmap.onboarding.progress.InvalidAccountException} naming the rule, the account
 * and the values involved.
 */
@Value.Style(jdkOnly = true, defaults = @Value.Immutable(copy = true), privateNoargConstructor = true)
package dev.valueroadmap.onboarding.progress;

import org.immutables.value.Value;
