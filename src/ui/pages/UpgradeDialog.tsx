// "Upgrade to team workbooks" dialog: the dry run (per team, the workbook and the rows it receives; who loses the
// master), then the upgrade with progress, and what the coordinator must still check in Share.

import type { UpgradePreview } from '../../workspace/upgrade/upgrade';
import { CloseButton, Notice, ProgressBar, ScrollRegion } from '../components/fields';
import { usePreviewThenJob } from '../components/preview-then-job';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

const PAGE_CSS =
  '.scroll{max-height:230px;overflow:auto;border:1px solid var(--line);border-radius:6px}.scroll table.grid{border:0}td.n,th.n{text-align:right}details{margin:6px 0}summary{cursor:pointer;font-weight:500}';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const roleWord = (role: string) => (role === 'writer' ? 'edit' : 'view');

function Teams({ preview }: { preview: UpgradePreview }) {
  return (
    <ScrollRegion label="What goes where">
      <table class="grid" aria-label="What goes where">
        <thead>
          <tr>
            <th scope="col">Team (class)</th>
            <th scope="col">Team workbook</th>
            {preview.tables.map((t) => (
              <th scope="col" class="n" key={t}>
                {t}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.teams.map((team) => (
            <tr key={team.team}>
              <th scope="row">
                {team.team} ({plural(team.students, 'student')})
              </th>
              <td>
                {team.workbook === 'create' ? 'New: ' : 'Existing: '}
                {team.where}
                <br />
                <span class="muted">Shared with {team.shareWith.map((s) => `${s.email} (${roleWord(s.role)})`).join(', ') || 'nobody yet'}</span>
              </td>
              {preview.tables.map((t) => (
                <td class="n" key={t}>
                  {team.rows[t] ?? 0}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">In the master now</th>
            <td />
            {preview.tables.map((t) => (
              <td class="n" key={t}>
                {preview.totals[t] ?? 0}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function UpgradeDialog() {
  const { phase, preview, progress, error, load, apply } = usePreviewThenJob<UpgradePreview>(
    () => serverCall('previewTeamUpgrade'),
    () => serverCall('startTeamUpgrade'),
    'run "Upgrade to team workbooks" again to continue where it stopped.',
  );

  const blocked = (preview?.warnings.length ?? 0) > 0;
  return (
    <main>
      <style>{PAGE_CSS}</style>
      <h1>Upgrade to team workbooks</h1>
      {phase === 'loading' && <Notice kind="info">Reading the program (dry run: nothing changes yet)…</Notice>}
      {phase === 'preview' && preview && !preview.needed && (
        <Notice kind="success">This workbook holds no session logs: it is already the master of team workbooks. Nothing to upgrade.</Notice>
      )}
      {phase === 'preview' && preview?.needed && (
        <section aria-labelledby="dry-run">
          <h2 id="dry-run">Dry run</h2>
          <p>
            Today every tutor and teacher who can open this workbook reads every team's students. After the upgrade, each of the{' '}
            {plural(preview.teams.length, 'team')} of {preview.programName || 'the program'} has its own team workbook with only its students and
            their goals, action steps, check-offs, session notes, conferences and questions; this workbook keeps Settings, the full Roster and the
            Dashboard, for coordinators only.
          </p>
          <Teams preview={preview} />
          {preview.warnings.map((w) => (
            <Notice kind="warn" key={w}>
              {w}
            </Notice>
          ))}
          <details open>
            <summary>Stops being shared with this workbook ({preview.removeFromMaster.length})</summary>
            <p>{preview.removeFromMaster.join(', ') || 'Nobody: no tutor or teacher can open it.'}</p>
            <p class="muted">
              Removed once every row is in its team workbook and the counts match. Each person then reaches only their own team workbook, shared with
              them directly (Drive emails them a line saying what it is).
            </p>
          </details>
          {preview.otherPeople.length > 0 && (
            <Notice kind="info">
              Also able to open this workbook, not on the Roster (left as they are; remove them in Share if they should not see family contacts):{' '}
              {preview.otherPeople.join(', ')}.
            </Notice>
          )}
        </section>
      )}
      {(phase === 'running' || phase === 'done') && progress && (
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{phase === 'done' ? 'Done' : 'Upgrading…'}</h2>
          {phase === 'running' && <p>One team at a time. Closing this dialog is safe: the rest continues within the hour.</p>}
          <ProgressBar done={progress.done} total={progress.total} label="Upgrade" status={progress.status} />
          {phase === 'done' && progress.errors.length === 0 && (
            <Notice kind="success">Every team now has its team workbook. The links are in the "Drive Folders" sheet.</Notice>
          )}
          {progress.warnings.map((w) => (
            <Notice kind={w.startsWith('Moved') ? 'success' : 'warn'} key={w}>
              {w}
            </Notice>
          ))}
          {progress.errors.length > 0 && (
            <Notice kind="error">
              Some steps did not finish: {progress.errors.join('; ')}. The master keeps its logs until every row is moved: run "Upgrade to team
              workbooks" again.
            </Notice>
          )}
        </section>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div class="buttons">
        {phase === 'preview' && preview?.needed && (
          <button type="button" class="action" onClick={apply} disabled={blocked}>
            Upgrade
          </button>
        )}
        {(phase === 'done' || phase === 'failed') && (
          <button type="button" onClick={load}>
            Check again
          </button>
        )}
        <CloseButton busy={phase === 'running'} onClose={() => closeHost()} />
      </div>
    </main>
  );
}

mount(UpgradeDialog);
