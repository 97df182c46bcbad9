package dev.valueroadmap.onboarding.progress;

import static java.util.Objects.requireNonNull;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import dev.valueroadmap.onboarding.program.Side;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * Many accounts on one as-of date at a glance: how many are in each status, how far along
 * the roadmap they got, which accounts are stalled or at risk and on whose side, and how many
 * overdue accounts wait on each side.
 *
 * <p>Evaluating a portfolio sequentially and in parallel gives equal boards. An account on a
 * program version that was not given, or with an invalid event, fails the whole board with
 * an {@link InvalidAccountException} naming the account, so that no account is silently left
 * out. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PortfolioBoard {

  PortfolioBoard() {
  }

  /**
   * Returns the day the accounts were evaluated on.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns how many accounts were evaluated.
   *
   * @return the account count
   */
  public abstract int accountCount();

  /**
   * Returns the accounts in each status.
   *
   * @return account counts with an entry for every status
   */
  public abstract Map<ProgressStatus, Integer> statusCounts();

  /**
   * Returns one funnel per program version given, sorted by program id and version, with
   * every account counted at its furthest milestone.
   *
   * @return the funnels
   */
  public abstract List<MilestoneFunnel> funnels();

  /**
   * Returns the stalled and at-risk accounts, most days overdue first, then by account id.
   *
   * @return the watch list
   */
  public abstract List<WatchListEntry> watchList();

  /**
   * Returns how many stalled or at-risk accounts have an overdue ToDo holding the ball on each
   * side: how many wait on CS and how many on the customer.
   *
   * @return account counts with an entry for each side
   */
  public abstract Map<Side, Integer> overdueBySide();

  /**
   * Returns how many accounts are in one status.
   *
   * @param status the status
   * @return the account count
   */
  public int count(ProgressStatus status) {
    return statusCounts().get(status);
  }

  /**
   * Returns how many stalled or at-risk accounts wait on one side with an overdue ToDo.
   *
   * @param side the side
   * @return the account count
   */
  public int overdueCount(Side side) {
    return overdueBySide().get(side);
  }

  /**
   * Returns how many accounts, over all program versions, reached no milestone.
   *
   * @return the account count
   */
  public int noMilestoneReachedCount() {
    return funnels().stream().mapToInt(MilestoneFunnel::noMilestoneReachedCount).sum();
  }

  /**
   * Evaluates accounts on one program version, one after another.
   *
   * @param program the program version every account is on
   * @param accounts the accounts
   * @param asOf the day to evaluate
   * @return the board
   * @throws InvalidAccountException if an account is on another program version, appears twice
   *     or has an invalid event
   */
  public static PortfolioBoard evaluate(OnboardingProgram program,
      Collection<AccountState> accounts, LocalDate asOf) {
    return evaluate(ProgramCatalog.of(program), accounts, asOf);
  }

  /**
   * Evaluates accounts on the program versions of a catalog, one after another.
   *
   * @param catalog the program versions the accounts are on
   * @param accounts the accounts
   * @param asOf the day to evaluate
   * @return the board
   * @throws InvalidAccountException if an account appears twice, is on a program version the
   *     catalog does not have or has an invalid event
   */
  public static PortfolioBoard evaluate(ProgramCatalog catalog,
      Collection<AccountState> accounts, LocalDate asOf) {
    BoardTally tally = new BoardTally(requireNonNull(catalog, "catalog"),
        requireNonNull(asOf, "asOf"));
    requireUniqueAccountIds(accounts);
    for (AccountState account : accounts) {
      tally.add(account);
    }
    return tally.toBoard();
  }

  /**
   * Evaluates accounts on one program version in parallel on the common fork-join pool.
   *
   * @param program the program version every account is on
   * @param accounts the accounts
   * @param asOf the day to evaluate
   * @return the board, equal to the one {@link #evaluate} returns
   * @throws InvalidAccountException if an account is on another program version, appears twice
   *     or has an invalid event
   */
  public static PortfolioBoard evaluateInParallel(OnboardingProgram program,
      Collection<AccountState> accounts, LocalDate asOf) {
    return evaluateInParallel(ProgramCatalog.of(program), accounts, asOf);
  }

  /**
   * Evaluates accounts on the program versions of a catalog in parallel on the common
   * fork-join pool.
   *
   * @param catalog the program versions the accounts are on
   * @param accounts the accounts
   * @param asOf the day to evaluate
   * @return the board, equal to the one {@link #evaluate} returns
   * @throws InvalidAccountException if an account appears twice, is on a program version the
   *     catalog does not have or has an invalid event
   */
  public static PortfolioBoard evaluateInParallel(ProgramCatalog catalog,
      Collection<AccountState> accounts, LocalDate asOf) {
    requireNonNull(catalog, "catalog");
    requireNonNull(asOf, "asOf");
    requireUniqueAccountIds(accounts);
    return accounts.parallelStream().collect(Collector.of(
        () -> new BoardTally(catalog, asOf),
        BoardTally::add,
        BoardTally::combine,
        BoardTally::toBoard));
  }

  private static void requireUniqueAccountIds(Collection<AccountState> accounts) {
    Set<String> seen = new HashSet<>(accounts.size() * 2);
    for (AccountState account : accounts) {
      if (!seen.add(account.accountId())) {
        throw new InvalidAccountException(AccountRule.ACCOUNT_ID_UNIQUE, account.accountId(),
            "account '" + account.accountId() + "' appears more than once");
      }
    }
  }
}
