package dev.valueroadmap.onboarding.examples.cli;

import dev.valueroadmap.onboarding.program.Side;
import dev.valueroadmap.onboarding.progress.FunnelStep;
import dev.valueroadmap.onboarding.progress.MilestoneFunnel;
import dev.valueroadmap.onboarding.progress.PortfolioBoard;
import dev.valueroadmap.onboarding.progress.ProgressStatus;
import dev.valueroadmap.onboarding.progress.WatchListEntry;

/**
 * The portfolio board as readable tables: accounts per status, the milestone funnel of each
 * program version, the stalled and at-risk accounts with the ball in court and the holding
 * ToDo, and the overdue accounts per side.
 */
final class BoardView {

  private BoardView() {
  }

  /** Appends the board. */
  static void appendTo(StringBuilder out, PortfolioBoard board) {
    out.append("Portfolio board as of ").append(board.asOf()).append(": ")
        .append(board.accountCount()).append(" accounts\n\n");

    TextTable statuses = new TextTable().text("status").number("accounts");
    for (ProgressStatus status : ProgressStatus.values()) {
      statuses.row(status, board.count(status));
    }
    statuses.appendTo(out, "");

    for (MilestoneFunnel funnel : board.funnels()) {
      out.append("\nMilestone funnel of ").append(funnel.programId()).append(" version ")
          .append(funnel.programVersion()).append(": ").append(funnel.accountCount())
          .append(" accounts, ").append(funnel.noMilestoneReachedCount())
          .append(" reached no milestone\n");
      TextTable steps = new TextTable().number("#").text("milestone").number("furthest here")
          .number("reached");
      int position = 1;
      for (FunnelStep step : funnel.steps()) {
        steps.row(position++, step.milestoneId(), step.furthestCount(), step.reachedCount());
      }
      steps.appendTo(out, "");
    }

    out.append("\nStalled and at-risk accounts, most days overdue first:\n");
    TextTable watchList = new TextTable().text("account").text("program").text("status")
        .number("days overdue").number("days without events").text("ball in court")
        .text("holding ToDo");
    for (WatchListEntry entry : board.watchList()) {
      watchList.row(entry.accountId(), entry.programId() + " v" + entry.programVersion(),
          entry.status(), entry.daysOverdue(), entry.daysWithoutEvents(),
          entry.ballInCourt().map(Side::name).orElse("-"), entry.holdingTodo().orElse("-"));
    }
    if (watchList.isEmpty()) {
      out.append("  none\n");
    } else {
      watchList.appendTo(out, "");
    }

    out.append("\nStalled or at-risk accounts with an overdue ToDo: ")
        .append(board.overdueCount(Side.CS)).append(" wait on CS, ")
        .append(board.overdueCount(Side.CUSTOMER)).append(" on the customer\n");
  }
}
