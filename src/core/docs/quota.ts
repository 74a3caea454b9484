// Google's daily quota of documents created per user, and the per-user, per-day tally the generation job keeps.
// "Docs created: 250 / day (consumer), 1,500 / day (Google Workspace)":
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations

import type { IsoDate } from '../model';

export const DOCS_PER_DAY = { consumer: 250, workspace: 1_500 } as const;

const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** A personal Google account (gmail.com) gets the consumer quota; an account of a Workspace domain the larger one. */
export function dailyDocLimit(email: string): number {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  return CONSUMER_DOMAINS.has(domain) ? DOCS_PER_DAY.consumer : DOCS_PER_DAY.workspace;
}

export const QUOTA_PREFIX = 'tt.docsCreated.';

/** The user property holding how many documents the add-on created for this user on `day`. */
export function quotaKey(day: IsoDate): string {
  return `${QUOTA_PREFIX}${day}`;
}

/** What a batch tells the user when the day's quota stops it: how many wait, and what to do. */
export function quotaWaitMessage(limit: number, waiting: number): string {
  return (
    `Google lets one account create ${limit.toLocaleString('en-US')} documents a day: ${waiting} of this batch wait for tomorrow. ` +
    'Start the same batch again tomorrow: documents already made are kept, and only the missing ones are made.'
  );
}
