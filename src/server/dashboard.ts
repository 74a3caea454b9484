// Server API of the dashboard: "Refresh dashboard" (master, coordinators) recomputes every student's row from the
// team workbooks, and the prioritized-students list.

import { AccessDeniedError } from '../workspace/access/caller';
import { type DashboardSummary, refreshDashboard } from '../workspace/dashboard';
import { todayIn } from '../workspace/today';
import { allow } from './guard';

/** Menu: refreshes the master's Dashboard and Prioritized Students sheets for today (in the workbook's time zone). */
export function menuRefreshDashboard(): DashboardSummary {
  const { ss, kind } = allow('menuRefreshDashboard');
  if (kind === 'team') throw new AccessDeniedError("The dashboard lives in the program's master workbook: open the master and refresh it there.");
  const today = todayIn(ss);
  const summary = refreshDashboard(ss, today);
  const flagged = summary.flagged === 1 ? '1 student needs' : `${summary.flagged} students need`;
  const missing =
    summary.teamsWithoutData === 0
      ? ''
      : ` ${summary.teamsWithoutData === 1 ? '1 team has' : `${summary.teamsWithoutData} teams have`} no data yet (see the Reason column).`;
  ss.toast(`${summary.students} students; ${flagged} targeted support (see Prioritized Students).${missing}`, 'Dashboard refreshed', 8);
  return summary;
}
