package dev.valueroadmap.onboarding.progress;

import static java.util.Objects.requireNonNull;

import dev.valueroadmap.onboarding.program.OnboardingProgram;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The program versions a portfolio of accounts is on, each indexed once for evaluation and
 * looked up by program id and version.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgramCatalog {

  private final List<ProgressEvaluator> evaluators;
  /** The positions in {@link #evaluators} of each program id's versions. */
  private final Map<String, int[]> positionsById;

  private ProgramCatalog(List<ProgressEvaluator> evaluators) {
    this.evaluators = evaluators;
    Map<String, int[]> positions = new HashMap<>();
    for (int i = 0; i < evaluators.size(); i++) {
      String id = evaluators.get(i).program().id();
      int[] earlier = positions.getOrDefault(id, new int[0]);
      int[] extended = Arrays.copyOf(earlier, earlier.length + 1);
      extended[earlier.length] = i;
      positions.put(id, extended);
    }
    this.positionsById = positions;
  }

  /**
   * Creates a catalog of program versions.
   *
   * @param programs the program versions, each id and version at most once
   * @return the catalog
   * @throws IllegalArgumentException if a program id and version is given twice
   */
  public static ProgramCatalog of(Collection<OnboardingProgram> programs) {
    List<ProgressEvaluator> evaluators = new ArrayList<>();
    for (OnboardingProgram program : programs) {
      requireNonNull(program, "program");
      for (ProgressEvaluator earlier : evaluators) {
        if (earlier.program().id().equals(program.id())
            && earlier.program().version() == program.version()) {
          throw new IllegalArgumentException("program '" + program.id() + "' version "
              + program.version() + " is given twice; give each version once");
        }
      }
      evaluators.add(ProgressEvaluator.of(program));
    }
    evaluators.sort(Comparator.comparing((ProgressEvaluator e) -> e.program().id())
        .thenComparingInt(e -> e.program().version()));
    return new ProgramCatalog(List.copyOf(evaluators));
  }

  /**
   * Creates a catalog of program versions.
   *
   * @param programs the program versions, each id and version at most once
   * @return the catalog
   * @throws IllegalArgumentException if a program id and version is given twice
   */
  public static ProgramCatalog of(OnboardingProgram... programs) {
    return of(Arrays.asList(programs));
  }

  /**
   * Returns the program versions, sorted by id and then version.
   *
   * @return the programs
   */
  public List<OnboardingProgram> programs() {
    return evaluators.stream().map(ProgressEvaluator::program).toList();
  }

  /**
   * Returns the evaluator of one program version.
   *
   * @param programId the program id
   * @param version the program version
   * @return the evaluator, or empty when the catalog does not have that version
   */
  public Optional<ProgressEvaluator> evaluator(String programId, int version) {
    int position = position(programId, version);
    return position < 0 ? Optional.empty() : Optional.of(evaluators.get(position));
  }

  /**
   * Evaluates an account against the program version it is on.
   *
   * @param account the account
   * @param asOf the day to evaluate
   * @return the progress report
   * @throws InvalidAccountException if the catalog does not have the account's program
   *     version, or an event does not fit it
   * @see ProgressEvaluator#evaluate
   */
  public ProgressReport evaluate(AccountState account, LocalDate asOf) {
    return evaluators.get(requirePosition(account)).evaluate(account, asOf);
  }

  List<ProgressEvaluator> evaluators() {
    return evaluators;
  }

  /** Returns the position of the account's program version in {@link #evaluators()}. */
  int requirePosition(AccountState account) {
    int position = position(account.programId(), account.programVersion());
    if (position < 0) {
      throw new InvalidAccountException(AccountRule.PROGRAM_KNOWN, account.accountId(),
          "the account is on program '" + account.programId() + "' version "
              + account.programVersion() + ", which is not among the programs given: "
              + describeVersions());
    }
    return position;
  }

  private int position(String programId, int version) {
    int[] positions = positionsById.get(programId);
    if (positions != null) {
      for (int position : positions) {
        if (evaluators.get(position).program().version() == version) {
          return position;
        }
      }
    }
    return -1;
  }

  private String describeVersions() {
    List<String> versions = new ArrayList<>();
    for (ProgressEvaluator evaluator : evaluators) {
      versions.add("'" + evaluator.program().id() + "' version " + evaluator.program().version());
    }
    return versions.toString();
  }
}
