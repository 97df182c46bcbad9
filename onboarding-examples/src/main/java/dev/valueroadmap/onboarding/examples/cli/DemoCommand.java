package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.continuation.ContinuationAnalysis;
import dev.valueroadmap.onboarding.continuation.ContinuationAnalyzer;
import dev.valueroadmap.onboarding.continuation.OutcomeCase;
import dev.valueroadmap.onboarding.examples.cli.InputFiles.Document;
import dev.valueroadmap.onboarding.examples.demo.DemoData;
import dev.valueroadmap.onboarding.json.DocumentType;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.segmentation.AccountValue;
import dev.valueroadmap.onboarding.segmentation.Allocation;
import dev.valueroadmap.onboarding.segmentation.Money;
import dev.valueroadmap.onboarding.segmentation.SegmentationPolicy;
import dev.valueroadmap.onboarding.segmentation.TouchModelAllocator;
import dev.valueroadmap.onboarding.segmentation.TouchModelEffort;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * The {@code demo} command: the board, the continuation analysis and the touch-model
 * allocation on the demo data that ships in the jar, read through the same readers as the
 * other commands.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {
        "The board, the continuation analysis and the touch-model allocation on bundled demo"
            + " data.",
        "",
        "The demo data is the sample B2B SaaS program, 200 accounts in onboarding, 500"
            + " renewal cases over two years and the account sheet for allocation. The files"
            + " ship in the jar under " + DemoData.RESOURCE_FOLDER + " and are generated from"
            + " fixed seeds, so every run prints the same.",
        ""})
final class DemoCommand extends ToolCommand {

  @Override
  void render(StringBuilder out) {
    Document<OnboardingProgram> program = read("program.json",
        in -> InputFiles.read(source("program.json"), in, DocumentType.PROGRAM));
    Document<List<AccountState>> accounts = read("accounts.json",
        in -> InputFiles.read(source("accounts.json"), in, DocumentType.ACCOUNT_STATES));
    List<String> milestones = program.value().roadmap().milestoneIds();
    List<OutcomeCase> cases = read("cases.csv",
        in -> CaseSheet.read(source("cases.csv"), in, milestones));
    List<AccountValue> values = read("segment-accounts.csv",
        in -> AccountValueSheet.read(source("segment-accounts.csv"), in));

    out.append("Demo data as of ").append(DemoData.AS_OF).append(", read from the jar under ")
        .append(DemoData.RESOURCE_FOLDER).append("\n\n");
    PortfolioBoard board = Portfolio.board(List.of(program), accounts, DemoData.AS_OF);
    BoardView.appendTo(out, board);

    out.append("\n");
    ContinuationAnalysis analysis = ContinuationAnalyzer.of(program.value().roadmap())
        .analyze(cases);
    AnalysisView.appendTo(out, source("cases.csv"), analysis);

    out.append("\n");
    SegmentationPolicy policy = SegmentationPolicy.builder()
        .highTouchMinimumLifetimeValue(Money.of(DemoData.HIGH_TOUCH_MINIMUM,
            values.get(0).currency()))
        .lowTouchMinimumLifetimeValue(Money.of(DemoData.LOW_TOUCH_MINIMUM,
            values.get(0).currency()))
        .capacityHoursPerMonth(DemoData.CAPACITY_HOURS)
        .csManagers(DemoData.CS_MANAGERS)
        .build();
    TouchModelAllocator allocator = TouchModelAllocator.of(policy,
        TouchModelEffort.fromProgram(program.value()));
    Allocation allocation = allocator.allocate(values);
    AllocationView.appendTo(out, source("segment-accounts.csv"), allocator, allocation, false);
  }

  private static String source(String name) {
    return "demo/" + name;
  }

  private interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T read(String name, Reader<T> reader) {
    try (InputStream in = DemoData.class.getResourceAsStream(DemoData.RESOURCE_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("demo file " + DemoData.RESOURCE_FOLDER + name
            + " is missing from the jar");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("demo file " + name + " could not be read", e);
    }
  }
}
