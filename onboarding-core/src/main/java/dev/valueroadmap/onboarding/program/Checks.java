package dev.valueroadmap.onboarding.program;

import java.util.regex.Pattern;

/** Field checks shared by the program's value types. */
final class Checks {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private Checks() {
  }

  static void requireSlug(String what, String id) {
    if (!SLUG.matcher(id).matches()) {
      throw new InvalidProgramException(ProgramRule.ID_FORMAT,
          what + " '" + id + "' is not a valid id");
    }
  }

  static void requireText(String what, String owner, String text) {
    if (text.isBlank()) {
      throw new InvalidProgramException(ProgramRule.TEXT_NOT_BLANK,
          what + " of '" + owner + "' is blank");
    }
  }

  static void requireDay(String what, String owner, int day) {
    if (day < 0) {
      throw new InvalidProgramException(ProgramRule.DAY_NOT_NEGATIVE,
          what + " of '" + owner + "' is " + day);
    }
  }
}
