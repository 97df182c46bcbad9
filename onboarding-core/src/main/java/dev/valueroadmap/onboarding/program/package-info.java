/**
 * Onboarding programs: the value roadmap of milestones, the ordered checklist of ToDos that
 * reaches them, each owned by the CS side or the customer side, and the continuation point.
 *
 * <p>Every type here is an immutable value, safe to share between threads. Builders reject
 * {@code null} attributes with a {@link NullPointerException} naming the attribute, and
 * reject a broken domain rule with an {@link InvalidProgramException} that names the rule,
 * the ids and the values involved.
 */
@Value.Style(jdkOnly = true, defaults = @Value.Immutable(copy = true), privateNoargConstructor = true)
package dev.valueroadmap.onboarding.program;

import org.immutables.value.Value;
