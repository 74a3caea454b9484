// "Provision Drive folders" dialog: the dry run (folders to create, sharing to add, change and remove), then apply with progress.

import type { PreviewLine, ProvisionPreview } from '../../workspace/drive-provision';
import { CloseButton, Notice, ProgressBar, ScrollRegion } from '../components/fields';
import { usePreviewThenJob } from '../components/preview-then-job';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

/** Page-local layout: the summary as four figures, and scrollable change lists. */
const PAGE_CSS =
  'ul.figures{list-style:none;padding:0;display:grid;grid-template-columns:repeat(4,1fr);gap:6px;margin:8px 0}.figures li{border:1px solid var(--line);border-radius:6px;padding:6px 8px}.figures b{display:block;font-size:18px;font-weight:500}.scroll{max-height:190px;overflow:auto;border:1px solid var(--line);border-radius:6px}.scroll table.grid{border:0}details{margin:6px 0}summary{cursor:pointer;font-weight:500}';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function Lines({ lines, total, shown, showWhy }: { lines: PreviewLine[]; total: number; shown: number; showWhy?: boolean }) {
  return (
    <ScrollRegion label="Changes">
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">Folder</th>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            {showWhy && <th scope="col">Why</th>}
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={`${l.path}|${l.principal}`}>
              <td>{l.path}</td>
              <td>{l.principal}</td>
              <td>{l.role}</td>
              {showWhy && <td>{l.why}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {total > shown && <p class="muted">…and {total - shown} more.</p>}
    </ScrollRegion>
  );
}

function ProvisionDialog() {
  const { phase, preview, progress, error, load, apply, fail } = usePreviewThenJob<ProvisionPreview>(
    () => serverCall('previewDriveProvision'),
    () => serverCall('startDriveProvision'),
    'run "Provision Drive folders" again to continue where it stopped.',
  );

  async function report() {
    try {
      await serverCall('menuAccessReport');
      closeHost();
    } catch (e) {
      fail((e as Error).message);
    }
  }

  const t = preview?.totals;
  return (
    <main>
      <style>{PAGE_CSS}</style>
      <h1>Provision Drive folders</h1>
      {phase === 'loading' && <Notice kind="info">Comparing the plan with Drive (dry run: nothing changes yet)…</Notice>}
      {phase === 'preview' && preview && t && (
        <section aria-labelledby="dry-run">
          <h2 id="dry-run">Dry run</h2>
          <p>
            {preview.programName || 'The program'}, Tier {preview.tier}: {plural(preview.teams, 'team')}. One folder and one team workbook per
            teacher-tutor team; access is per person, never by link. {preview.driveOwner ? `Drive actions run as ${preview.driveOwner}.` : ''}
          </p>
          <ul class="figures" aria-label="What a run would change">
            <li>
              <b>{t.foldersToCreate}</b> folders and {t.workbooksToCreate} team workbooks to create
            </li>
            <li>
              <b>{t.permissionsToAdd}</b> sharing to add
            </li>
            <li>
              <b>{t.permissionsToChange}</b> roles to change
            </li>
            <li>
              <b>{t.permissionsToRemove}</b> access to remove
            </li>
          </ul>
          {t.linkSharingFound > 0 && (
            <Notice kind="warn">
              Link sharing found on {plural(t.linkSharingFound, 'folder')}: it will be turned off. Student data is shared per person only.
            </Notice>
          )}
          {preview.warnings.map((w) => (
            <Notice kind="warn" key={w}>
              {w}
            </Notice>
          ))}
          {preview.upToDate && <Notice kind="success">Drive already matches the plan: nothing to change.</Notice>}
          {preview.foldersToCreate.length > 0 && (
            <details>
              <summary>Folders to create ({t.foldersToCreate})</summary>
              <ScrollRegion label="Folders to create">
                <ul class="plain">
                  {preview.foldersToCreate.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
                {t.foldersToCreate > preview.shown && <p class="muted">…and {t.foldersToCreate - preview.shown} more.</p>}
              </ScrollRegion>
            </details>
          )}
          {preview.toAdd.length > 0 && (
            <details>
              <summary>Sharing to add ({t.permissionsToAdd})</summary>
              <Lines lines={preview.toAdd} total={t.permissionsToAdd} shown={preview.shown} />
            </details>
          )}
          {preview.toChange.length > 0 && (
            <details open>
              <summary>Roles to change ({t.permissionsToChange})</summary>
              <Lines lines={preview.toChange} total={t.permissionsToChange} shown={preview.shown} showWhy />
            </details>
          )}
          {preview.toRemove.length > 0 && (
            <details open>
              <summary>Access to remove ({t.permissionsToRemove})</summary>
              <Lines lines={preview.toRemove} total={t.permissionsToRemove} shown={preview.shown} showWhy />
            </details>
          )}
        </section>
      )}
      {(phase === 'running' || phase === 'done') && progress && (
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{phase === 'done' ? 'Done' : 'Applying…'}</h2>
          {t && phase === 'running' && (
            <p>
              {plural(t.foldersToCreate, 'folder')} and {plural(t.workbooksToCreate, 'team workbook')} to create, {t.permissionsToAdd} sharing to add,{' '}
              {t.permissionsToChange} to change and {t.permissionsToRemove} to remove, one team at a time. Closing this dialog is safe: the rest
              continues within the hour.
            </p>
          )}
          {t && phase === 'done' && (
            <p>
              Applied: {plural(t.foldersToCreate, 'folder')} created, {t.permissionsToAdd} sharing added, {t.permissionsToChange} changed and{' '}
              {t.permissionsToRemove} removed.
            </p>
          )}
          <ProgressBar done={progress.done} total={progress.total} label="Provisioning" status={progress.status} />
          {phase === 'done' && progress.errors.length === 0 && (
            <Notice kind="success">Drive now matches the plan. The folder ids are in the "Drive Folders" sheet.</Notice>
          )}
          {progress.errors.length > 0 && (
            <Notice kind="error">Some steps were skipped: {progress.errors.join('; ')}. Run "Provision Drive folders" again to retry them.</Notice>
          )}
        </section>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div class="buttons">
        {phase === 'preview' && !preview?.upToDate && (
          <button type="button" class="action" onClick={apply}>
            Apply changes
          </button>
        )}
        {(phase === 'done' || phase === 'failed') && (
          <button type="button" onClick={load}>
            Check again
          </button>
        )}
        {(phase === 'done' || (phase === 'preview' && preview?.upToDate)) && (
          <button type="button" onClick={report}>
            Open access report
          </button>
        )}
        <CloseButton busy={phase === 'running'} onClose={() => closeHost()} />
      </div>
    </main>
  );
}

mount(ProvisionDialog);
