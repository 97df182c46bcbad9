/**
 * The versioned JSON format of the onboarding domain, on Jackson 2.
 *
 * <p>{@link dev.valueroadmap.onboarding.json.OnboardingJson} reads and writes whole
 * documents as strings, streams and files. {@link
 * dev.valueroadmap.onboarding.json.OnboardingModule} plugs the same format into a caller's
 * own {@code ObjectMapper}. {@link dev.valueroadmap.onboarding.json.DocumentType} lists the
 * documents and the class-path resources of their JSON Schemas (draft 2020-12).
 *
 * <p>Format: camelCase field names; every top-level document is an object whose
 * {@code schemaVersion} is 1; days are integers counted from onboarding start; dates are
 * ISO-8601 strings such as {@code "2024-01-31"}; enums are their exact constant names;
 * sets and maps of touch models are written in the order HIGH_TOUCH, LOW_TOUCH,
 * TECH_TOUCH. An empty optional value of an outcome case is written as {@code null}.
 *
 * <p>Errors: every failure to read through the facade is an
 * {@link dev.valueroadmap.onboarding.json.OnboardingJsonException} with the JSON Pointer of
 * the bad value, the line and column where known, and the broken domain rule when there is
 * one.
 */
package dev.valueroadmap.onboarding.json;
