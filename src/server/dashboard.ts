// Server API of the dashboard: "Refresh dashboard" recomputes every student's row and the prioritized-students list.

import { type DashboardSummary, refreshDashboard } from '../workspace/dashboard';
import { todayIn } from '../workspace/today';
import { allow } from './guard';

/** Menu: refreshes the Dashboard and Prioritized Students sheets for today (in the workbook's time zone). */
export function menuRefreshDashboard(): DashboardSummary {
  const { ss } = allow('menuRefreshDashboard');
  const today = todayIn(ss);
  const summary = refreshDashboard(ss, today);
  const flagged = summary.flagged === 1 ? '1 student needs' : `${summary.flagged} students need`;
  ss.toast(`${summary.students} students; ${flagged} targeted support (see Prioritized Students).`, 'Dashboard refreshed', 8);
  return summary;
}
