package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.json.DocumentType;
import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgressStatus;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardCommandTest {

  @TempDir
  Path folder;

  private String program;

  @BeforeEach
  void writeProgram() throws IOException {
    program = write("program.json", OnboardingJson.strict().write(SamplePrograms.b2bSaas()));
  }

  private String write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return file.toString();
  }

  /** Two accounts; the second starts on line 11 and its programVersion is on line 14. */
  private static String accounts(int secondVersion, String secondEvent) {
    return "{\n"
        + "  \"schemaVersion\": 1,\n"
        + "  \"accounts\": [\n"
        + "    {\n"
        + "      \"accountId\": \"late-start\", \"programId\": \"b2b-saas-onboarding\",\n"
        + "      \"programVersion\": 1, \"startDate\": \"2025-01-01\",\n"
        + "      \"touchModel\": \"HIGH_TOUCH\",\n"
        + "      \"events\": []\n"
        + "    },\n"
        + "    {\n"
        + "      \"accountId\": \"fresh\",\n"
        + "      \"programId\": \"b2b-saas-onboarding\",\n"
        + "      \"touchModel\": \"LOW_TOUCH\",\n"
        + "      \"programVersion\": " + secondVersion + ",\n"
        + "      \"startDate\": \"2025-01-09\",\n"
        + "      \"events\": [{\"todoId\": \"" + secondEvent + "\", \"kind\": \"COMPLETED\","
        + " \"date\": \"2025-01-09\"}]\n"
        + "    }\n"
        + "  ]\n"
        + "}\n";
  }

  @Test
  void showsStatusFunnelAndWatchList() throws IOException {
    String accounts = write("accounts.json", accounts(1, "send-welcome-pack"));

    ToolRun run = ToolRun.of("board", "--program", program, "--accounts", accounts,
        "--as-of", "2025-01-10").assertSuccess();

    // late-start: the welcome pack was due on day 1 (2025-01-02), so on 2025-01-10 it is
    // 8 days overdue, under the 14-day stall threshold: at risk, waiting on CS. fresh: the
    // next ToDo is due on 2025-01-12, so it is on track.
    String out = run.out();
    assertTrue(out.contains("Portfolio board as of 2025-01-10: 2 accounts"), out);
    assertTrue(out.matches("(?s).*\\nAT_RISK\\s+1\\n.*"), out);
    assertTrue(out.matches("(?s).*\\nON_TRACK\\s+1\\n.*"), out);
    assertTrue(out.contains("2 accounts, 2 reached no milestone"), out);
    assertTrue(out.matches("(?s).*\\nlate-start\\s+b2b-saas-onboarding v1\\s+AT_RISK\\s+8\\s+9"
        + "\\s+CS\\s+send-welcome-pack\\n.*"), out);
    assertTrue(out.contains("1 wait on CS, 0 on the customer"), out);
  }

  @Test
  void printsTheBoardDocument() throws IOException {
    String accounts = write("accounts.json", accounts(1, "send-welcome-pack"));

    ToolRun run = ToolRun.of("board", "--program", program, "--accounts", accounts,
        "--as-of", "2025-01-10", "--json").assertSuccess();

    PortfolioBoard board = OnboardingJson.strict().read(DocumentType.PORTFOLIO_BOARD,
        run.out());
    assertEquals(LocalDate.of(2025, 1, 10), board.asOf());
    assertEquals(1, board.count(ProgressStatus.AT_RISK));
    assertEquals(1, board.count(ProgressStatus.ON_TRACK));
    assertEquals("late-start", board.watchList().get(0).accountId());
  }

  @Test
  void unknownProgramVersionIsBadInput() throws IOException {
    String accounts = write("accounts.json", accounts(2, "send-welcome-pack"));
    ToolRun.of("board", "--program", program, "--accounts", accounts, "--as-of", "2025-01-10")
        .assertBadInput(accounts + ", line 14, column 25", "/accounts/1/programVersion",
            "account 'fresh' is on program 'b2b-saas-onboarding' version 2");
  }

  @Test
  void eventForUnknownTodoIsBadInput() throws IOException {
    String accounts = write("accounts.json", accounts(1, "send-flowers"));
    ToolRun.of("board", "--program", program, "--accounts", accounts, "--as-of", "2025-01-10")
        .assertBadInput(accounts + ", line 16", "/accounts/1/events/0/todoId",
            "ToDo 'send-flowers'");
  }

  @Test
  void eventForTodoOfAnotherTouchModelIsBadInput() throws IOException {
    String accounts = write("accounts.json", accounts(1, "watch-kickoff-video"));
    ToolRun.of("board", "--program", program, "--accounts", accounts, "--as-of", "2025-01-10")
        .assertBadInput(accounts + ", line 16", "is on LOW_TOUCH but ToDo 'watch-kickoff-video'"
            + " applies only to [TECH_TOUCH]");
  }

  @Test
  void malformedJsonIsBadInput() throws IOException {
    String accounts = write("accounts.json", "{\n  \"schemaVersion\": 1,\n  \"accounts\": [\n"
        + "    {\"accountId\": \"a\",,}\n  ]\n}\n");
    ToolRun.of("board", "--program", program, "--accounts", accounts, "--as-of", "2025-01-10")
        .assertBadInput(accounts + ", line 4", "invalid JSON");
  }

  @Test
  void emptyFileIsBadInput() throws IOException {
    String accounts = write("accounts.json", "");
    ToolRun.of("board", "--program", program, "--accounts", accounts, "--as-of", "2025-01-10")
        .assertBadInput(accounts, "invalid JSON");
  }

  @Test
  void wrongValueTypeIsBadInput() throws IOException {
    String accounts = write("accounts.json", accounts(1, "send-welcome-pack")
        .replace("\"LOW_TOUCH\"", "\"PREMIUM\""));
    ToolRun.of("board", "--program", program, "--accounts", accounts, "--as-of", "2025-01-10")
        .assertBadInput(accounts + ", line 13", "/accounts/1/touchModel", "PREMIUM");
  }

  @Test
  void missingAsOfIsBadInput() throws IOException {
    String accounts = write("accounts.json", accounts(1, "send-welcome-pack"));
    ToolRun.of("board", "--program", program, "--accounts", accounts)
        .assertBadInput("Missing required option: '--as-of=YYYY-MM-DD'",
            "Run 'onboarding board --help'");
  }

  @Test
  void invalidAsOfIsBadInput() throws IOException {
    String accounts = write("accounts.json", accounts(1, "send-welcome-pack"));
    ToolRun.of("board", "--program", program, "--accounts", accounts, "--as-of", "10/01/2025")
        .assertBadInput("'10/01/2025'", "Run 'onboarding board --help'");
  }

  @Test
  void sameProgramVersionTwiceIsBadInput() throws IOException {
    String accounts = write("accounts.json", accounts(1, "send-welcome-pack"));
    ToolRun.of("board", "--program", program, "--program", program, "--accounts", accounts,
        "--as-of", "2025-01-10").assertBadInput(program, "version 1 is given twice");
  }

  @Test
  void jsonErrorsLeaveOutJacksonAdvice() throws IOException {
    String notANumber = write("nan.json", "{\n  \"schemaVersion\": NaN\n}\n");
    String longNumber = write("long.json", "{\n  \"schemaVersion\": " + "1".repeat(2000)
        + "\n}\n");

    for (String accounts : new String[] {notANumber, longNumber}) {
      ToolRun run = ToolRun.of("board", "--program", program, "--accounts", accounts,
          "--as-of", "2025-01-10").assertBadInput(accounts + ", line 2, column ");

      assertFalse(run.err().contains("Feature"), run.err());
      assertFalse(run.err().contains("Constraints"), run.err());
    }
  }

  @Test
  void jacksonAdviceIsRemovedFromMessages() {
    assertEquals("Non-standard token 'NaN'", InputFiles.withoutJacksonAdvice(
        "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to"
            + " allow"));
    assertEquals("String value length (20000001) exceeds the maximum allowed (20000000)",
        InputFiles.withoutJacksonAdvice("String value length (20000001) exceeds the maximum"
            + " allowed (20000000, from `StreamReadConstraints.getMaxStringLength()`)"));
    assertEquals("Unexpected character ('/' (code 47)): maybe a (non-standard) comment?",
        InputFiles.withoutJacksonAdvice("Unexpected character ('/' (code 47)): maybe a"
            + " (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS'"
            + " not enabled for parser)"));
    assertEquals("expected a number at line 2", InputFiles.withoutJacksonAdvice(
        "expected a number at line 2"));
  }
}
