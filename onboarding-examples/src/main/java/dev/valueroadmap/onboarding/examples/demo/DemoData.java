package dev.valueroadmap.onboarding.examples.demo;

import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.program.TouchModel;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.ImmutableAccountState;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import dev.valueroadmap.onboarding.sample.SamplePrograms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The demo data set, generated from fixed seeds without reading the clock, so that every run
 * writes the same bytes: the sample program, 200 accounts in onboarding as of
 * {@link #AS_OF}, 500 historical renewal cases and the account sheet for touch-model
 * allocation.
 *
 * <p>The files ship in the jar under {@link #RESOURCE_FOLDER}, where the {@code demo} command
 * reads them. Run {@code main} with a folder to write them again; a test checks that the
 * committed files equal a fresh generation byte for byte.
 *
 * <p>The renewal cases are drawn so that the renewal rate rises along the roadmap and jumps
 * at team adoption, the sample program's continuation point: a churned account is most often
 * one that stopped before its team worked in the product every week.
 */
public final class DemoData {

  /** The day the demo evaluates its accounts on. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  /** The classpath folder of the demo files. */
  public static final String RESOURCE_FOLDER = "/dev/valueroadmap/onboarding/examples/demo/";

  /** The file names, in the order the demo uses them. */
  public static final List<String> FILE_NAMES = List.of("program.json", "accounts.json",
      "cases.csv", "segment-accounts.csv");

  /** The CS hours per month the demo allocation may use. */
  public static final BigDecimal CAPACITY_HOURS = new BigDecimal("400");

  /** The lifetime value in euros from which a demo account is eligible for high touch. */
  public static final BigDecimal HIGH_TOUCH_MINIMUM = new BigDecimal("150000");

  /** The lifetime value in euros from which a demo account is eligible for low touch. */
  public static final BigDecimal LOW_TOUCH_MINIMUM = new BigDecimal("40000");

  /** The CS managers who share the demo capacity. */
  public static final int CS_MANAGERS = 4;

  private static final long SEED = 20250630L;
  private static final int ACCOUNTS = 200;
  private static final int CASES = 500;

  /** Chance of each furthest milestone, from none (first) to the last milestone. */
  private static final double[] FURTHEST_SHARE = {0.05, 0.08, 0.10, 0.17, 0.20, 0.25, 0.15};

  /** Chance of renewal for each furthest milestone, from none (first) to the last. */
  private static final double[] RENEWAL_RATE = {0.25, 0.35, 0.45, 0.55, 0.55, 0.90, 0.94};

  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n")
      .get();

  private DemoData() {
  }

  /**
   * Writes the demo files into a folder.
   *
   * @param args the folder; the module's resource folder when none is given
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0]
        : "onboarding-examples/src/main/resources" + RESOURCE_FOLDER);
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> file : files().entrySet()) {
      Files.write(folder.resolve(file.getKey()), file.getValue());
    }
  }

  /**
   * Generates every demo file.
   *
   * @return the file contents by file name, in the order of {@link #FILE_NAMES}
   */
  public static Map<String, byte[]> files() {
    OnboardingProgram program = SamplePrograms.b2bSaas();
    OnboardingJson json = OnboardingJson.strict();
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("program.json", utf8(json.write(program)));
    files.put("accounts.json", utf8(json.writeAccountStates(accounts(program))));
    files.put("cases.csv", utf8(cases(program)));
    files.put("segment-accounts.csv", utf8(segmentAccounts()));
    return files;
  }

  /**
   * Generates the accounts in onboarding: start dates from 130 days before {@link #AS_OF}
   * to 10 days after it, each account on its own pace, and about a third stuck at one ToDo.
   *
   * @param program the program the accounts are on
   * @return the accounts, ids {@code acct-001} to {@code acct-200}
   */
  public static List<AccountState> accounts(OnboardingProgram program) {
    Random random = new Random(SEED);
    List<AccountState> accounts = new ArrayList<>();
    for (int k = 1; k <= ACCOUNTS; k++) {
      TouchModel touchModel = touchModel(random);
      LocalDate start = AS_OF.minusDays(random.nextInt(141) - 10);
      double pace = 0.8 + 0.6 * random.nextDouble();
      List<ToDo> todos = program.todosFor(touchModel);
      int stuckAt = random.nextDouble() < 0.35 ? random.nextInt(todos.size()) : -1;

      ImmutableAccountState.Builder account = AccountState.builder()
          .accountId(String.format(Locale.ROOT, "acct-%03d", k))
          .programId(program.id())
          .programVersion(program.version())
          .startDate(start)
          .touchModel(touchModel);
      LocalDate previous = start;
      for (int i = 0; i < todos.size() && i != stuckAt; i++) {
        ToDo todo = todos.get(i);
        LocalDate done = start.plusDays(Math.round(todo.dueDay() * pace) + random.nextInt(3) - 1);
        done = done.isBefore(previous) ? previous : done;
        if (done.isAfter(AS_OF)) {
          break;
        }
        boolean skipped = todo.id().equals("configure-single-sign-on")
            && random.nextDouble() < 0.2;
        account.addEvents(skipped ? ProgressEvent.notApplicable(todo.id(), done)
            : ProgressEvent.completed(todo.id(), done));
        previous = done;
      }
      accounts.add(account.build());
    }
    return accounts;
  }

  private static String cases(OnboardingProgram program) {
    List<String> milestones = program.roadmap().milestoneIds();
    Random random = new Random(SEED + 1);
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      printer.printRecord("account_id", "furthest_milestone", "renewed", "expanded",
          "decided_on", "touch_model");
      for (int k = 1; k <= CASES; k++) {
        TouchModel touchModel = touchModel(random);
        int furthest = draw(random, FURTHEST_SHARE);
        boolean undecided = random.nextDouble() < 0.04;
        boolean renewed = random.nextDouble() < RENEWAL_RATE[furthest];
        double expansion = random.nextDouble();
        LocalDate decidedOn = AS_OF.minusDays(random.nextInt(730));

        String expanded;
        if (undecided || expansion < 0.1) {
          expanded = "";
        } else {
          expanded = renewed && expansion < 0.1 + 0.06 * furthest ? "yes" : "no";
        }
        String renewal = renewed ? "yes" : "no";
        printer.printRecord(String.format(Locale.ROOT, "case-%03d", k),
            furthest == 0 ? "" : milestones.get(furthest - 1),
            undecided ? "" : renewal, expanded, undecided ? "" : decidedOn, touchModel);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String segmentAccounts() {
    Random random = new Random(SEED + 2);
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
      printer.printRecord("account_id", "arr", "currency", "gross_margin", "lifetime_years",
          "churn_rate", "ltv", "pinned_touch_model");
      for (int k = 1; k <= ACCOUNTS; k++) {
        BigDecimal arr = decimal(StrictMath.exp(StrictMath.log(30_000) + 0.9 * random.nextGaussian()), -2);
        double source = random.nextDouble();
        BigDecimal margin = decimal(0.70 + 0.20 * random.nextDouble(), 2);
        BigDecimal years = decimal(2 + 4 * random.nextDouble(), 1);
        BigDecimal churnRate = decimal(0.08 + 0.27 * random.nextDouble(), 2);
        BigDecimal statedValue = decimal(arr.doubleValue() * (2 + 3 * random.nextDouble()), -2);
        double pin = random.nextDouble();
        String pinned = "";
        if (pin < 0.04) {
          pinned = TouchModel.HIGH_TOUCH.name();
        } else if (pin < 0.07) {
          pinned = TouchModel.TECH_TOUCH.name();
        }

        printer.printRecord(String.format(Locale.ROOT, "acct-%03d", k), arr.toPlainString(),
            "EUR", source < 0.85 ? margin.toPlainString() : "",
            source < 0.50 ? years.toPlainString() : "",
            source >= 0.50 && source < 0.85 ? churnRate.toPlainString() : "",
            source >= 0.85 ? statedValue.toPlainString() : "",
            pinned);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static TouchModel touchModel(Random random) {
    double draw = random.nextDouble();
    return draw < 0.2 ? TouchModel.HIGH_TOUCH : draw < 0.6 ? TouchModel.LOW_TOUCH
        : TouchModel.TECH_TOUCH;
  }

  /** Returns the index drawn with the given chances, which add up to 1. */
  private static int draw(Random random, double[] shares) {
    double draw = random.nextDouble();
    double cumulative = 0;
    for (int i = 0; i < shares.length - 1; i++) {
      cumulative += shares[i];
      if (draw < cumulative) {
        return i;
      }
    }
    return shares.length - 1;
  }

  private static BigDecimal decimal(double value, int scale) {
    return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN).setScale(
        Math.max(scale, 0), RoundingMode.UNNECESSARY);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
