// Attendance counted one way everywhere (the dashboard and the tutor sidebar's glance): attended sessions in a named
// window — the last 4 weeks, clipped to the term — against the sessions the dosage schedules in it.

import { addDays, daysBetween } from '../dates';
import type { Locale } from '../i18n/locale';
import { dashboardText } from '../i18n/messages/dashboard';
import type { IsoDate, ProgramSettings, SessionNote } from '../model';
import { shortDate } from './words';

/** The look-back window for attendance: the last 28 days, today included. */
export const WINDOW_DAYS = 28;

export type AttendanceSettings = Pick<ProgramSettings, 'dosage' | 'termStart' | 'termEnd'>;

export interface AttendanceWindow {
  start: IsoDate;
  end: IsoDate;
  /** Sessions the dosage schedules in the window (dosage × weeks); 0 outside the term. */
  scheduled: number;
  /** The window in words: "in the last 4 weeks", "since the term started on 7 Sep", "in the term's last 4 weeks". */
  name: string;
}

export interface AttendanceCount {
  window: AttendanceWindow;
  attended: number;
  onTime: number;
  /** Attended ÷ scheduled, capped at 1; null when nothing was scheduled (before or after the term). */
  rate: number | null;
  /** On time ÷ attended; null when the student attended nothing. */
  punctuality: number | null;
  /** "3 of 4 sessions in the last 4 weeks". */
  text: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The window actually counted: the last 28 days up to today, clipped to the term when term dates are set. */
export function attendanceWindow(today: IsoDate, settings: AttendanceSettings, locale: Locale = 'en'): AttendanceWindow {
  const t = dashboardText.in(locale);
  const fullStart = addDays(today, -(WINDOW_DAYS - 1));
  let start = fullStart;
  let end = today;
  if (ISO.test(settings.termStart) && settings.termStart > start) start = settings.termStart;
  if (ISO.test(settings.termEnd) && settings.termEnd < end) end = settings.termEnd;
  const days = daysBetween(start, end) + 1;
  const scheduled = days <= 0 ? 0 : Math.max(1, Math.round((settings.dosage * days) / 7));
  let name = t('lastWeeks', { n: WINDOW_DAYS / 7 });
  if (days <= 0) name = ISO.test(settings.termStart) && settings.termStart > today ? t('beforeTerm') : t('afterTerm');
  else if (start > fullStart) name = t('sinceTerm', { date: shortDate(start, today, locale) });
  else if (end < today) name = t('termLastWeeks', { n: WINDOW_DAYS / 7, date: shortDate(end, today, locale) });
  return { start, end, scheduled, name };
}

/** Counts one student's notes in the window: attended, on time, and the rate against what the dosage schedules. */
export function countAttendance(
  notes: readonly Pick<SessionNote, 'date' | 'attended' | 'onTime'>[],
  today: IsoDate,
  settings: AttendanceSettings,
  locale: Locale = 'en',
): AttendanceCount {
  const window = attendanceWindow(today, settings, locale);
  const attendedNotes = notes.filter((n) => n.date >= window.start && n.date <= window.end && n.attended);
  const attended = attendedNotes.length;
  const onTime = attendedNotes.filter((n) => n.onTime).length;
  return {
    window,
    attended,
    onTime,
    rate: window.scheduled > 0 ? Math.min(1, attended / window.scheduled) : null,
    punctuality: attended > 0 ? onTime / attended : null,
    text: dashboardText.t(locale, window.scheduled === 1 ? 'sessionsOne' : 'sessionsOther', { attended, n: window.scheduled, window: window.name }),
  };
}
