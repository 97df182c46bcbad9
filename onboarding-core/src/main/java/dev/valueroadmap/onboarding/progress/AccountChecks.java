package dev.valueroadmap.onboarding.progress;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.ToDo;

/** The checks of account input against a program, shared by evaluation and moves. */
final class AccountChecks {

  private AccountChecks() {
  }

  static void requireProgram(AccountState account, OnboardingProgram program) {
    if (!account.programId().equals(program.id())
        || account.programVersion() != program.version()) {
      throw new InvalidAccountException(AccountRule.PROGRAM_MATCHES, account.accountId(),
          "the account is on program '" + account.programId() + "' version "
              + account.programVersion() + " but was given program '" + program.id()
              + "' version " + program.version());
    }
  }

  static InvalidAccountException unknownTodo(AccountState account, ProgressEvent event,
      OnboardingProgram program) {
    return new InvalidAccountException(AccountRule.TODO_EXISTS, account.accountId(),
        describe(event) + " names ToDo '" + event.todoId() + "', which program '"
            + program.id() + "' version " + program.version() + " does not have");
  }

  static InvalidAccountException notApplicable(AccountState account, ProgressEvent event,
      ToDo todo, OnboardingProgram program) {
    return new InvalidAccountException(AccountRule.TODO_APPLIES, account.accountId(),
        describe(event) + " names ToDo '" + todo.id() + "', which program '" + program.id()
            + "' version " + program.version() + " applies only to " + todo.touchModels()
            + ", not to the account's touch model " + account.touchModel());
  }

  private static String describe(ProgressEvent event) {
    return "the " + event.kind() + " event of " + event.date();
  }
}
