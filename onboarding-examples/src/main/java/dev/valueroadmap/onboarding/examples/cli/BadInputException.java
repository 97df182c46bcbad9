package dev.valueroadmap.onboarding.examples.cli;

import java.nio.file.Path;

/**
 * Thrown when an input file of the command-line tool cannot be used. The message names the
 * file and, where known, the line, the column and the value, and says what was expected.
 * The tool exits with status 2 on this exception.
 */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for a problem at a position in a file.
   *
   * @param file the input file
   * @param line the 1-based line, or 0 when the problem concerns the whole file
   * @param column the 1-based column, or 0 when the problem concerns the whole line or file
   * @param problem what is wrong and what was expected
   */
  public BadInputException(Path file, long line, int column, String problem) {
    this(String.valueOf(file), line, column, problem, null);
  }

  /**
   * Creates the exception for a problem at a position in a file, with its cause.
   *
   * @param file the input file
   * @param line the 1-based line, or 0 when the problem concerns the whole file
   * @param column the 1-based column, or 0 when the problem concerns the whole line or file
   * @param problem what is wrong and what was expected
   * @param cause the underlying error
   */
  public BadInputException(Path file, long line, int column, String problem, Throwable cause) {
    this(String.valueOf(file), line, column, problem, cause);
  }

  /**
   * Creates the exception for a problem at a position in a named input, such as a file path
   * or a resource in the jar.
   *
   * @param source the name of the input as the user knows it
   * @param line the 1-based line, or 0 when the problem concerns the whole input
   * @param column the 1-based column, or 0 when the problem concerns the whole line or input
   * @param problem what is wrong and what was expected
   */
  public BadInputException(String source, long line, int column, String problem) {
    this(source, line, column, problem, null);
  }

  /**
   * Creates the exception for a problem at a position in a named input, with its cause.
   *
   * @param source the name of the input as the user knows it
   * @param line the 1-based line, or 0 when the problem concerns the whole input
   * @param column the 1-based column, or 0 when the problem concerns the whole line or input
   * @param problem what is wrong and what was expected
   * @param cause the underlying error, or null
   */
  public BadInputException(String source, long line, int column, String problem,
      Throwable cause) {
    super(position(source, line, column) + ": " + problem, cause);
  }

  private static String position(String source, long line, int column) {
    StringBuilder position = new StringBuilder(source);
    if (line > 0) {
      position.append(", line ").append(line);
      if (column > 0) {
        position.append(", column ").append(column);
      }
    }
    return position.toString();
  }
}
