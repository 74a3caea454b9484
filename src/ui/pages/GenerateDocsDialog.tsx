// Sheets dialog "Generate conference docs…": one document per chosen student (or team), filled from the workbook,
// filed in the team's Drive folder; a resumable job driven chunk by chunk with a progress bar.

import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../core/i18n/catalog';
import { componentText } from '../../core/i18n/messages/components';
import { generateText } from '../../core/i18n/messages/generate-docs';
import { pageTitles } from '../../core/i18n/messages/pages';
import type { JobProgress } from '../../core/job';
import type { FieldErrors } from '../../core/result';
import { checkGenerateRequest } from '../../core/templates/requests';
import type { GenerateDocsState } from '../../server/templates';
import { Checkbox, Notice, ProgressBar, Select, TextInput, WarningList } from '../components/fields';
import { PAGE_LOCALE, textOf } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

const t = textOf(generateText);
const close = textOf(componentText);

function GenerateDocsDialog() {
  const [state, setState] = useState<GenerateDocsState | null>(null);
  const [templateId, setTemplateId] = useState('goal-setting-conference');
  const [date, setDate] = useState('');
  const [team, setTeam] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState('');
  const [running, setRunning] = useState(false);

  useEffect(() => {
    serverCall('getGenerateDocsState')
      .then((s) => {
        setState(s);
        setDate(s.today);
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  if (!state) return <main>{error ? <Notice kind="error">{error}</Notice> : <p class="muted">{t('loading')}</p>}</main>;

  const template = state.templates.find((t) => t.id === templateId) ?? state.templates[0];
  const perTeam = template.subject === 'team';
  const options = perTeam ? state.teams : state.students.filter((s) => !team || s.team === team);
  const allChosen = options.length > 0 && options.every((o) => chosen.has(o.key));
  const choose = (key: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const toggleAll = (on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      for (const o of options) on ? next.add(o.key) : next.delete(o.key);
      return next;
    });
  const keys = template.subject === 'none' ? ['program'] : [...chosen].filter((k) => (perTeam ? k.startsWith('team:') : k.startsWith('student:')));

  async function start(event: Event) {
    event.preventDefault();
    const checked = checkGenerateRequest({ templateId, date, keys });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setError('');
    setRunning(true);
    try {
      const started = await serverCall('startGenerateDocs', checked.value);
      if (!started.ok) {
        setErrors(started.errors);
        setError(started.message);
        return;
      }
      let p = started.value;
      setProgress(p);
      // Each call is one execution under the 6-minute limit; the job checkpoints after every document.
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

  const filed = perTeam ? state.teams.filter((t) => state.teamsWithFolder.includes(t.team)).length : null;
  return (
    <main>
      <h1>{pageTitles.t(PAGE_LOCALE, 'GenerateDocsDialog')}</h1>
      <form onSubmit={start}>
        {state.driveProblem && <Notice kind="warn">{state.driveProblem}</Notice>}
        <div class="row">
          <Select
            id="templateId"
            label={t('template')}
            value={templateId}
            options={state.templates.map((t) => ({ value: t.id, label: t.title }))}
            onChange={(v) => {
              setTemplateId(v);
              setChosen(new Set());
            }}
            error={errors.templateId}
          />
          <TextInput id="date" type="date" label={template.dateLabel} value={date} onInput={setDate} error={errors.date} />
        </div>
        <p class="hint">
          {template.summary} {template.dateHint}
        </p>
        {template.programVersionUrl && (
          <Notice kind={template.programVersionUnknown ? 'warn' : 'info'}>
            {t('copiesOf')}{' '}
            <a href={template.programVersionUrl} target="_blank" rel="noreferrer">
              {t('programVersion')}
            </a>
            {t('fullStop')}
            {template.programVersionUnknown && ` ${t('unknownFields', { fields: template.programVersionUnknown })}`}
          </Notice>
        )}
        {template.subject !== 'none' && (
          <fieldset>
            <legend>{perTeam ? t('teams') : t('students')}</legend>
            {!perTeam && (
              <Select
                id="team"
                label={t('team')}
                value={team}
                placeholder={t('allTeams')}
                options={state.teams.map((t) => t.team)}
                onChange={setTeam}
              />
            )}
            <Checkbox id="all" label={t('allShown', { n: options.length })} checked={allChosen} onChange={toggleAll} />
            <ul class="plain">
              {options.map((o) => (
                <li key={o.key}>
                  <Checkbox
                    id={`pick-${o.key}`}
                    label={o.label}
                    checked={chosen.has(o.key)}
                    onChange={(on) => choose(o.key, on)}
                    hint={'goal' in o && o.goal ? t('goal', { goal: String(o.goal) }) : undefined}
                  />
                </li>
              ))}
            </ul>
            {errors.keys && (
              <p class="error" role="alert">
                {errors.keys}
              </p>
            )}
          </fieldset>
        )}
        <p class="muted">
          {perTeam
            ? t('teamFolders', { filed: filed ?? 0, total: state.teams.length })
            : t('studentFolders', { filed: state.teamsWithFolder.length, total: state.teams.length })}
        </p>
        {progress && (
          <ProgressBar
            done={progress.done}
            total={progress.total}
            label={progress.finished ? t('ready') : t('generating')}
            status={progress.status}
          />
        )}
        {progress?.finished && (
          <Notice kind={progress.errors.length ? 'warn' : 'success'}>
            {t('readyCount', { n: progress.done })}
            {progress.errors.length ? t('notMade', { n: progress.errors.length, errors: progress.errors.join('; ') }) : t('fullStop')}{' '}
            {t('skipsExisting')}
          </Notice>
        )}
        {progress && <WarningList warnings={progress.warnings} />}
        {error && <Notice kind="error">{error}</Notice>}
        <div class="buttons sticky">
          <button type="submit" class="action" disabled={running || keys.length === 0 || Boolean(state.driveProblem)}>
            {running ? t('busy') : plural(t, keys.length, 'generateOne', 'generateOther')}
          </button>
          <button type="button" onClick={closeHost} disabled={running}>
            {close('close')}
          </button>
        </div>
      </form>
    </main>
  );
}

mount(GenerateDocsDialog);
