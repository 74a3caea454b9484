// The coordinator's own weekly trigger (and, for "After each session" teacher updates, a daily one): installed from
// the master's dialog, one of each whatever how often it is saved, deleted when turned off. A trigger belongs to the
// user who made it and runs as them, with no active spreadsheet, so the master's id is kept in their user properties.

import type { WeekDayName, WeeklySchedule } from '../../core/weekly/schedule';

export const WEEKLY_HANDLER = 'weeklyPreparationTrigger';
export const DAILY_UPDATES_HANDLER = 'teacherUpdatesTrigger';
const SCHEDULE_KEY = 'tt.weekly.schedule';

export interface StoredSchedule extends WeeklySchedule {
  masterId: string;
  /** Also a daily trigger at the same hour, for "After each session" teacher updates. */
  daily: boolean;
}

/** The schedule this user saved (null when never, or turned off). */
export function readSchedule(): StoredSchedule | null {
  const raw = PropertiesService.getUserProperties().getProperty(SCHEDULE_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as StoredSchedule;
  } catch {
    return null;
  }
}

function mine(handler: string): GoogleAppsScript.Script.Trigger[] {
  // Only this user's triggers are listed (getProjectTriggers: "the current project and current user").
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

function weekDayOf(name: WeekDayName): GoogleAppsScript.Base.Weekday {
  return ScriptApp.WeekDay[name];
}

/**
 * Installs the schedule. Every earlier trigger of the same handler is deleted first, so saving twice (or a retry after a
 * kill) leaves one. The property is written last: a kill before it leaves a trigger whose run reads no schedule and
 * stops at once, and the next save replaces it.
 */
export function installSchedule(schedule: StoredSchedule): void {
  for (const t of [...mine(WEEKLY_HANDLER), ...mine(DAILY_UPDATES_HANDLER)]) ScriptApp.deleteTrigger(t);
  ScriptApp.newTrigger(WEEKLY_HANDLER).timeBased().onWeekDay(weekDayOf(schedule.weekDay)).atHour(schedule.hour).everyWeeks(1).create();
  if (schedule.daily) ScriptApp.newTrigger(DAILY_UPDATES_HANDLER).timeBased().everyDays(1).atHour(schedule.hour).create();
  PropertiesService.getUserProperties().setProperty(SCHEDULE_KEY, JSON.stringify(schedule));
}

/** Turns the schedule off: this user's triggers are deleted and the saved schedule forgotten. */
export function removeSchedule(): void {
  for (const t of [...mine(WEEKLY_HANDLER), ...mine(DAILY_UPDATES_HANDLER)]) ScriptApp.deleteTrigger(t);
  PropertiesService.getUserProperties().deleteProperty(SCHEDULE_KEY);
}

/** Whether this user's weekly trigger exists (what the dialog shows, whatever the property says). */
export function scheduleInstalled(): boolean {
  return mine(WEEKLY_HANDLER).length > 0;
}
