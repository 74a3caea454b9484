// Server API of the dashboard: "Refresh dashboard" (master, coordinators) recomputes every student's row from the
// team workbooks, and the prioritized-students list; a program with many teams finishes in the hourly job trigger.

import { plural, type Text } from '../core/i18n/catalog';
import { dashboardRefreshText } from '../core/i18n/messages/dashboard-refresh';
import type { JobProgress } from '../core/job';
import { DASHBOARD_TABLE } from '../core/tables';
import { AccessDeniedError } from '../workspace/access/caller';
import type { DashboardSummary } from '../workspace/dashboard';
import { dashboardSummaryOf, startDashboardRefresh } from '../workspace/dashboard-job';
import { loadJob, runChunk } from '../workspace/job-runner';
import { userLocale } from '../workspace/locale';
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
  const t = dashboardRefreshText.in(userLocale());
  if (kind === 'team') throw new AccessDeniedError(t('masterOnly'));
  const started = startDashboardRefresh(ss, todayIn(ss));
  const progress = runChunk(started.jobId);
  const job = progress.finished ? loadJob(started.jobId) : null;
  const summary = job ? dashboardSummaryOf(job.params) : null;
  if (summary) {
    // Show what was rewritten, as the Access report does: the coordinator sees the Dashboard, not just a toast.
    const sheet = ss.getSheetByName(DASHBOARD_TABLE.name);
    if (sheet) ss.setActiveSheet(sheet);
    ss.toast(summaryText(t, summary), t('refreshedTitle'), 8);
  } else {
    ss.toast(t('partial', { done: progress.done, total: progress.total }), t('refreshingTitle'), 10);
  }
  return { summary, progress };
}

function summaryText(t: Text<typeof dashboardRefreshText.en>, summary: DashboardSummary): string {
  return t('summary', {
    students: plural(t, summary.students, 'studentsOne', 'studentsOther'),
    flagged: plural(t, summary.flagged, 'flaggedOne', 'flaggedOther'),
    missing: summary.teamsWithoutData === 0 ? '' : plural(t, summary.teamsWithoutData, 'missingOne', 'missingOther'),
  });
}
