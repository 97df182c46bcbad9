package dev.valueroadmap.onboarding.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.valueroadmap.onboarding.examples.cli.OnboardingCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converts IBM's telecom churn sample and analyses the case sheet with the tool. The sample is
 * not part of the project: the test reads it from the system property {@code telco.churn.csv}
 * or from {@code ../../shared/data/telco-churn/telco-customer-churn.csv} relative to the
 * module folder, and is skipped when neither exists.
 */
class TelcoChurnCasesTest {

  @TempDir
  Path folder;

  private static Path sample() {
    return Path.of(System.getProperty("telco.churn.csv", System.getProperty("basedir", ".")
        + "/../../shared/data/telco-churn/telco-customer-churn.csv"));
  }

  @Test
  void sheetFeedsTheAnalyzeCommand() throws Exception {
    Path input = sample();
    assumeTrue(Files.isRegularFile(input), "telco churn sample not found at " + input);
    Path output = folder.resolve("telco-cases.csv");

    int count = TelcoChurnCases.convert(input, output);

    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertEquals(7043, count);
    assertEquals(count + 1, lines.size());
    assertEquals("account_id,furthest_milestone,renewed,expanded,touch_model", lines.get(0));
    // The first customer has DSL and online backup but no tech support or streaming.
    assertEquals("7590-VHVEG,secured,yes,,TECH_TOUCH", lines.get(1));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = OnboardingCli.run(new PrintWriter(out), new PrintWriter(err), "analyze",
        "--cases", output.toString(), "--milestones", String.join(",",
            TelcoChurnCases.MILESTONES));
    assertEquals(0, status, err.toString());
    // Churn "No" on 5,174 of the 7,043 rows.
    assertTrue(out.toString().contains("7043 decided cases (5174 renewed)"), out.toString());
  }

  @Test
  void missingInputPrintsOneLine() throws IOException {
    Path absent = folder.resolve("absent.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = TelcoChurnCases.run(new String[] {absent.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, status);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.startsWith("error: " + absent + ": file not found;"), message);
    assertTrue(message.contains("as the first argument"), message);
    assertFalse(message.contains("Exception"), message);
  }
}
