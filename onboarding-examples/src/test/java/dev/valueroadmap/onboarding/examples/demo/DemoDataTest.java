package dev.valueroadmap.onboarding.examples.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgressStatus;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  @Test
  void committedFilesEqualAFreshGeneration() throws IOException {
    Map<String, byte[]> generated = DemoData.files();
    assertEquals(DemoData.FILE_NAMES, List.copyOf(generated.keySet()));

    for (String name : DemoData.FILE_NAMES) {
      try (InputStream in = DemoData.class.getResourceAsStream(DemoData.RESOURCE_FOLDER
          + name)) {
        assertNotNull(in, name + " is missing from the resources");
        assertArrayEquals(generated.get(name), in.readAllBytes(), name + " differs from a"
            + " fresh generation; run DemoData.main to write it again");
      }
    }
  }

  @Test
  void accountsCoverEveryStatus() {
    OnboardingProgram program = SamplePrograms.b2bSaas();
    List<AccountState> accounts = DemoData.accounts(program);

    PortfolioBoard board = PortfolioBoard.evaluate(program, accounts, DemoData.AS_OF);

    assertEquals(200, board.accountCount());
    for (ProgressStatus status : ProgressStatus.values()) {
      assertTrue(board.count(status) >= 5, status + " has " + board.count(status)
          + " accounts");
    }
  }

  @Test
  void noEventLiesAfterTheDemoDate() {
    for (AccountState account : DemoData.accounts(SamplePrograms.b2bSaas())) {
      account.events().forEach(event -> assertTrue(!event.date().isAfter(DemoData.AS_OF),
          account.accountId() + " has an event on " + event.date()));
    }
  }
}
