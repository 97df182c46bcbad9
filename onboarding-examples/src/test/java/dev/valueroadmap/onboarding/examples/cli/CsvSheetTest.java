package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV layer under both sheets: quoting, encoding, row length and the file itself. */
class CsvSheetTest {

  private static final List<String> ROADMAP = List.of("kickoff", "live");
  private static final String HEADER = "account_id,furthest_milestone,renewed\n";

  @TempDir
  Path folder;

  private Path write(byte[] content) throws IOException {
    Path file = folder.resolve("cases.csv");
    Files.write(file, content);
    return file;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String badMessage(byte[] content) throws IOException {
    Path file = write(content);
    BadInputException error = assertThrows(BadInputException.class,
        () -> CaseSheet.read(file, ROADMAP));
    String message = error.getMessage();
    assertTrue(message.startsWith(file + ", "), message);
    assertFalse(message.contains("org.apache"), message);
    assertFalse(message.contains("Exception"), message);
    return message;
  }

  private static void assertContains(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), () -> "expected '" + part + "' in: " + message);
    }
  }

  @Test
  void unclosedQuoteNamesWhereItOpens() throws IOException {
    // The quote opens in column 4 of line 2, and the field runs on to the end of line 3.
    String message = badMessage(utf8(HEADER + "x1,\"kickoff,yes\nx2,live,no\n"));

    assertContains(message, "line 2, column 4", "not closed before the end of the file");
  }

  @Test
  void textAfterClosingQuoteNamesLineAndColumn() throws IOException {
    // x1,"kickoff"x: the x is character 13 of line 3.
    String message = badMessage(utf8(HEADER + "x0,live,no\nx1,\"kickoff\"x,yes\n"));

    assertContains(message, "line 3, column 13", "character 'x' after the closing quote");
    assertFalse(message.contains("position"), message);
  }

  @Test
  void quoteInUnquotedFieldIsRejected() throws IOException {
    String message = badMessage(utf8(HEADER + "x1,kick\"off,yes\n"));

    assertContains(message, "line 2, column 8", "quote inside a field");
  }

  @Test
  void quotedFieldsFollowRfc4180() throws IOException {
    // A doubled quote inside quotes is one quote; spaces around a quoted field are ignored.
    Path file = write(utf8(HEADER + "\"a\"\"b\", \"kickoff\" ,yes\r\n"));

    OutcomeCase only = CaseSheet.read(file, ROADMAP).get(0);

    assertEquals("a\"b", only.accountId());
    assertEquals("kickoff", only.furthestMilestone().orElseThrow());
  }

  @Test
  void invalidUtf8NamesLineColumnAndByteOffset() throws IOException {
    // The header is 38 bytes; on line 2, "\u00fc" is 2 bytes and 1 column, "1,kick" 6 more,
    // so the bad byte 0xE9 is at byte offset 38 + 2 + 6 = 46, in column 8.
    byte[] header = utf8(HEADER);
    byte[] row = {(byte) 0xC3, (byte) 0xBC, '1', ',', 'k', 'i', 'c', 'k', (byte) 0xE9, ',',
        'y', 'e', 's', '\n'};
    byte[] content = new byte[header.length + row.length];
    System.arraycopy(header, 0, content, 0, header.length);
    System.arraycopy(row, 0, content, header.length, row.length);

    String message = badMessage(content);

    assertEquals(38, header.length);
    assertContains(message, "line 2, column 8", "not valid UTF-8", "0xE9", "byte offset 46");
  }

  @Test
  void truncatedUtf8AtEndIsRejected() throws IOException {
    // The header, then "x1," and the first two bytes of the three-byte euro sign.
    byte[] header = utf8(HEADER + "x1,");
    byte[] content = new byte[header.length + 2];
    System.arraycopy(header, 0, content, 0, header.length);
    content[header.length] = (byte) 0xE2;
    content[header.length + 1] = (byte) 0x82;

    String message = badMessage(content);

    assertContains(message, "line 2, column 4", "byte offset 41");
  }

  @Test
  void rowOfMaximumLengthIsAccepted() throws IOException {
    // The row is the id, ",kickoff,yes" (12 characters) and the line feed.
    String id = "a".repeat(StrictCsvReader.MAX_ROW_LENGTH - 12 - 1);
    Path file = write(utf8(HEADER + id + ",kickoff,yes\n"));

    assertEquals(id, CaseSheet.read(file, ROADMAP).get(0).accountId());
  }

  @Test
  void rowOneCharacterTooLongIsRejected() throws IOException {
    String id = "a".repeat(StrictCsvReader.MAX_ROW_LENGTH - 12);
    String message = badMessage(utf8(HEADER + id + ",kickoff,yes\n"));

    assertContains(message, "line 2:", "longer than 1,000,000 characters");
  }

  @Test
  void endlessRowIsRejectedWithoutReadingItAll() {
    // A stream of NUL characters that never ends, like /dev/zero.
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        return 0;
      }
    };
    InputStream in = new SequenceInputStream(new ByteArrayInputStream(utf8(HEADER)), zeros);

    BadInputException error = assertThrows(BadInputException.class,
        () -> CaseSheet.read("zeros.csv", in, ROADMAP));

    assertContains(error.getMessage(), "zeros.csv, line 2:", "longer than 1,000,000");
  }

  @Test
  void directoryIsRejected() {
    BadInputException error = assertThrows(BadInputException.class,
        () -> CaseSheet.read(folder, ROADMAP));

    assertContains(error.getMessage(), folder + ": is a directory");
  }

  @Test
  void deviceIsRejected() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "a system with /dev/zero");
    Path link = Files.createSymbolicLink(folder.resolve("zero.csv"), zero);

    BadInputException error = assertThrows(BadInputException.class,
        () -> CaseSheet.read(link, ROADMAP));

    assertContains(error.getMessage(), link + ": is not a regular file");
  }

  @Test
  void accountSheetUsesTheSameChecks() throws IOException {
    Path file = folder.resolve("accounts.csv");
    Files.writeString(file, "account_id,arr,currency,ltv\nacme,1\"0,EUR,5\n");

    BadInputException error = assertThrows(BadInputException.class,
        () -> AccountValueSheet.read(file));

    assertContains(error.getMessage(), file + ", line 2, column 7", "quote inside a field");
  }

  @Test
  void emptyPathOptionIsBadInput() {
    ToolRun.of("analyze", "--cases=", "--milestones", "a")
        .assertBadInput("'--cases'", "the file path is empty");
  }
}
