package dev.valueroadmap.onboarding.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.valueroadmap.onboarding.json.DocumentType;
import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import dev.valueroadmap.onboarding.segmentation.PlacementReason;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {

  private static final String HEADER =
      "account_id,arr,currency,gross_margin,lifetime_years,churn_rate,ltv,pinned_touch_model\n";

  @TempDir
  Path folder;

  private String write(String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    return file.toString();
  }

  private static ToolRun segment(String accounts) {
    return ToolRun.of("segment", "--accounts", accounts, "--capacity-hours", "10",
        "--high-touch-hours", "4", "--low-touch-hours", "3", "--high-touch-min", "150000",
        "--low-touch-min", "50000");
  }

  @Test
  void placesAccountsWithinCapacity() throws IOException {
    // Lifetime values: big 100000 x 0.5 x 4 = 200000 (high touch), mid 50000 / 0.5 = 100000
    // (low touch), small 30000 (tech touch), pin 1000 but pinned to high touch.
    // pin takes 4 of 10 hours, big 4 more; mid's 3 hours no longer fit in the 2 left.
    String accounts = write("accounts.csv", HEADER
        + "big,100000,EUR,0.5,4,,,\n"
        + "mid,50000,EUR,,,0.5,,\n"
        + "small,10000,EUR,,,,30000,\n"
        + "pin,1000,EUR,,,,1000,high-touch\n");

    String out = segment(accounts).assertSuccess().out();

    assertTrue(out.contains("capacity 10.0, used 8.0 (pinned 4.0)"), out);
    assertTrue(out.matches("(?s).*\\npin\\s+1000 EUR\\s+TECH_TOUCH\\s+HIGH_TOUCH\\s+PINNED"
        + "\\s+4\\.0\\n.*"), out);
    assertTrue(out.matches("(?s).*\\nbig\\s+200000 EUR\\s+HIGH_TOUCH\\s+HIGH_TOUCH\\s+ELIGIBLE"
        + "\\s+4\\.0\\n.*"), out);
    assertTrue(out.matches("(?s).*\\nmid\\s+100000 EUR\\s+LOW_TOUCH\\s+TECH_TOUCH"
        + "\\s+DOWNGRADED_FOR_CAPACITY\\s+0\\.0\\n.*"), out);
    assertTrue(out.matches("(?s).*\\nsmall\\s+30000 EUR\\s+TECH_TOUCH\\s+TECH_TOUCH"
        + "\\s+BELOW_THRESHOLD\\s+0\\.0\\n.*"), out);
  }

  @Test
  void printsTheAllocationDocument() throws IOException {
    // Lifetime values: big 100000 x 0.5 x 4 = 200000 (high touch), mid 50000 / 0.5 = 100000
    // (low touch). big takes 4 of 5 hours; mid's 3 hours do not fit in the 1 left.
    String accounts = write("accounts.csv", HEADER
        + "big,100000,EUR,0.5,4,,,\n"
        + "mid,50000,EUR,,,0.5,,\n");

    String out = ToolRun.of("segment", "--accounts", accounts, "--capacity-hours", "5",
        "--high-touch-hours", "4", "--low-touch-hours", "3", "--high-touch-min", "150000",
        "--low-touch-min", "50000", "--json").assertSuccess().out();

    Allocation allocation = OnboardingJson.strict().read(DocumentType.ALLOCATION, out);
    assertEquals(TouchModel.HIGH_TOUCH, allocation.placement("big").orElseThrow().touchModel());
    assertEquals(PlacementReason.DOWNGRADED_FOR_CAPACITY,
        allocation.placement("mid").orElseThrow().reason());
    assertEquals(0, new BigDecimal("4").compareTo(allocation.hoursUsedPerMonth()));
  }

  @Test
  void derivesEffortFromAProgram() throws IOException {
    String program = write("program.json",
        OnboardingJson.strict().write(SamplePrograms.b2bSaas()));
    String accounts = write("accounts.csv", HEADER + "a,1000,EUR,,2,,,\n");

    String out = ToolRun.of("segment", "--accounts", accounts, "--capacity-hours", "100",
        "--program", program).assertSuccess().out();

    // 740 high-touch minutes over the 90-day window: 740 x 365.2425 / (720 x 90) = 4.17.
    assertTrue(out.contains("high touch 4.2, low touch"), out);
  }

  @Test
  void notADecimalIsBadInput() throws IOException {
    String accounts = write("accounts.csv", HEADER + "a,1000,EUR,,2,,,\nb,12k,EUR,,2,,,\n");
    segment(accounts).assertBadInput(accounts + ", line 3, column 2",
        "arr '12k' is not a decimal number");
  }

  @Test
  void secondCurrencyIsBadInput() throws IOException {
    String accounts = write("accounts.csv", HEADER + "a,1000,EUR,,2,,,\nb,1000,USD,,2,,,\n");
    segment(accounts).assertBadInput(accounts + ", line 3, column 3", "'USD' differs from EUR");
  }

  @Test
  void twoLifetimeValuesAreBadInput() throws IOException {
    String accounts = write("accounts.csv", HEADER + "a,1000,EUR,,2,0.2,,\n");
    segment(accounts).assertBadInput(accounts + ", line 2:",
        "gives [lifetime_years, churn_rate] but needs exactly one");
  }

  @Test
  void churnRateOutOfRangeIsBadInput() throws IOException {
    String accounts = write("accounts.csv", HEADER + "a,1000,EUR,,,1.5,,\n");
    segment(accounts).assertBadInput(accounts + ", line 2, column 6", "annualChurnRate 1.5");
  }

  @Test
  void unknownTouchModelIsBadInput() throws IOException {
    String accounts = write("accounts.csv", HEADER + "a,1000,EUR,,2,,,gold\n");
    segment(accounts).assertBadInput(accounts + ", line 2, column 8", "'gold'");
  }

  @Test
  void missingLifetimeColumnIsBadInput() throws IOException {
    String accounts = write("accounts.csv", "account_id,arr,currency\na,1000,EUR\n");
    segment(accounts).assertBadInput(accounts + ", line 1", "missing a lifetime column");
  }

  @Test
  void missingRequiredColumnIsBadInput() throws IOException {
    String accounts = write("accounts.csv", "account_id,currency,ltv\na,EUR,1000\n");
    segment(accounts).assertBadInput(accounts + ", line 1", "missing required column 'arr'");
  }

  @Test
  void emptyFileIsBadInput() throws IOException {
    String accounts = write("accounts.csv", "");
    segment(accounts).assertBadInput(accounts + ": file is empty");
  }

  @Test
  void headerWithoutRowsIsBadInput() throws IOException {
    String accounts = write("accounts.csv", HEADER);
    segment(accounts).assertBadInput(accounts + ": the sheet has a header but no account rows");
  }

  @Test
  void missingEffortIsBadInput() throws IOException {
    String accounts = write("accounts.csv", HEADER + "a,1000,EUR,,2,,,\n");
    ToolRun.of("segment", "--accounts", accounts, "--capacity-hours", "10")
        .assertBadInput("missing --program or --high-touch-hours; give one of them");
  }

  @Test
  void negativeCapacityIsBadInput() throws IOException {
    String accounts = write("accounts.csv", HEADER + "a,1000,EUR,,2,,,\n");
    ToolRun.of("segment", "--accounts", accounts, "--capacity-hours", "-1",
        "--high-touch-hours", "4", "--low-touch-hours", "3")
        .assertBadInput("'--capacity-hours': -1 is negative");
  }

  @Test
  void numberCellsTakeAsciiDigitsOnly() throws IOException {
    String[] values = {"\u0661\u0660\u0660", "\uff11\uff10\uff10", "1e999999999",
        "1e-999999999"};
    for (String value : values) {
      String accounts = write("accounts.csv", HEADER + "a," + value + ",EUR,,2,,,\n");

      segment(accounts).assertBadInput(accounts + ", line 2, column 2",
          "arr '" + value + "' is not a decimal number", "ASCII digits");
    }
  }

  @Test
  void hugeNumberCellIsBadInput() throws IOException {
    String accounts = write("accounts.csv", HEADER + "a,99999999999999999999,EUR,,2,,,\n");

    segment(accounts).assertBadInput(accounts + ", line 2, column 2",
        "'99999999999999999999' has more than 15 digits before the decimal point");
  }

  @Test
  void hugeOptionValuesAreBadInput() throws IOException {
    String accounts = write("accounts.csv", HEADER + "a,1000,EUR,,2,,,\n");
    String[][] options = {{"--capacity-hours", "1e999999999"},
        {"--capacity-hours", "99999999999999999999"}, {"--high-touch-min", "1e-999999999"},
        {"--capacity-hours", "\uff11\uff10\uff10"}, {"--managers", "\u0661\u0660"}};

    for (String[] option : options) {
      String capacity = option[0].equals("--capacity-hours") ? option[1] : "10";
      ToolRun run = option[0].equals("--capacity-hours")
          ? ToolRun.of("segment", "--accounts", accounts, "--high-touch-hours", "1",
              "--low-touch-hours", "1", "--capacity-hours", capacity)
          : ToolRun.of("segment", "--accounts", accounts, "--high-touch-hours", "1",
              "--low-touch-hours", "1", "--capacity-hours", capacity, option[0], option[1]);

      run.assertBadInput("option '" + option[0] + "': '" + option[1] + "'");
    }
  }
}
