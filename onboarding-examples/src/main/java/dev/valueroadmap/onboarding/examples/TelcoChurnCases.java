package dev.valueroadmap.onboarding.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Maps IBM's public telecom churn sample (7,043 customers; {@code customerID}, the service
 * columns, {@code Contract} and {@code Churn}) onto an ordered value roadmap and writes the
 * case sheet that {@code onboarding analyze} reads.
 *
 * <p>The roadmap has four steps, in this order:
 * <ol>
 *   <li>{@code connected}: InternetService is not "No";
 *   <li>{@code secured}: OnlineSecurity or OnlineBackup is "Yes";
 *   <li>{@code supported}: TechSupport or DeviceProtection is "Yes";
 *   <li>{@code streaming}: StreamingTV or StreamingMovies is "Yes".
 * </ol>
 * The furthest milestone is the last step of the unbroken run from the first, so a customer
 * with tech support but neither security nor backup got as far as {@code connected}. Churn
 * "No" is renewed and "Yes" churned. MultipleLines "Yes" is expanded, "No" not expanded and
 * "No phone service" unknown. The contract gives the touch model: two year is high touch, one
 * year low touch, month-to-month tech touch. The sheet has no decision dates.
 *
 * <p>Arguments: the input CSV (default
 * {@code ../shared/data/telco-churn/telco-customer-churn.csv}) and the output case sheet
 * (default {@code target/telco-cases.csv}). When the input is missing, the program prints
 * one line naming the path and exits with status 2.
 */
public final class TelcoChurnCases {

  /** The milestone ids of the mapped roadmap, in roadmap order. */
  public static final List<String> MILESTONES =
      List.of("connected", "secured", "supported", "streaming");

  private static final String DEFAULT_INPUT =
      "../shared/data/telco-churn/telco-customer-churn.csv";

  private TelcoChurnCases() {
  }

  /**
   * Converts the sample and prints how to analyse the result. Exits with status 2 and a
   * one-line message when the input file is missing.
   *
   * @param args the input CSV and the output case sheet, both optional
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Converts the sample and prints how to analyse the result, or one line on {@code err}
   * naming the missing input.
   *
   * @return 0 on success, 2 when the input file is missing
   */
  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Path input = Path.of(args.length > 0 ? args[0] : DEFAULT_INPUT);
    Path output = Path.of(args.length > 1 ? args[1] : "target/telco-cases.csv");
    if (!Files.isRegularFile(input)) {
      err.println("error: " + input + ": file not found; download the telecom churn sample"
          + " and pass its path as the first argument: TelcoChurnCases INPUT.csv [OUTPUT.csv]");
      return 2;
    }

    int count = convert(input, output);
    out.println("Wrote " + count + " cases to " + output + "; analyse them with:");
    out.println("  java -jar onboarding-examples/target/onboarding.jar analyze --cases "
        + output + " --milestones " + String.join(",", MILESTONES));
    return 0;
  }

  /**
   * Converts the sample into a case sheet.
   *
   * @param input the telecom churn CSV
   * @param output the case sheet to write
   * @return the number of cases written
   * @throws IOException if a file cannot be read or written
   */
  public static int convert(Path input, Path output) throws IOException {
    CSVFormat in = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    CSVFormat out = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    int count = 0;
    try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(in).get();
        Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, out)) {
      printer.printRecord("account_id", "furthest_milestone", "renewed", "expanded",
          "touch_model");
      for (CSVRecord row : parser) {
        printer.printRecord(row.get("customerID"), furthestMilestone(row),
            row.get("Churn").equals("No") ? "yes" : "no", expanded(row.get("MultipleLines")),
            touchModel(row.get("Contract")));
        count++;
      }
    }
    return count;
  }

  private static String furthestMilestone(CSVRecord row) {
    boolean[] steps = {
        !row.get("InternetService").equals("No"),
        yes(row, "OnlineSecurity") || yes(row, "OnlineBackup"),
        yes(row, "TechSupport") || yes(row, "DeviceProtection"),
        yes(row, "StreamingTV") || yes(row, "StreamingMovies")};
    String furthest = "";
    for (int i = 0; i < steps.length && steps[i]; i++) {
      furthest = MILESTONES.get(i);
    }
    return furthest;
  }

  private static boolean yes(CSVRecord row, String column) {
    return row.get(column).equals("Yes");
  }

  private static String expanded(String multipleLines) {
    return switch (multipleLines) {
      case "Yes" -> "yes";
      case "No" -> "no";
      default -> "";
    };
  }

  private static String touchModel(String contract) {
    return switch (contract) {
      case "Two year" -> "HIGH_TOUCH";
      case "One year" -> "LOW_TOUCH";
      default -> "TECH_TOUCH";
    };
  }
}
