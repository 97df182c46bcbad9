package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the case-sheet reader through its public entry point, a file. Reading returns the
 * cases or throws a {@link BadInputException} that names the file. When it returns cases,
 * writing them back as a case sheet and reading that gives equal cases. Without
 * {@code JAZZER_FUZZ} this replays the inputs under
 * {@code CaseSheetFuzzTestInputs/readCaseSheet/} in the test resources.
 */
class CaseSheetFuzzTest {

  private static final List<String> MILESTONES =
      SamplePrograms.b2bSaas().roadmap().milestoneIds();

  /** One file, rewritten for every input, because the reader takes a path. */
  private static final Path SHEET = createSheet();

  private static Path createSheet() {
    try {
      Path file = Files.createTempFile("case-sheet-fuzz", ".csv");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest
  @DictionaryFile(resourcePath = "case-sheet.dict")
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void readCaseSheet(byte[] input) throws IOException {
    Files.write(SHEET, input);

    List<OutcomeCase> cases;
    try {
      cases = CaseSheet.read(SHEET, MILESTONES);
    } catch (BadInputException expected) {
      assertTrue(expected.getMessage().startsWith(SHEET.toString()),
          () -> "the message does not name the file: " + expected.getMessage());
      return;
    }

    Files.write(SHEET, write(cases).getBytes(StandardCharsets.UTF_8));
    assertEquals(cases, CaseSheet.read(SHEET, MILESTONES),
        "the cases written back as a sheet read as other cases");
  }

  /** Writes cases as a case sheet with every column, each value quoted. */
  static String write(List<OutcomeCase> cases) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL)
        .setHeader("account_id", "furthest_milestone", "renewed", "expanded", "decided_on",
            "touch_model")
        .get();
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, format)) {
      for (OutcomeCase outcomeCase : cases) {
        printer.printRecord(outcomeCase.accountId(),
            outcomeCase.furthestMilestone().orElse(""),
            switch (outcomeCase.outcome()) {
              case RENEWED -> "yes";
              case CHURNED -> "no";
              case UNDECIDED -> "";
            },
            switch (outcomeCase.expansion()) {
              case YES -> "yes";
              case NO -> "no";
              case UNKNOWN -> "";
            },
            outcomeCase.decidedOn().map(LocalDate::toString).orElse(""),
            outcomeCase.touchModel().map(Enum::name).orElse(""));
      }
    }
    return text.toString();
  }
}
