// "Upgrade to team workbooks" dialog: the dry run (per team, the workbook and the rows it receives; who loses the
// master), then the upgrade with progress, and what the coordinator must still check in Share.

import { plural } from '../../core/i18n/catalog';
import { jobText } from '../../core/i18n/messages/jobs';
import { pageTitles } from '../../core/i18n/messages/pages';
import { upgradeText } from '../../core/i18n/messages/upgrade';
import type { UpgradeNote, UpgradePreview } from '../../workspace/upgrade/upgrade';
import { CloseButton, Notice, ProgressBar, ScrollRegion } from '../components/fields';
import { usePreviewThenJob } from '../components/preview-then-job';
import { PAGE_LOCALE, textOf } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

/** The table scrolls past about two teams' rows (each lists who it is shared with), so the buttons stay in a 760 px dialog. */
const PAGE_CSS =
  '.scroll{max-height:340px;overflow:auto;border:1px solid var(--line);border-radius:6px}.scroll table.grid{border:0}td.n,th.n{text-align:right}details{margin:6px 0}summary{cursor:pointer;font-weight:500}';

const t = textOf(upgradeText);
const job = textOf(jobText);
const roleWord = (role: string) => (role === 'writer' ? t('edit') : t('view'));

/** A line of the finished upgrade, told apart by its kind, not its words; a plain string (any other job's) is a warning. */
function noteOf(line: string): UpgradeNote {
  try {
    const note = JSON.parse(line) as Partial<UpgradeNote>;
    if ((note.kind === 'moved' || note.kind === 'warning') && typeof note.text === 'string') return { kind: note.kind, text: note.text };
  } catch {
    // Not a note: shown as it is.
  }
  return { kind: 'warning', text: line };
}

function Teams({ preview }: { preview: UpgradePreview }) {
  return (
    <ScrollRegion label={t('whatGoesWhere')}>
      <table class="grid" aria-label={t('whatGoesWhere')}>
        <thead>
          <tr>
            <th scope="col">{t('team')}</th>
            <th scope="col">{t('workbook')}</th>
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
              <th scope="row">{t('teamRow', { team: team.team, students: plural(t, team.students, 'studentOne', 'studentOther') })}</th>
              <td>
                {team.workbook === 'create' ? t('isNew') : t('existing')}
                {team.where}
                <br />
                <span class="muted">
                  {t('sharedWith', { people: team.shareWith.map((s) => `${s.email} (${roleWord(s.role)})`).join(', ') || t('nobodyYet') })}
                </span>
              </td>
              {preview.tables.map((t) => (
                <td class="n" key={t}>
                  {team.rows[t] ?? 0}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('inMaster')}</th>
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
    t('again'),
  );

  const blocked = (preview?.warnings.length ?? 0) > 0;
  return (
    <main>
      <style>{PAGE_CSS}</style>
      <h1>{pageTitles.t(PAGE_LOCALE, 'UpgradeDialog')}</h1>
      {phase === 'loading' && <Notice kind="info">{t('loading')}</Notice>}
      {phase === 'preview' && preview && !preview.needed && <Notice kind="success">{t('notNeeded')}</Notice>}
      {phase === 'preview' && preview?.needed && (
        <section aria-labelledby="dry-run">
          <h2 id="dry-run">{job('dryRun')}</h2>
          <p>{t('explain', { teams: plural(t, preview.teams.length, 'teamOne', 'teamOther'), program: preview.programName || t('theProgram') })}</p>
          <Teams preview={preview} />
          {preview.warnings.map((w) => (
            <Notice kind="warn" key={w}>
              {w}
            </Notice>
          ))}
          <details open>
            <summary>{t('stopsSharing', { n: preview.removeFromMaster.length })}</summary>
            <p>{preview.removeFromMaster.join(', ') || t('nobodyOpens')}</p>
            <p class="muted">{t('removedOnce')}</p>
          </details>
          {preview.otherPeople.length > 0 && <Notice kind="info">{t('otherPeople', { people: preview.otherPeople.join(', ') })}</Notice>}
        </section>
      )}
      {(phase === 'running' || phase === 'done') && progress && (
        <section aria-labelledby="progress-title">
          <h2 id="progress-title">{phase === 'done' ? job('done') : t('upgrading')}</h2>
          {phase === 'running' && (
            <p>
              {t('oneTeamAtATime')} {job('safeToClose')}
            </p>
          )}
          <ProgressBar done={progress.done} total={progress.total} label={t('progress')} status={progress.status} />
          {phase === 'done' && progress.errors.length === 0 && <Notice kind="success">{t('everyTeam')}</Notice>}
          {progress.warnings.map(noteOf).map((note) => (
            <Notice kind={note.kind === 'moved' ? 'success' : 'warn'} key={note.text}>
              {note.text}
            </Notice>
          ))}
          {progress.errors.length > 0 && <Notice kind="error">{t('unfinished', { errors: progress.errors.join('; ') })}</Notice>}
        </section>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div class="buttons">
        {phase === 'preview' && preview?.needed && (
          <button type="button" class="action" onClick={apply} disabled={blocked}>
            {t('upgrade')}
          </button>
        )}
        {(phase === 'done' || phase === 'failed') && (
          <button type="button" onClick={load}>
            {job('checkAgain')}
          </button>
        )}
        <CloseButton busy={phase === 'running'} onClose={() => closeHost()} />
      </div>
    </main>
  );
}

mount(UpgradeDialog);
