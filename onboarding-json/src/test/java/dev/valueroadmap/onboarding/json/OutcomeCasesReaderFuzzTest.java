package dev.valueroadmap.onboarding.json;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the outcome-cases document reader. Without {@code JAZZER_FUZZ} this replays the
 * inputs under {@code OutcomeCasesReaderFuzzTestInputs/readOutcomeCases/} in the test
 * resources: the golden document and every input that once failed.
 */
class OutcomeCasesReaderFuzzTest {

  @FuzzTest
  @DictionaryFile(resourcePath = "outcome-cases.dict")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void readOutcomeCases(byte[] input) {
    ReaderContract.check(DocumentType.OUTCOME_CASES, input);
  }
}
