package dev.valueroadmap.onboarding.benchmarks;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.progress.AccountState;
import dev.valueroadmap.onboarding.progress.ProgressEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the retained heap per account state with 20 events, measured with JOL over a sample
 * of generated accounts: everything reachable from the accounts divided by their number.
 *
 * <p>Two figures: ToDo ids shared with the program, as when a reader maps ids to the
 * program's strings, and a fresh string per event, as a plain JSON reader returns them.
 */
public final class AccountMemory {

  private static final int SAMPLE = 20_000;

  private AccountMemory() {
  }

  /**
   * Measures and prints the memory per account.
   *
   * @param args an optional sample size
   */
  public static void main(String[] args) {
    int sample = args.length > 0 ? Integer.parseInt(args[0]) : SAMPLE;
    OnboardingProgram program = BenchmarkData.program();
    List<AccountState> shared = BenchmarkData.accounts(program, sample);
    List<AccountState> fresh = new ArrayList<>(sample);
    for (AccountState account : shared) {
      fresh.add(withFreshIds(account));
    }

    System.out.println("# Retained heap per account state, " + BenchmarkData.EVENTS_PER_ACCOUNT
        + " events, JOL over " + sample + " accounts");
    print("shared ToDo ids", shared);
    print("one ToDo id string per event", fresh);
  }

  private static AccountState withFreshIds(AccountState account) {
    List<ProgressEvent> events = new ArrayList<>(account.events().size());
    for (ProgressEvent event : account.events()) {
      events.add(ProgressEvent.of(new String(event.todoId().toCharArray()), event.kind(), event.date()));
    }
    return AccountState.builder().from(account).events(events).build();
  }

  private static void print(String label, List<AccountState> accounts) {
    long total = GraphLayout.parseInstance(accounts).totalSize();
    System.out.println(String.format(Locale.ROOT, "memory per account (%s): %.1f bytes",
        label, (double) total / accounts.size()));
  }
}
