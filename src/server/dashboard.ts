// Server API of the dashboard: "Refresh dashboard" (master, coordinators) recomputes every student's row from the
// team workbooks, and the prioritized-students list; a program with many teams finishes in the hourly job trigger.

import type { JobProgress } from '../core/job';
import { DASHBOARD_TABLE } from '../core/tables';
import { AccessDeniedError } from '../workspace/access/caller';
import type { DashboardSummary } from '../workspace/dashboard';
import { dashboardSummaryOf, startDashboardRefresh } from '../workspace/dashboard-job';
import { loadJob, runChunk } from '../workspace/job-runner';
import { todayIn } from '../workspace/today';
import { allow } from './guard';

export type { DashboardSummary } from '../workspace/dashboard';

export interface DashboardRefresh {
  /** Set when every team was read and both reports were written in this execution. */
  summary: DashboardSummary | null;
  progress: JobProgress;
}

/**
 * Menu: refreshes the master's Dashboard and Prioritized Students for today (in the workbook's time zone), reading
 * each team workbook once. What one execution cannot read is left to the hourly job trigger, and the toast says so.
 */
export function menuRefreshDashboard(): DashboardRefresh {
  const { ss, kind } = allow('menuRefreshDashboard');
  if (kind === 'team') throw new AccessDeniedError("The dashboard lives in the program's master workbook: open the master and refresh it there.");
  const started = startDashboardRefresh(ss, todayIn(ss));
  const progress = runChunk(started.jobId);
  const job = progress.finished ? loadJob(started.jobId) : null;
  const summary = job ? dashboardSummaryOf(job.params) : null;
  if (summary) {
    // Show what was rewritten, as the Access report does: the coordinator sees the Dashboard, not just a toast.
    const sheet = ss.getSheetByName(DASHBOARD_TABLE.name);
    if (sheet) ss.setActiveSheet(sheet);
    ss.toast(summaryText(summary), 'Dashboard refreshed', 8);
  } else {
    ss.toast(
      `Read ${progress.done} of ${progress.total} team workbooks. The dashboard is rewritten once the rest are read, within the hour.`,
      'Refreshing the dashboard',
      10,
    );
  }
  return { summary, progress };
}

function summaryText(summary: DashboardSummary): string {
  const flagged = summary.flagged === 1 ? '1 student needs' : `${summary.flagged} students need`;
  const missing =
    summary.teamsWithoutData === 0
      ? ''
      : ` ${summary.teamsWithoutData === 1 ? '1 team has' : `${summary.teamsWithoutData} teams have`} no data yet (see the Reason column).`;
  return `${summary.students} students; ${flagged} targeted support (see Prioritized Students).${missing}`;
}
