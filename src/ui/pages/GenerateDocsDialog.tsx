// Sheets dialog "Generate conference docs…": one document per chosen student (or team), filled from the workbook,
// filed in the team's Drive folder; a resumable job driven chunk by chunk with a progress bar.

import { useEffect, useState } from 'preact/hooks';
import { pageTitles } from '../../core/i18n/messages/pages';
import type { JobProgress } from '../../core/job';
import type { FieldErrors } from '../../core/result';
import { checkGenerateRequest } from '../../core/templates/requests';
import type { GenerateDocsState } from '../../server/templates';
import { Checkbox, Notice, ProgressBar, Select, TextInput } from '../components/fields';
import { PAGE_LOCALE } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

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

  if (!state) return <main>{error ? <Notice kind="error">{error}</Notice> : <p class="muted">Loading…</p>}</main>;

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
      setError(`${(e as Error).message} Nothing is lost: run it again to continue; documents already made are skipped.`);
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
            label="Template"
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
            Documents are copies of{' '}
            <a href={template.programVersionUrl} target="_blank" rel="noreferrer">
              the program's version
            </a>
            .{template.programVersionUnknown && ` Unknown merge fields stay as typed: ${template.programVersionUnknown}.`}
          </Notice>
        )}
        {template.subject !== 'none' && (
          <fieldset>
            <legend>{perTeam ? 'Teams (one agenda each)' : 'Students (one document each)'}</legend>
            {!perTeam && (
              <Select id="team" label="Team" value={team} placeholder="All teams" options={state.teams.map((t) => t.team)} onChange={setTeam} />
            )}
            <Checkbox id="all" label={`All ${options.length} shown`} checked={allChosen} onChange={toggleAll} />
            <ul class="plain">
              {options.map((o) => (
                <li key={o.key}>
                  <Checkbox
                    id={`pick-${o.key}`}
                    label={o.label}
                    checked={chosen.has(o.key)}
                    onChange={(on) => choose(o.key, on)}
                    hint={'goal' in o && o.goal ? `Goal: ${String(o.goal)}` : undefined}
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
            ? `${filed} of ${state.teams.length} teams have a Weekly Meetings folder; other agendas go to your My Drive.`
            : `Documents go to each team's Session Notes folder when "Provision Drive folders" has made it (${state.teamsWithFolder.length} of ${state.teams.length} teams), otherwise to your My Drive. Conference docs are linked from the Goals Master List.`}
        </p>
        {progress && (
          <ProgressBar
            done={progress.done}
            total={progress.total}
            label={progress.finished ? 'Documents ready' : 'Generating documents'}
            status={progress.status}
          />
        )}
        {progress?.finished && (
          <Notice kind={progress.errors.length ? 'warn' : 'success'}>
            {progress.done} documents ready
            {progress.errors.length ? `; ${progress.errors.length} could not be made: ${progress.errors.join('; ')}` : '.'} Running it again skips
            documents that already exist.
          </Notice>
        )}
        {progress && progress.warnings.length > 0 && (
          <Notice kind="warn">
            <ul class="plain">
              {progress.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </Notice>
        )}
        {error && <Notice kind="error">{error}</Notice>}
        <div class="buttons sticky">
          <button type="submit" class="action" disabled={running || keys.length === 0 || Boolean(state.driveProblem)}>
            {running ? 'Generating…' : `Generate ${keys.length} document${keys.length === 1 ? '' : 's'}`}
          </button>
          <button type="button" onClick={closeHost} disabled={running}>
            Close
          </button>
        </div>
      </form>
    </main>
  );
}

mount(GenerateDocsDialog);
