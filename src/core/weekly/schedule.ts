// The weekly preparation's schedule as the coordinator chooses it in the dialog: on or off, a weekday and an hour
// (in the script's time zone), checked at the boundary with a message naming the field.

import type { FieldErrors } from '../result';

export const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type WeekDayName = (typeof WEEK_DAYS)[number];

export interface WeeklySchedule {
  weekDay: WeekDayName;
  /** 0–23. */
  hour: number;
}

export interface ScheduleInput {
  on: boolean;
  weekDay: string;
  hour: number;
}

/** Errors by field ('weekDay', 'hour'); empty when the schedule can be installed. */
export function checkSchedule(input: ScheduleInput): FieldErrors {
  const errors: FieldErrors = {};
  if (!input.on) return errors;
  if (!WEEK_DAYS.includes(input.weekDay as WeekDayName)) errors.weekDay = 'Day: choose a day of the week.';
  if (!Number.isInteger(input.hour) || input.hour < 0 || input.hour > 23) errors.hour = 'Hour: choose an hour from 0:00 to 23:00.';
  return errors;
}
