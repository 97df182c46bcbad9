package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  private static final String HEADER = "account_id,furthest_milestone,renewed\n";

  @TempDir
  Path folder;

  private String write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return file.toString();
  }

  @Test
  void countsEachMilestoneOfTheSheet() throws IOException {
    // a: reached by all four decided cases, 3 renewed; b: reached by 2, both renewed;
    // the undecided row is counted apart; one decided case reached nothing.
    String cases = write("cases.csv", HEADER + "x1,b,yes\nx2,b,yes\nx3,a,yes\nx4,a,no\n"
        + "x5,,no\nx6,b,\n");

    ToolRun run = ToolRun.of("analyze", "--cases", cases, "--milestones", "a,b",
        "--min-accounts", "1").assertSuccess();

    assertTrue(run.out().contains("5 decided cases (3 renewed), 1 undecided, 1 reached no"
        + " milestone"), run.out());
    assertTrue(run.out().matches("(?s).*\\n1  a\\s+4\\s+3\\s+0\\.750\\s.*"), run.out());
    assertTrue(run.out().matches("(?s).*\\n2  b\\s+2\\s+2\\s+1\\.000\\s.*"), run.out());
  }

  @Test
  void printsTheAnalysisDocument() throws IOException {
    String cases = write("cases.csv", HEADER + "x1,b,yes\nx2,b,yes\nx3,a,yes\nx4,a,no\n"
        + "x5,,no\nx6,b,\n");

    ToolRun run = ToolRun.of("analyze", "--cases", cases, "--milestones", "a,b",
        "--min-accounts", "1", "--target", "0.5", "--json").assertSuccess();

    JsonNode document = new ObjectMapper().readTree(run.out());
    assertEquals(5, document.get("cases").asInt());
    assertEquals(1, document.get("undecided").asInt());
    JsonNode a = document.get("milestones").get(0);
    assertEquals("a", a.get("id").asText());
    assertEquals(4, a.get("reached").asInt());
    assertEquals(3, a.get("renewedReached").asInt());
    assertEquals(0.75, a.get("renewalRateReached").asDouble());
    assertEquals(1, a.get("notReached").asInt());
    assertEquals(0, a.get("renewedNotReached").asInt());
    assertTrue(a.get("wilsonLower").asDouble() < 0.75, a.toString());
    assertTrue(a.get("wilsonUpper").asDouble() > 0.75, a.toString());
    // Wilson 95 % lower bounds: 3 of 4 gives 0.301 and 2 of 2 gives 0.342, both under the
    // target 0.5, so there is no continuation point.
    assertTrue(document.get("continuationPoint").isNull(), document.toString());
  }

  @Test
  void readsTheMilestonesFromAProgram() throws IOException {
    String program = write("program.json",
        OnboardingJson.strict().write(SamplePrograms.b2bSaas()));
    String cases = write("cases.csv", HEADER + "x1,team-adoption,yes\n");

    ToolRun run = ToolRun.of("analyze", "--cases", cases, "--program", program)
        .assertSuccess();

    assertTrue(run.out().contains("first-business-review"), run.out());
  }

  @Test
  void unknownMilestoneIsBadInput() throws IOException {
    String cases = write("cases.csv", HEADER + "x1,a,yes\nx2,launch,no\n");
    ToolRun.of("analyze", "--cases", cases, "--milestones", "a,b")
        .assertBadInput(cases + ", line 3, column 2", "'launch'");
  }

  @Test
  void notABooleanIsBadInput() throws IOException {
    String cases = write("cases.csv", HEADER + "x1,a,maybe\n");
    ToolRun.of("analyze", "--cases", cases, "--milestones", "a,b")
        .assertBadInput(cases + ", line 2, column 3", "renewed 'maybe' is not a boolean");
  }

  @Test
  void missingColumnIsBadInput() throws IOException {
    String cases = write("cases.csv", "account_id,renewed\nx1,yes\n");
    ToolRun.of("analyze", "--cases", cases, "--milestones", "a,b")
        .assertBadInput(cases + ", line 1", "missing required column 'furthest_milestone'");
  }

  @Test
  void emptyFileIsBadInput() throws IOException {
    String cases = write("cases.csv", "");
    ToolRun.of("analyze", "--cases", cases, "--milestones", "a,b")
        .assertBadInput(cases + ": file is empty");
  }

  @Test
  void missingFileIsBadInput() {
    String cases = folder.resolve("absent.csv").toString();
    ToolRun.of("analyze", "--cases", cases, "--milestones", "a,b")
        .assertBadInput(cases + ": file not found");
  }

  @Test
  void malformedProgramIsBadInput() throws IOException {
    String program = write("program.json", "{\n  \"schemaVersion\": 1,\n  \"id\": \n}\n");
    String cases = write("cases.csv", HEADER);
    ToolRun.of("analyze", "--cases", cases, "--program", program)
        .assertBadInput(program + ", line 4, column 1", "invalid JSON");
  }

  @Test
  void targetOutOfRangeIsBadInput() throws IOException {
    String cases = write("cases.csv", HEADER);
    ToolRun.of("analyze", "--cases", cases, "--milestones", "a", "--target", "1.5")
        .assertBadInput("'--target': 1.5", "Run 'onboarding analyze --help'");
  }

  @Test
  void repeatedMilestoneIsBadInput() throws IOException {
    String cases = write("cases.csv", HEADER);
    ToolRun.of("analyze", "--cases", cases, "--milestones", "a,b,a")
        .assertBadInput("names milestone 'a' twice");
  }

  @Test
  void bothMilestoneSourcesAreBadInput() throws IOException {
    String cases = write("cases.csv", HEADER);
    ToolRun.of("analyze", "--cases", cases, "--milestones", "a", "--program", "p.json")
        .assertBadInput("--milestones and --program cannot be used together; give one of them");
  }

  @Test
  void milestoneIdsAreTrimmed() throws IOException {
    // a: reached by both decided cases, 1 renewed; b: reached by the renewed one.
    String cases = write("cases.csv", HEADER + "x1,b,yes\nx2,a,no\n");

    ToolRun run = ToolRun.of("analyze", "--cases", cases, "--milestones", " a , b ",
        "--min-accounts", "1").assertSuccess();

    assertTrue(run.out().matches("(?s).*\\n1  a\\s+2\\s+1\\s+0\\.500\\s.*"), run.out());
    assertTrue(run.out().matches("(?s).*\\n2  b\\s+1\\s+1\\s+1\\.000\\s.*"), run.out());
  }

  @Test
  void emptyMilestoneIdAmongCommasIsBadInput() throws IOException {
    String cases = write("cases.csv", HEADER);

    for (String ids : new String[] {",", ",,", "a,b,", ",a", "a,,b"}) {
      ToolRun.of("analyze", "--cases", cases, "--milestones", ids)
          .assertBadInput("'--milestones'", "has an empty milestone id");
    }
  }

  @Test
  void milestoneIdThatIsNotASlugIsBadInput() throws IOException {
    String cases = write("cases.csv", HEADER);

    for (String id : new String[] {"Kick Off", "kick off", "-kickoff", "kick.off",
        "x".repeat(65)}) {
      ToolRun.of("analyze", "--cases", cases, "--milestones", "a," + id)
          .assertBadInput("'--milestones'", "'" + id + "'", "not a valid id");
    }
  }

  @Test
  void longestMilestoneIdIsAccepted() throws IOException {
    String id = "m".repeat(64);
    String cases = write("cases.csv", HEADER + "x1," + id + ",yes\n");

    ToolRun.of("analyze", "--cases", cases, "--milestones", id, "--min-accounts", "1")
        .assertSuccess();
  }

  @Test
  void oneCaseIsWordedInTheSingular() throws IOException {
    String cases = write("cases.csv", HEADER + "x1,a,yes\n");

    ToolRun run = ToolRun.of("analyze", "--cases", cases, "--milestones", "a",
        "--min-accounts", "1", "--target", "1").assertSuccess();

    assertTrue(run.out().contains("minimum 1 account per milestone"), run.out());
    assertTrue(run.out().contains("  1 decided case (1 renewed)"), run.out());
    assertTrue(run.out().matches("(?s).*the closest is a with lower bound 0\\.\\d+ over 1"
        + " account\n"), run.out());
  }

  @Test
  void confidenceNearOneIsPrintedInFull() throws IOException {
    String cases = write("cases.csv", HEADER + "x1,a,yes\n");

    ToolRun run = ToolRun.of("analyze", "--cases", cases, "--milestones", "a",
        "--confidence", "0.9999999999").assertSuccess();

    // Ten nines, the most decimals an option takes; "%.2f" printed 1.00.
    assertTrue(run.out().contains("confidence level 0.9999999999,"), run.out());
    assertTrue(run.out().contains("99.99999999% interval"), run.out());
  }
}
