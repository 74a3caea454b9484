// "Provision Drive folders" dialog: the dry run (folders to create, sharing to add, change and remove), then apply with progress.

import { plural } from '../../core/i18n/catalog';
import { jobText } from '../../core/i18n/messages/jobs';
import { pageTitles } from '../../core/i18n/messages/pages';
import { provisionText } from '../../core/i18n/messages/provision';
import type { PreviewLine, ProvisionPreview } from '../../workspace/drive-provision';
import { CloseButton, Notice, ProgressBar, ScrollRegion } from '../components/fields';
import { usePreviewThenJob } from '../components/preview-then-job';
import { PAGE_LOCALE, textOf } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

/** Page-local layout: the summary as four figures, and scrollable change lists. */
const PAGE_CSS =
  'ul.figures{list-style:none;padding:0;display:grid;grid-template-columns:repeat(4,1fr);gap:6px;margin:8px 0}.figures li{border:1px solid var(--line);border-radius:6px;padding:6px 8px}.figures b{display:block;font-size:18px;font-weight:500}.scroll{max-height:190px;overflow:auto;border:1px solid var(--line);border-radius:6px}.scroll table.grid{border:0}details{margin:6px 0}summary{cursor:pointer;font-weight:500}';

const t = textOf(provisionText);
const job = textOf(jobText);
const count = (n: number, one: 'teamOne' | 'folderOne' | 'workbookOne') =>
  plural(t, n, one, one.replace('One', 'Other') as 'teamOther' | 'folderOther' | 'workbookOther');

function Lines({ lines, total, shown, showWhy }: { lines: PreviewLine[]; total: number; shown: number; showWhy?: boolean }) {
  return (
    <ScrollRegion label={t('changes')}>
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">{t('folder')}</th>
            <th scope="col">{t('person')}</th>
            <th scope="col">{t('role')}</th>
            {showWhy && <th scope="col">{t('why')}</th>}
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
      {total > shown && <p class="muted">{job('moreLines', { n: total - shown })}</p>}
    </ScrollRegion>
  );
}

function ProvisionDialog() {
  const { phase, preview, progress, error, load, apply, fail } = usePreviewThenJob<ProvisionPreview>(
    () => serverCall('previewDriveProvision'),
    () => serverCall('startDriveProvision'),
    t('again'),
  );

  async function report() {
    try {
      await serverCall('menuAccessReport');
      closeHost();
    } catch (e) {
      fail((e as Error).message);
    }
  }

  const n = preview?.totals;
  return (
    <main>
      <style>{PAGE_CSS}</style>
      <h1>{pageTitles.t(PAGE_LOCALE, 'ProvisionDialog')}</h1>
      {phase === 'loading' && <Notice kind="info">{t('loading')}</Notice>}
      {phase === 'preview' && preview && n && (
        <section aria-labelledby="dry-run">
          <h2 id="dry-run">{job('dryRun')}</h2>
          <p>
            {t('summary', { program: preview.programName || t('theProgram'), tier: preview.tier, teams: count(preview.teams, 'teamOne') })}{' '}
            {preview.driveOwner ? t('driveOwner', { owner: preview.driveOwner }) : ''}
          </p>
          <ul class="figures" aria-label={t('wouldChange')}>
            <li>
              <b>{n.foldersToCreate}</b> {t('figCreate', { workbooks: n.workbooksToCreate })}
            </li>
            <li>
              <b>{n.permissionsToAdd}</b> {t('figAdd')}
            </li>
            <li>
              <b>{n.permissionsToChange}</b> {t('figChange')}
            </li>
            <li>
              <b>{n.permissionsToRemove}</b> {t('figRemove')}
            </li>
          </ul>
          {n.linkSharingFound > 0 && <Notice kind="warn">{t('linkSharing', { folders: count(n.linkSharingFound, 'folderOne') })}</Notice>}
          {preview.warnings.map((w) => (
            <Notice kind="warn" key={w}>
              {w}
            </Notice>
          ))}
          {preview.upToDate && <Notice kind="success">{t('upToDate')}</Notice>}
          {preview.foldersToCreate.length > 0 && (
            <details>
              <summary>{t('foldersToCreate', { n: n.foldersToCreate })}</summary>
              <ScrollRegion label={t('foldersToCreate', { n: n.foldersToCreate })}>
                <ul class="plain">
                  {preview.foldersToCreate.map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
                {n.foldersToCreate > preview.shown && <p class="muted">{job('moreLines', { n: n.foldersToCreate - preview.shown })}</p>}
              </ScrollRegion>
            </details>
          )}
          {preview.toAdd.length > 0 && (
            <details>
              <summary>{t('sharingToAdd', { n: n.permissionsToAdd })}</summary>
              <Lines lines={preview.toAdd} total={n.permissionsToAdd} shown={preview.shown} />
            </details>
          )}
          {preview.toChange.length > 0 && (
            <details open>
              <summary>{t('rolesToChange', { n: n.permissionsToChange })}</summary>
              <Lines lines={preview.toChange} total={n.permissionsToChange} shown={preview.shown} showWhy />
            </details>
          )}
          {preview.toRemove.length > 0 && (
            <details open>
              <summary>{t('accessToRemove', { n: n.permissionsToRemove })}</summary>
              <Lines lines={preview.toRemove} total={n.permissionsToRemove} shown={preview.shown} showWhy />
            </details>
          )}
        </section>
      )}
      {(phase === 'running' || phase === 'done') && progress && (
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{phase === 'done' ? job('done') : t('applying')}</h2>
          {n && phase === 'running' && (
            <p>
              {t('running', {
                folders: count(n.foldersToCreate, 'folderOne'),
                workbooks: count(n.workbooksToCreate, 'workbookOne'),
                add: n.permissionsToAdd,
                change: n.permissionsToChange,
                remove: n.permissionsToRemove,
              })}{' '}
              {job('safeToClose')}
            </p>
          )}
          {n && phase === 'done' && (
            <p>
              {t('applied', {
                folders: count(n.foldersToCreate, 'folderOne'),
                add: n.permissionsToAdd,
                change: n.permissionsToChange,
                remove: n.permissionsToRemove,
              })}
            </p>
          )}
          <ProgressBar done={progress.done} total={progress.total} label={t('progress')} status={progress.status} />
          {phase === 'done' && progress.errors.length === 0 && <Notice kind="success">{t('matches')}</Notice>}
          {progress.errors.length > 0 && <Notice kind="error">{t('skipped', { errors: progress.errors.join('; ') })}</Notice>}
        </section>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div class="buttons">
        {phase === 'preview' && !preview?.upToDate && (
          <button type="button" class="action" onClick={apply}>
            {t('apply')}
          </button>
        )}
        {(phase === 'done' || phase === 'failed') && (
          <button type="button" onClick={load}>
            {job('checkAgain')}
          </button>
        )}
        {(phase === 'done' || (phase === 'preview' && preview?.upToDate)) && (
          <button type="button" onClick={report}>
            {t('openReport')}
          </button>
        )}
        <CloseButton busy={phase === 'running'} onClose={() => closeHost()} />
      </div>
    </main>
  );
}

mount(ProvisionDialog);
