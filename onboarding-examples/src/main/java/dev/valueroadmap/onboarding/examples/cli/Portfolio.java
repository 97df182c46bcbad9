package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.examples.cli.InputFiles.Document;
import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.InvalidAccountException;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgramCatalog;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the accounts of an account-states document against program documents. An
 * account that does not fit its program is reported at its line and column in the accounts
 * file: an unknown program version, or an event for a ToDo that the version does not have or
 * that does not apply to the account's touch model.
 */
final class Portfolio {

  private Portfolio() {
  }

  /** Returns the board of the accounts on an as-of date. */
  static PortfolioBoard board(List<Document<OnboardingProgram>> programs,
      Document<List<AccountState>> accounts, LocalDate asOf) {
    ProgramCatalog catalog = catalog(programs);
    List<AccountState> states = accounts.value();
    for (int i = 0; i < states.size(); i++) {
      check(catalog, accounts, i);
    }

    try {
      return PortfolioBoard.evaluate(catalog, states, asOf);
    } catch (InvalidAccountException e) {
      int index = indexOf(states, e.accountId());
      throw accounts.errorAt(index < 0 ? "" : "/accounts/" + index, e.getMessage(), e);
    }
  }

  private static ProgramCatalog catalog(List<Document<OnboardingProgram>> programs) {
    List<OnboardingProgram> given = new ArrayList<>();
    for (Document<OnboardingProgram> document : programs) {
      OnboardingProgram program = document.value();
      for (OnboardingProgram earlier : given) {
        if (earlier.id().equals(program.id()) && earlier.version() == program.version()) {
          throw document.errorAt("/version", "program '" + program.id() + "' version "
              + program.version() + " is given twice; give each version once", null);
        }
      }
      given.add(program);
    }
    return ProgramCatalog.of(given);
  }

  private static void check(ProgramCatalog catalog, Document<List<AccountState>> accounts,
      int index) {
    AccountState account = accounts.value().get(index);
    String pointer = "/accounts/" + index;
    Optional<OnboardingProgram> program = catalog.evaluator(account.programId(),
        account.programVersion()).map(evaluator -> evaluator.program());
    if (program.isEmpty()) {
      boolean idKnown = catalog.programs().stream()
          .anyMatch(known -> known.id().equals(account.programId()));
      throw accounts.errorAt(pointer + (idKnown ? "/programVersion" : "/programId"),
          "account '" + account.accountId() + "' is on program '" + account.programId()
              + "' version " + account.programVersion() + ", which is not among the programs"
              + " given: " + describe(catalog), null);
    }

    List<ProgressEvent> events = account.events();
    for (int j = 0; j < events.size(); j++) {
      String todoId = events.get(j).todoId();
      Optional<ToDo> todo = program.get().todo(todoId);
      if (todo.isEmpty()) {
        throw accounts.errorAt(pointer + "/events/" + j + "/todoId", "account '"
            + account.accountId() + "' has an event for ToDo '" + todoId + "', which program '"
            + account.programId() + "' version " + account.programVersion()
            + " does not have", null);
      }
      if (!todo.get().appliesTo(account.touchModel())) {
        throw accounts.errorAt(pointer + "/events/" + j + "/todoId", "account '"
            + account.accountId() + "' is on " + account.touchModel() + " but ToDo '" + todoId
            + "' applies only to " + todo.get().touchModels(), null);
      }
    }
  }

  private static String describe(ProgramCatalog catalog) {
    List<String> versions = new ArrayList<>();
    for (OnboardingProgram program : catalog.programs()) {
      versions.add("'" + program.id() + "' version " + program.version());
    }
    return versions.toString();
  }

  private static int indexOf(List<AccountState> accounts, String accountId) {
    for (int i = 0; i < accounts.size(); i++) {
      if (accounts.get(i).accountId().equals(accountId)) {
        return i;
      }
    }
    return -1;
  }
}
