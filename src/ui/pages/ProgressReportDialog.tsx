// The master's "Progress reports…" dialog: choose one student, a selection or all; make each report (a Doc and its
// PDF) as a resumable job; see per student why a report was left unshared or waits for review, and release drafts.

import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../core/i18n/catalog';
import { formatDate } from '../../core/i18n/format';
import { pageTitles } from '../../core/i18n/messages/pages';
import { progressReportText } from '../../core/i18n/messages/progress-report';
import type { JobProgress } from '../../core/job';
import type { DraftReport, ProgressReportState } from '../../server/family';
import { Checkbox, CloseButton, Notice, ProgressBar, ScrollRegion, Select, WarningList } from '../components/fields';
import { PAGE_LOCALE, textOf } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

const t = textOf(progressReportText);
const title = pageTitles.t(PAGE_LOCALE, 'ProgressReportDialog');

function ProgressReportDialog() {
  const [state, setState] = useState<ProgressReportState | null>(null);
  const [team, setTeam] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState('');
  const [running, setRunning] = useState(false);
  const [releasing, setReleasing] = useState('');
  const [released, setReleased] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    serverCall('getProgressReportState')
      .then(setState)
      .catch((e: Error) => setError(e.message));
  }, []);

  /** One draft at a time: the server marks it released and, when this coordinator owns the Drive folders, shares it. */
  async function release(d: DraftReport) {
    setReleasing(`${d.studentId}|${d.reportDate}`);
    setReleased(null);
    try {
      const result = await serverCall('releaseProgressReport', { studentId: d.studentId, reportDate: d.reportDate });
      if (!result.ok) {
        setReleased({ kind: 'error', text: Object.values(result.errors)[0] ?? result.message });
        return;
      }
      setReleased({ kind: 'success', text: result.value.message });
      setState((s) => (s ? { ...s, drafts: s.drafts.filter((x) => x !== d) } : s));
    } catch (e) {
      setReleased({ kind: 'error', text: (e as Error).message });
    } finally {
      setReleasing('');
    }
  }

  if (!state)
    return (
      <main>
        <h1>{title}</h1>
        {error ? <Notice kind="error">{error}</Notice> : <p class="muted">{t('loading')}</p>}
      </main>
    );

  const teams = [...new Set(state.students.map((s) => s.team))].sort();
  const shown = state.students.filter((s) => !team || s.team === team);
  const allChosen = shown.length > 0 && shown.every((s) => chosen.has(s.studentId));
  const choose = (id: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function start(event: Event) {
    event.preventDefault();
    setError('');
    setRunning(true);
    try {
      const started = await serverCall('startProgressReports', { studentIds: [...chosen] });
      if (!started.ok) {
        setError(started.errors.studentIds ?? started.message);
        return;
      }
      let p = started.value;
      setProgress(p);
      // Each call is one execution under the 6-minute limit; the job checkpoints after every student.
      while (!p.finished) {
        p = await serverCall('runJobChunk', p.jobId);
        setProgress(p);
      }
    } catch (e) {
      setError(t('failed', { message: (e as Error).message }));
    } finally {
      setRunning(false);
    }
  }

  return (
    <main>
      <h1>{title}</h1>
      <form onSubmit={start}>
        {state.driveProblem && <Notice kind="warn">{state.driveProblem}</Notice>}
        <p class="hint">
          {t('intro')} {state.reviewReports ? t('reviewOn') : t('reviewOff')}
        </p>
        {state.reviewReports && (
          <fieldset>
            <legend>{t('drafts')}</legend>
            {state.drafts.length === 0 ? (
              <p class="hint">{t('noDrafts')}</p>
            ) : (
              <ScrollRegion label={t('drafts')}>
                <ul class="plain drafts">
                  {state.drafts.map((d) => {
                    const date = formatDate(PAGE_LOCALE, d.reportDate);
                    const key = `${d.studentId}|${d.reportDate}`;
                    return (
                      <li key={key} class="row">
                        <span>
                          {t('draftOf', { name: d.name, team: d.team, date })}{' '}
                          {d.docUrl && (
                            <a href={d.docUrl} target="_blank" rel="noopener">
                              {t('openDoc')}
                            </a>
                          )}
                        </span>
                        <button
                          type="button"
                          aria-label={t('releaseNamed', { name: d.name, date })}
                          onClick={() => release(d)}
                          disabled={Boolean(releasing) || running}
                        >
                          {releasing === key ? t('releasing') : t('release')}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </ScrollRegion>
            )}
            {released && (
              <Notice kind={released.kind}>
                <span role="status">{released.text}</span>
              </Notice>
            )}
          </fieldset>
        )}
        <fieldset>
          <legend>{t('students')}</legend>
          <Select id="team" label={t('team')} value={team} placeholder={t('allTeams')} options={teams} onChange={setTeam} />
          <Checkbox
            id="all"
            label={t('allShown', { n: shown.length })}
            checked={allChosen}
            onChange={(on) =>
              setChosen((c) => {
                const next = new Set(c);
                for (const s of shown) on ? next.add(s.studentId) : next.delete(s.studentId);
                return next;
              })
            }
          />
          <ul class="plain" style={{ maxHeight: '220px', overflowY: 'auto' }}>
            {shown.map((s) => (
              <li key={s.studentId}>
                <Checkbox
                  id={`pick-${s.studentId}`}
                  label={t('studentInTeam', { name: s.name, team: s.team })}
                  checked={chosen.has(s.studentId)}
                  onChange={(on) => choose(s.studentId, on)}
                />
              </li>
            ))}
          </ul>
        </fieldset>
        {progress && (
          <ProgressBar done={progress.done} total={progress.total} label={progress.finished ? t('ready') : t('making')} status={progress.status} />
        )}
        {progress?.finished && (
          <Notice kind={progress.errors.length ? 'warn' : 'success'}>
            {t('readyCount', { n: progress.done })}
            {progress.errors.length ? t('notMade', { n: progress.errors.length, errors: progress.errors.join('; ') }) : t('fullStop')}
          </Notice>
        )}
        {progress && <WarningList warnings={progress.warnings} />}
        {error && <Notice kind="error">{error}</Notice>}
        <div class="buttons">
          <button type="submit" class="action" disabled={running || chosen.size === 0 || Boolean(state.driveProblem)}>
            {running ? t('busy') : plural(t, chosen.size, 'makeOne', 'makeOther')}
          </button>
          <CloseButton busy={running} onClose={closeHost} />
        </div>
      </form>
    </main>
  );
}

mount(ProgressReportDialog);
