// Which week a Tier 3 preparation is for: the meeting plans next week (from the coming Monday) and reviews the seven
// days before it, so a run on any day of one week prepares the same agenda.

import { addDays, nextMonday } from '../dates';
import type { IsoDate } from '../model';

export interface MeetingWeek {
  /** The Monday of the week the meeting plans ("next week"); also the agenda's key. */
  weekStart: IsoDate;
  /** The Friday of that week (lesson plans run Monday to Friday). */
  weekEnd: IsoDate;
  /** The seven days reviewed ("last week"): Monday to Sunday before weekStart. */
  reviewStart: IsoDate;
  reviewEnd: IsoDate;
}

/** The meeting week of a run on `today`: next Monday's week, reviewing the week that holds `today`. */
export function meetingWeekOf(today: IsoDate): MeetingWeek {
  const weekStart = nextMonday(today);
  return { weekStart, weekEnd: addDays(weekStart, 4), reviewStart: addDays(weekStart, -7), reviewEnd: addDays(weekStart, -1) };
}

/** True when `date` falls in the reviewed week. */
export function inReview(week: MeetingWeek, date: IsoDate): boolean {
  return date >= week.reviewStart && date <= week.reviewEnd;
}
