/**
 * A realistic sample onboarding program for a B2B SaaS product, used by the examples and
 * the tests and meant as a starting point for a team's own program.
 */
package dev.valueroadmap.onboarding.sample;
