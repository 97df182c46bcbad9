package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.continuation.Expansion;
import dev.valueroadmap.onboarding.continuation.Outcome;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.program.TouchModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseSheetTest {

  private static final List<String> ROADMAP = List.of("kickoff", "live", "adopted");

  @TempDir
  Path folder;

  private Path write(String content) throws IOException {
    Path file = folder.resolve("cases.csv");
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  private void assertBad(String content, String... parts) throws IOException {
    Path file = write(content);
    BadInputException error = assertThrows(BadInputException.class,
        () -> CaseSheet.read(file, ROADMAP));
    assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
    for (String part : parts) {
      assertTrue(error.getMessage().contains(part),
          () -> "expected '" + part + "' in: " + error.getMessage());
    }
  }

  @Test
  void readsEveryColumnAndIgnoresOthers() throws IOException {
    Path file = write("\uFEFFregion,account_id,furthest_milestone,renewed,expanded,decided_on,"
        + "touch_model\r\n"
        + "emea,acme,live,Yes,no,2024-03-31,high-touch\r\n"
        + "\"us, east\",\"globex \"\"inc\"\"\",,0,,,\r\n"
        + "apac,initech,adopted,,1,,TECH_TOUCH\r\n");

    List<OutcomeCase> cases = CaseSheet.read(file, ROADMAP);

    assertEquals(3, cases.size());
    OutcomeCase acme = cases.get(0);
    assertEquals("acme", acme.accountId());
    assertEquals(Optional.of("live"), acme.furthestMilestone());
    assertEquals(Outcome.RENEWED, acme.outcome());
    assertEquals(Expansion.NO, acme.expansion());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 31)), acme.decidedOn());
    assertEquals(Optional.of(TouchModel.HIGH_TOUCH), acme.touchModel());

    OutcomeCase globex = cases.get(1);
    assertEquals("globex \"inc\"", globex.accountId());
    assertEquals(Optional.empty(), globex.furthestMilestone());
    assertEquals(Outcome.CHURNED, globex.outcome());
    assertEquals(Expansion.UNKNOWN, globex.expansion());
    assertEquals(Optional.empty(), globex.touchModel());

    OutcomeCase initech = cases.get(2);
    assertEquals(Outcome.UNDECIDED, initech.outcome());
    assertEquals(Expansion.YES, initech.expansion());
  }

  @Test
  void quotedFieldMaySpanLines() throws IOException {
    Path file = write("note,account_id,furthest_milestone,renewed\n"
        + "\"two\nlines\",acme,kickoff,true\n"
        + "x,globex,adopted,banana\n");
    BadInputException error = assertThrows(BadInputException.class,
        () -> CaseSheet.read(file, ROADMAP));
    // The bad row starts on line 4 because the quoted note of line 2 spans two lines.
    assertTrue(error.getMessage().contains("line 4, column 4"), error.getMessage());
  }

  @Test
  void optionalColumnsMayBeAbsent() throws IOException {
    Path file = write("account_id,furthest_milestone,renewed\nacme,kickoff,FALSE\n");
    OutcomeCase only = CaseSheet.read(file, ROADMAP).get(0);
    assertEquals(Outcome.CHURNED, only.outcome());
    assertEquals(Expansion.UNKNOWN, only.expansion());
  }

  @Test
  void unknownMilestoneNamesLineColumnAndValue() throws IOException {
    assertBad("account_id,furthest_milestone,renewed\nacme,kickoff,yes\nglobex,launch,no\n",
        "line 3, column 2", "'launch'", "[kickoff, live, adopted]");
  }

  @Test
  void notABooleanIsRejected() throws IOException {
    assertBad("account_id,furthest_milestone,renewed\nacme,kickoff,maybe\n",
        "line 2, column 3", "renewed 'maybe' is not a boolean");
    assertBad("account_id,furthest_milestone,renewed,expanded\nacme,kickoff,yes,2\n",
        "line 2, column 4", "expanded '2'");
  }

  @Test
  void missingRequiredColumnIsRejected() throws IOException {
    assertBad("account_id,renewed\nacme,yes\n", "line 1", "missing required column "
        + "'furthest_milestone'");
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    assertBad("", "file is empty");
  }

  @Test
  void duplicateAccountIsRejected() throws IOException {
    assertBad("account_id,furthest_milestone,renewed\nacme,kickoff,yes\nacme,live,no\n",
        "line 3, column 1", "'acme' already appears on line 2");
  }

  @Test
  void badDateAndTouchModelAreRejected() throws IOException {
    assertBad("account_id,furthest_milestone,renewed,decided_on\nacme,kickoff,yes,31/03/2024\n",
        "line 2, column 4", "'31/03/2024'", "YYYY-MM-DD");
    assertBad("account_id,furthest_milestone,renewed,touch_model\nacme,kickoff,yes,premium\n",
        "line 2, column 4", "'premium'", "HIGH_TOUCH");
  }

  @Test
  void raggedRowIsRejected() throws IOException {
    assertBad("account_id,furthest_milestone,renewed\nacme,kickoff\n", "line 2",
        "2 fields but the header has 3");
  }

  @Test
  void emptyAccountIdIsRejected() throws IOException {
    assertBad("account_id,furthest_milestone,renewed\n,kickoff,yes\n", "line 2, column 1",
        "account_id is empty");
  }

  @Test
  void quotedBlankAccountIdIsRejected() throws IOException {
    assertBad("account_id,furthest_milestone,renewed\nacme,kickoff,yes\n\" \",,yes\n",
        "line 3, column 1", "account_id ' ' is blank");
    assertBad("renewed,account_id,furthest_milestone\nno,\"\t\",kickoff\n",
        "line 2, column 2", "account_id '\t' is blank");
  }

  @Test
  void invalidUtf8IsRejected() throws IOException {
    Path file = folder.resolve("latin1.csv");
    Files.write(file, new byte[] {'a', 'c', 'c', (byte) 0xE9, '\n'});
    BadInputException error = assertThrows(BadInputException.class,
        () -> CaseSheet.read(file, ROADMAP));
    assertTrue(error.getMessage().contains("not valid UTF-8"), error.getMessage());
  }

  @Test
  void missingFileIsRejected() {
    Path file = folder.resolve("absent.csv");
    BadInputException error = assertThrows(BadInputException.class,
        () -> CaseSheet.read(file, ROADMAP));
    assertTrue(error.getMessage().contains("file not found"), error.getMessage());
  }

  @Test
  void unterminatedQuoteIsRejected() throws IOException {
    assertBad("account_id,furthest_milestone,renewed\n\"acme,kickoff,yes\n", "invalid CSV");
  }
}
