package dev.valueroadmap.onboarding.json;

import static dev.valueroadmap.onboarding.json.DocumentAssertions.edit;
import static dev.valueroadmap.onboarding.json.DocumentAssertions.reject;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every document type rejects a schema version it does not support, listing those it does. */
class SchemaVersionsTest {

  static Stream<Arguments> goldenDocuments() {
    return Stream.of(
        Arguments.of(DocumentType.PROGRAM, "program-minimal.json"),
        Arguments.of(DocumentType.OUTCOME_CASES, "outcome-cases.json"),
        Arguments.of(DocumentType.ACCOUNT_STATE, "account-state.json"),
        Arguments.of(DocumentType.ACCOUNT_STATES, "account-states.json"),
        Arguments.of(DocumentType.PROGRESS_REPORT, "progress-report.json"),
        Arguments.of(DocumentType.PORTFOLIO_BOARD, "portfolio-board.json"),
        Arguments.of(DocumentType.CONTINUATION_ANALYSIS, "continuation-analysis.json"),
        Arguments.of(DocumentType.ANALYSIS_SERIES, "analysis-series.json"),
        Arguments.of(DocumentType.ALLOCATION, "allocation.json"),
        Arguments.of(DocumentType.ALLOCATION_REQUEST, "allocation-request.json"));
  }

  @ParameterizedTest
  @MethodSource("goldenDocuments")
  void version2_isRejectedWithTheSupportedVersions(DocumentType<?> type, String golden) {
    String json = edit(GoldenFiles.text(golden), "\"schemaVersion\": 1", "\"schemaVersion\": 2");

    reject(type, json, "/schemaVersion", "unsupported schema version 2; supported versions: 1");
  }

  @ParameterizedTest
  @MethodSource("goldenDocuments")
  void missingVersion_isRejectedWithTheSupportedVersions(DocumentType<?> type, String golden) {
    String json = edit(GoldenFiles.text(golden), "\"schemaVersion\": 1,", "");

    reject(type, json, "", "missing required field \"schemaVersion\"", "supported versions: 1");
  }
}
