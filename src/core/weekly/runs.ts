// A weekly preparation run as the Runs sheet shows it: per team what was done or failed, what remains, and the
// sentence each column holds.

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

/** One line per finished team. */
export function doneText(outcomes: readonly TeamOutcome[]): string {
  return outcomes
    .map((o) => {
      const mail = o.mailSent ? `; ${o.mailSent} teacher update${o.mailSent === 1 ? '' : 's'} sent` : '';
      return `${o.team}: agenda ${o.agenda}${o.agendaUrl ? ` (${o.agendaUrl})` : ''}${mail}`;
    })
    .join('\n');
}

/** Teams not reached yet, then mail waiting for a later run. */
export function remainingText(pendingTeams: readonly string[], outcomes: readonly TeamOutcome[]): string {
  const lines = pendingTeams.length ? [`Teams to do: ${pendingTeams.join(', ')}`] : [];
  for (const o of outcomes) for (const w of o.mailWaiting) lines.push(`${o.team}: teacher update to ${w.to} waits (${w.reason})`);
  return lines.join('\n');
}

/** The status a run ends with. */
export function finalStatus(failures: readonly string[]): RunStatus {
  return failures.length ? 'Done with failures' : 'Done';
}
