// A team's weekly agenda doc in its Weekly Meetings folder: found again by the Drive marker the add-on recorded on it
// (appProperties, never its title), made with one Drive create and one Docs batchUpdate, and rewritten in place on a
// re-run only while it still holds exactly what the add-on wrote.

import { documentRequests, resourceText } from '../../core/docs/requests';
import type { DocBlock } from '../../core/templates/render';
import { blocksFingerprint, fingerprint } from '../../core/weekly/fingerprint';
import type { TeamOutcome } from '../../core/weekly/runs';
import { DOCS_MIME, docUrl } from '../doc-generation';
import { docsApi } from '../doc-renderer';
import { drive, listAllFiles, quoteQuery } from '../drive-api';

/** appProperties keys: the agenda (program, week, team), its week's batch (one listing per chunk), and fingerprints. */
const KEY = { agenda: 'ttWeekly', batch: 'ttWeeklyBatch', hash: 'ttHash', previous: 'ttHashPrev', run: 'ttRun', action: 'ttAction' } as const;

export interface FoundAgenda {
  id: string;
  hash: string;
  previous: string;
  /** The run that last created or rewrote it, and which: a retried run reports what it did, not "unchanged". */
  run: string;
  action: string;
}

const teamKey = (team: string) => team.trim().toLowerCase();

/** The marker of one team's agenda of one week of one program. */
export function agendaMarker(masterId: string, weekStart: string, team: string): string {
  return `${masterId}.${weekStart}.${teamKey(team)}`;
}

/** This week's agendas of the program already in Drive, by marker (1 Drive call per 1,000 files). */
export function listWeekAgendas(masterId: string, weekStart: string): Map<string, FoundAgenda> {
  const files = listAllFiles(
    `appProperties has { key='${KEY.batch}' and value=${quoteQuery(`${masterId}.${weekStart}`)} } and trashed = false`,
    'nextPageToken,files(id,appProperties)',
  );
  const out = new Map<string, FoundAgenda>();
  for (const f of files) {
    const marker = f.appProperties?.[KEY.agenda];
    if (!marker || out.has(marker)) continue;
    const props = f.appProperties ?? {};
    out.set(marker, {
      id: f.id as string,
      hash: props[KEY.hash] ?? '',
      previous: props[KEY.previous] ?? '',
      run: props[KEY.run] ?? '',
      action: props[KEY.action] ?? '',
    });
  }
  return out;
}

interface BodyContent {
  endIndex?: number;
}

/**
 * Makes or refreshes the agenda. New: Files.create in the folder with its marker and fingerprint, then one batchUpdate.
 * Found: read once; if its words are what the add-on last wrote (or about to write, after a kill between the two
 * steps below), the new fingerprint goes on the file first and then one batchUpdate replaces the body; if someone
 * typed into it, it is kept.
 */
export function writeAgenda(
  found: FoundAgenda | undefined,
  init: { masterId: string; weekStart: string; team: string; folderId: string; name: string; blocks: readonly DocBlock[]; runId: string },
): { id: string; agenda: TeamOutcome['agenda'] } {
  const hash = blocksFingerprint(init.blocks);
  if (!found) {
    const marker = agendaMarker(init.masterId, init.weekStart, init.team);
    const file = drive().Files.create({
      name: init.name,
      mimeType: DOCS_MIME,
      parents: [init.folderId],
      appProperties: {
        [KEY.agenda]: marker,
        [KEY.batch]: `${init.masterId}.${init.weekStart}`,
        [KEY.hash]: hash,
        [KEY.run]: init.runId,
        [KEY.action]: 'created',
      },
    });
    const id = file.id as string;
    docsApi().Documents.batchUpdate({ requests: documentRequests(init.blocks) as unknown as GoogleAppsScript.Docs.Schema.Request[] }, id);
    return { id, agenda: 'created' };
  }
  const doc = docsApi().Documents.get(found.id);
  const content = (doc.body?.content ?? []) as BodyContent[];
  const now = fingerprint(resourceText(doc.body?.content));
  const empty = now === fingerprint('');
  if (!empty && now !== found.hash && now !== found.previous) return { id: found.id, agenda: 'kept (edited by someone since it was prepared)' };
  const mine = found.run === init.runId && (found.action === 'created' || found.action === 'updated') ? found.action : null;
  if (now === hash) return { id: found.id, agenda: mine ?? 'unchanged' };
  const action = empty ? 'created' : (mine ?? 'updated');
  if (found.hash !== hash || found.run !== init.runId)
    drive().Files.update({ appProperties: { [KEY.hash]: hash, [KEY.previous]: now, [KEY.run]: init.runId, [KEY.action]: action } }, found.id);
  const end = content.length ? (content[content.length - 1].endIndex ?? 2) : 2;
  // Everything but the body's last newline goes, leaving one empty paragraph for the builder's requests (as a new doc).
  const clear = end - 1 > 1 ? [{ deleteContentRange: { range: { startIndex: 1, endIndex: end - 1 } } }] : [];
  const requests = [...clear, ...documentRequests(init.blocks)];
  docsApi().Documents.batchUpdate({ requests: requests as unknown as GoogleAppsScript.Docs.Schema.Request[] }, found.id);
  return { id: found.id, agenda: action };
}

export { docUrl };
