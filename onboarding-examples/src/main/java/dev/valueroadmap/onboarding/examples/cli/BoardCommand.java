package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.examples.cli.InputFiles.Document;
import dev.valueroadmap.onboarding.json.DocumentType;
import dev.valueroadmap.onboarding.json.OnboardingJson;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code board} command: the portfolio board of many accounts on one as-of date. */
@Command(name = "board", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
        "The portfolio board of an account list on an as-of date.",
        "",
        "Shows the accounts per status, the milestone funnel of each program version, the"
            + " stalled and at-risk accounts with the side that holds the ball and the ToDo"
            + " holding them, and the overdue accounts per side.",
        ""})
final class BoardCommand extends ToolCommand {

  @Option(names = "--program", required = true, paramLabel = "P.json",
      description = "An onboarding program document. Repeat it to give several versions.")
  List<Path> programs;

  @Option(names = "--accounts", required = true, paramLabel = "A.json",
      description = "An account-states document: the accounts with their progress events.")
  Path accounts;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD",
      description = "The day to evaluate the accounts on, read as the end of that day.")
  LocalDate asOf;

  @Option(names = "--json", description = "Print the board as a JSON portfolio-board document.")
  boolean json;

  @Override
  void render(StringBuilder out) {
    List<Document<OnboardingProgram>> programDocuments = new ArrayList<>();
    for (Path program : programs) {
      programDocuments.add(InputFiles.read(program, DocumentType.PROGRAM));
    }
    Document<List<AccountState>> accountDocument = InputFiles.read(accounts,
        DocumentType.ACCOUNT_STATES);

    PortfolioBoard board = Portfolio.board(programDocuments, accountDocument, asOf);
    if (json) {
      out.append(OnboardingJson.strict().write(board));
    } else {
      BoardView.appendTo(out, board);
    }
  }
}
