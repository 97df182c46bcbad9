package dev.valueroadmap.onboarding.json;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the readers of one account state and of a list of account states. Without
 * {@code JAZZER_FUZZ} this replays the inputs under
 * {@code AccountStateReaderFuzzTestInputs/<method>/} in the test resources: the golden
 * documents and every input that once failed. Fuzzing runs one method at a time.
 */
class AccountStateReaderFuzzTest {

  @FuzzTest
  @DictionaryFile(resourcePath = "account-state.dict")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void readAccountState(byte[] input) {
    ReaderContract.check(DocumentType.ACCOUNT_STATE, input);
  }

  @FuzzTest
  @DictionaryFile(resourcePath = "account-state.dict")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void readAccountStates(byte[] input) {
    ReaderContract.check(DocumentType.ACCOUNT_STATES, input);
  }
}
