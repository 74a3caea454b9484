// A weekly preparation run as the Runs sheet shows it: per team what was done or failed, what remains, and the
// sentence each column holds.

import { plural } from '../i18n/catalog';
import type { Locale } from '../i18n/locale';
import { runsText } from '../i18n/messages/runs';

export type RunTrigger = 'Scheduled' | 'Manual';
export type RunStatus = 'Running' | 'Done' | 'Done with failures' | 'Refused';

/** What one team's step left: its agenda, its teacher update, and mail still waiting (with why). */
export interface TeamOutcome {
  team: string;
  agenda: 'created' | 'updated' | 'unchanged' | 'kept (edited by someone since it was prepared)' | 'not a Tier 3 program';
  agendaUrl: string;
  mailSent: number;
  mailWaiting: { to: string; reason: string }[];
}

export interface RunRow {
  runId: string;
  startedAt: string;
  trigger: RunTrigger;
  runBy: string;
  week: string;
  status: RunStatus;
  done: string;
  remaining: string;
  failed: string;
  finishedAt: string;
}

/**
 * One line per finished team, in `locale`: the language of the coordinator who started the run. The Runs sheet is
 * written once and read by every coordinator, so its lines stay in the writer's language.
 */
export function doneText(outcomes: readonly TeamOutcome[], locale: Locale = 'en'): string {
  const t = runsText.in(locale);
  return outcomes
    .map((o) => {
      const mail = o.mailSent ? plural(t, o.mailSent, 'mailOne', 'mailOther') : '';
      return `${t('doneLine', { team: o.team, agenda: t(o.agenda) })}${o.agendaUrl ? t('link', { url: o.agendaUrl }) : ''}${mail}`;
    })
    .join('\n');
}

/** The outbox's reasons for holding a mail back (src/workspace/mail.ts), each said in words. */
const MAIL_REASONS = ['daily mail quota reached', 'mail not authorized', 'mail service failed'] as const;

/** One mail waiting for a later run: to whom, and why (a reason the outbox gives, in words when it is one we know). */
export function mailWaitingText(team: string, waiting: { to: string; reason: string }, locale: Locale = 'en'): string {
  const t = runsText.in(locale);
  const known = MAIL_REASONS.find((r) => r === waiting.reason);
  return t('mailWaits', { team, to: waiting.to, reason: known ? t(known) : waiting.reason });
}

/** Teams not reached yet, then mail waiting for a later run, in `locale`. */
export function remainingText(pendingTeams: readonly string[], outcomes: readonly TeamOutcome[], locale: Locale = 'en'): string {
  const lines = pendingTeams.length ? [teamsToDoText(pendingTeams, locale)] : [];
  for (const o of outcomes) for (const w of o.mailWaiting) lines.push(mailWaitingText(o.team, w, locale));
  return lines.join('\n');
}

/** "Teams to do: Algebra, Biology", the Remaining column of a run that has not reached them yet. */
export function teamsToDoText(teams: readonly string[], locale: Locale = 'en'): string {
  return runsText.t(locale, 'teamsToDo', { teams: teams.join(', ') });
}

/** The status a run ends with. */
export function finalStatus(failures: readonly string[]): RunStatus {
  return failures.length ? 'Done with failures' : 'Done';
}
