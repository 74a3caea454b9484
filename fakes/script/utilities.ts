// Utilities fake: formatDate (the SimpleDateFormat patterns we use), getUuid, sleep on the world clock.

import { randomUUID } from 'node:crypto';
import { surface } from '../surface';
import type { FakeWorld } from '../world';

class FakeUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'getUuid' | 'sleep'> {
  constructor(private readonly world: FakeWorld) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        weekday: 'short',
        hourCycle: 'h23',
      })
        .formatToParts(date)
        .map((p) => [p.type, p.value]),
    );
    const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const tokens: Record<string, string> = {
      yyyy: parts.year,
      MMM: monthNames[Number(parts.month) - 1],
      MM: parts.month,
      dd: parts.day,
      d: String(Number(parts.day)),
      HH: parts.hour,
      mm: parts.minute,
      ss: parts.second,
      EEE: parts.weekday,
    };
    return format.replace(/yyyy|MMM|MM|dd|d|HH|mm|ss|EEE/g, (t) => tokens[t]);
  }

  getUuid(): string {
    return randomUUID();
  }

  sleep(milliseconds: number): void {
    this.world.clock.advance(milliseconds);
  }
}

export function createUtilities(world: FakeWorld): GoogleAppsScript.Utilities.Utilities {
  return surface(new FakeUtilities(world), 'Utilities', world) as unknown as GoogleAppsScript.Utilities.Utilities;
}
