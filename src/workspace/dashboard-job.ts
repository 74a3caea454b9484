// "Refresh dashboard" as a resumable job: one step per team workbook, then the master's reports written once, so a
// program with more teams than one execution can read still refreshes (the hourly job trigger finishes it).

import type { DashboardRow } from '../core/dashboard';
import type { IsoDate } from '../core/model';
import { type DashboardSources, type DashboardSummary, dashboardTeams, loadDashboardSources, teamDashboardRows, writeDashboard } from './dashboard';
import { registerJobHandler, startJob } from './job-runner';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const DASHBOARD_JOB = 'dashboard-refresh';

/**
 * Each team's computed rows wait in the coordinator's own user cache (never the script cache, which every user of the
 * add-on shares) until the last step writes the reports. Cache entries may be evicted or be too large (100 KB): the
 * last step then reads that team again, so the cache only saves work, it never decides the result.
 */
const CACHE_SECONDS = 6 * 60 * 60;
const cacheKey = (spreadsheetId: string, startedAt: number, team: string) => `tt.dash.${spreadsheetId}.${startedAt}.${team}`;
const summaryKey = (spreadsheetId: string, startedAt: number) => `tt.dash.${spreadsheetId}.${startedAt}.summary`;

interface DashboardParams {
  spreadsheetId: string;
  today: IsoDate;
  startedAt: number;
  teams: string[];
}

function paramsOf(raw: Record<string, unknown>): DashboardParams {
  return {
    spreadsheetId: String(raw.spreadsheetId),
    today: String(raw.today),
    startedAt: Number(raw.startedAt),
    teams: Array.isArray(raw.teams) ? raw.teams.map(String) : [],
  };
}

function remember(key: string, rows: readonly DashboardRow[]): void {
  const text = JSON.stringify(rows);
  // Over the cache's 100 KB per value: not kept, read again at the end.
  if (text.length > 90_000) return;
  CacheService.getUserCache().put(key, text, CACHE_SECONDS);
}

function recalled(key: string): DashboardRow[] | null {
  const text = CacheService.getUserCache().get(key);
  return text ? (JSON.parse(text) as DashboardRow[]) : null;
}

registerJobHandler<DashboardSources>({
  kind: DASHBOARD_JOB,
  listItems: (raw) => paramsOf(raw).teams.map((t) => `team:${t}`),
  openChunk: (raw) => loadDashboardSources(paramsOf(raw).spreadsheetId),
  processItem: (item, raw, sources) => {
    const p = paramsOf(raw);
    const team = item.slice('team:'.length);
    remember(cacheKey(p.spreadsheetId, p.startedAt, team), teamDashboardRows(sources, team, p.today));
  },
  finish: (raw) => {
    const p = paramsOf(raw);
    const sources = loadDashboardSources(p.spreadsheetId);
    // The Roster as it is now decides who is on the report; a team whose rows were not kept is read again.
    const rows = dashboardTeams(sources).flatMap(
      (team) => recalled(cacheKey(p.spreadsheetId, p.startedAt, team)) ?? teamDashboardRows(sources, team, p.today),
    );
    // Both reports, their rules and the chart in one batchUpdate (after one structure read), as a one-pass refresh writes.
    const summary = writeDashboard(p.spreadsheetId, rows, p.today);
    CacheService.getUserCache().put(summaryKey(p.spreadsheetId, p.startedAt), JSON.stringify(summary), CACHE_SECONDS);
  },
});

/** Starts a refresh of the master's dashboard for `today`: one job item per team with active students. */
export function startDashboardRefresh(ss: Spreadsheet, today: IsoDate, startedAt = Date.now()) {
  const sources = loadDashboardSources(ss.getId());
  return startJob(DASHBOARD_JOB, { today, startedAt, teams: dashboardTeams(sources) }, sources.spreadsheetId);
}

/** The summary the last step wrote, once the job has finished (null before, or if the cache let it go). */
export function dashboardSummaryOf(params: Record<string, unknown>): DashboardSummary | null {
  const p = paramsOf(params);
  const text = CacheService.getUserCache().get(summaryKey(p.spreadsheetId, p.startedAt));
  return text ? (JSON.parse(text) as DashboardSummary) : null;
}
