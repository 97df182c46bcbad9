package dev.valueroadmap.onboarding.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with fixed-width columns: each column is as wide as its widest cell,
 * text columns are aligned left and number columns right, and columns are separated by two
 * spaces. Equal rows give equal text, so output can be compared byte for byte.
 */
final class TextTable {

  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> rightAligned = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** Adds a left-aligned text column. */
  TextTable text(String header) {
    headers.add(header);
    rightAligned.add(false);
    return this;
  }

  /** Adds a right-aligned number column. */
  TextTable number(String header) {
    headers.add(header);
    rightAligned.add(true);
    return this;
  }

  /** Adds a row with one cell per column. */
  TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells but the table has "
          + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>(cells.length);
    for (Object cell : cells) {
      row.add(String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  /** Returns whether the table has no rows. */
  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** Appends the header, a rule of dashes and the rows, each line indented and ended by \n. */
  void appendTo(StringBuilder out, String indent) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }

    appendLine(out, indent, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    appendLine(out, indent, rule, widths);
    for (List<String> row : rows) {
      appendLine(out, indent, row, widths);
    }
  }

  private void appendLine(StringBuilder out, String indent, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder(indent);
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append("  ");
      }
      String cell = cells.get(c);
      String padding = " ".repeat(widths[c] - cell.length());
      if (rightAligned.get(c)) {
        line.append(padding).append(cell);
      } else {
        line.append(cell).append(padding);
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
