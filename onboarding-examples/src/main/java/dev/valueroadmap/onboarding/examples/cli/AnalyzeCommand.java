package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.continuation.AnalysisParameters;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalysis;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalyzer;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.json.OnboardingJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code analyze} command: the continuation analysis of a case sheet. */
@Command(name = "analyze", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
        "The continuation analysis of a case sheet.",
        "",
        "Finds the continuation point: the earliest milestone whose renewal rate among the"
            + " accounts that reached it has a lower confidence bound (Wilson score) that meets"
            + " the target.",
        "",
        "The case sheet is a UTF-8 CSV file with a header row (RFC 4180 quoting, an optional"
            + " byte-order mark). Columns, by name in any order; others are ignored:",
        "  account_id          required, unique",
        "  furthest_milestone  required, a milestone id, empty when none was reached",
        "  renewed             required, yes/no/true/false/1/0, empty when undecided",
        "  expanded            optional, the same values, empty when unknown",
        "  decided_on          optional, YYYY-MM-DD",
        "  touch_model         optional, HIGH_TOUCH, LOW_TOUCH or TECH_TOUCH",
        ""})
final class AnalyzeCommand extends ToolCommand {

  /** The rule for milestone ids, the same as for program ids in a program document. */
  private static final Pattern MILESTONE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  @Option(names = "--cases", required = true, paramLabel = "C.csv",
      description = "The case sheet to analyze.")
  Path cases;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Roadmap roadmap;

  @Option(names = "--target", paramLabel = "RATE", defaultValue = "0.80",
      description = "The renewal rate the lower bound must meet, above 0 and at most 1"
          + " (default: ${DEFAULT-VALUE}).")
  double target;

  @Option(names = "--min-accounts", paramLabel = "N", defaultValue = "30",
      description = "The fewest decided accounts that must reach a milestone for it to"
          + " qualify (default: ${DEFAULT-VALUE}).")
  int minimumAccounts;

  @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
      description = "The confidence level of the Wilson score intervals, between 0 and 1"
          + " (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Option(names = "--json",
      description = "Print the analysis as a JSON continuation-analysis document.")
  boolean json;

  /** The source of the milestone order: a list of ids or a program. */
  static final class Roadmap {
    // Split here rather than by picocli, whose split drops trailing empty ids: "a,b," and ","
    // must be rejected, not read as "a,b" and as no milestone at all.
    @Option(names = "--milestones", paramLabel = "ID",
        description = "The milestone ids in roadmap order, separated by commas; spaces"
            + " around an id are ignored.")
    List<String> milestones;

    @Option(names = "--program", paramLabel = "P.json",
        description = "An onboarding program document whose roadmap gives the milestones.")
    Path program;
  }

  @Override
  void render(StringBuilder out) {
    AnalysisParameters parameters = parameters();
    List<String> milestoneIds = milestoneIds();
    List<OutcomeCase> sheet = CaseSheet.read(cases, milestoneIds);

    ContinuationAnalysis analysis = ContinuationAnalyzer.of(milestoneIds, parameters)
        .analyze(sheet);
    if (json) {
      out.append(OnboardingJson.strict().write(analysis));
    } else {
      AnalysisView.appendTo(out, cases.toString(), analysis);
    }
  }

  private List<String> milestoneIds() {
    if (roadmap.program != null) {
      return InputFiles.readProgram(roadmap.program).roadmap().milestoneIds();
    }

    String given = "'" + String.join(",", roadmap.milestones) + "'";
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> parts = new ArrayList<>();
    for (String value : roadmap.milestones) {
      parts.addAll(List.of(value.split(",", -1)));
    }
    for (String untrimmed : parts) {
      String id = untrimmed.trim();
      if (id.isEmpty()) {
        throw invalidOption("--milestones", given, "has an empty milestone id");
      }
      if (!MILESTONE_ID.matcher(id).matches()) {
        throw invalidOption("--milestones", given, "has milestone id '" + id + "', which is"
            + " not a valid id; expected lower-case letters, digits, '-' and '_', starting"
            + " with a letter or digit, at most 64 characters");
      }
      if (!seen.add(id)) {
        throw invalidOption("--milestones", given, "names milestone '" + id + "' twice");
      }
      ids.add(id);
    }
    return List.copyOf(ids);
  }

  private AnalysisParameters parameters() {
    if (!(target > 0 && target <= 1)) {
      throw invalidOption("--target", format(target), "is not above 0 and at most 1");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw invalidOption("--confidence", format(confidence), "is not between 0 and 1");
    }
    if (minimumAccounts < 1) {
      throw invalidOption("--min-accounts", minimumAccounts, "is less than 1");
    }
    return AnalysisParameters.of(target, confidence, minimumAccounts);
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%s", value);
  }
}
