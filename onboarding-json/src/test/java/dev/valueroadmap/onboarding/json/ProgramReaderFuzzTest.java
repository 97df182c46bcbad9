package dev.valueroadmap.onboarding.json;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the program document reader. Without {@code JAZZER_FUZZ} this replays the inputs
 * under {@code ProgramReaderFuzzTestInputs/readProgram/} in the test resources: the golden
 * programs and every input that once failed.
 */
class ProgramReaderFuzzTest {

  @FuzzTest
  @DictionaryFile(resourcePath = "program.dict")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void readProgram(byte[] input) {
    ReaderContract.check(DocumentType.PROGRAM, input);
  }
}
