// Sheets dialog "Weekly meeting preparation…" (master, coordinators): the coordinator's own weekly schedule (on/off,
// day, hour), teacher updates (how often, which teams, what they carry, the mail permission), "Prepare this week
// now", and the latest runs with what failed.

import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../core/i18n/catalog';
import { formatDate } from '../../core/i18n/format';
import { pageTitles } from '../../core/i18n/messages/pages';
import { weeklyText } from '../../core/i18n/messages/weekly';
import type { JobProgress } from '../../core/job';
import type { FieldErrors } from '../../core/result';
import { WEEK_DAYS } from '../../core/weekly/schedule';
import { TEACHER_UPDATE_MODES, TEACHER_UPDATE_PRIVACY } from '../../core/weekly/settings';
import type { WeeklySaveResult, WeeklyState } from '../../server/weekly';
import { Checkbox, CloseButton, Notice, ProgressBar, ScrollRegion, Select } from '../components/fields';
import { PAGE_LOCALE, textOf } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

const t = textOf(weeklyText);
/** A stored value (a weekday, a Settings value, a run's status) in the page's language; an unknown one as stored. */
const say = (value: string) => (value in weeklyText.en ? t(value as 'Off') : value);
const dayLabel = (d: string) => say(d);
const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

function WeeklyDialog() {
  const [state, setState] = useState<WeeklyState | null>(null);
  const [on, setOn] = useState(false);
  const [weekDay, setWeekDay] = useState('FRIDAY');
  const [hour, setHour] = useState(7);
  const [mode, setMode] = useState('Off');
  const [teams, setTeams] = useState<Set<string>>(new Set());
  const [privacy, setPrivacy] = useState('Names only');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error' | 'warn'; text: string } | null>(null);
  const [needsMail, setNeedsMail] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [busy, setBusy] = useState(false);

  function show(s: WeeklyState) {
    setState(s);
    setOn(s.schedule.on);
    setWeekDay(s.schedule.weekDay);
    setHour(s.schedule.hour);
    setMode(s.updates.mode);
    setTeams(new Set(s.updates.teams));
    setPrivacy(s.updates.privacy);
  }

  useEffect(() => {
    serverCall('getWeeklyState')
      .then(show)
      .catch((e: Error) => setMessage({ kind: 'error', text: e.message }));
  }, []);

  if (!state) return <main>{message ? <Notice kind="error">{message.text}</Notice> : <p class="muted">{t('loading')}</p>}</main>;

  async function run(work: () => Promise<WeeklySaveResult>, done: string) {
    setBusy(true);
    setMessage(null);
    try {
      const result = await work();
      if (result.ok) {
        show(result.value);
        setErrors({});
        setNeedsMail(false);
        setMessage({ kind: 'success', text: done });
      } else {
        setErrors(result.errors);
        setNeedsMail(Boolean(result.needsMailPermission));
        setMessage({ kind: 'error', text: result.message });
      }
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const saveSchedule = (turnOn: boolean) =>
    run(
      () => serverCall('saveWeeklySchedule', { on: turnOn, weekDay, hour }),
      turnOn ? t('scheduled', { day: dayLabel(weekDay), hour: hourLabel(hour) }) : t('turnedOff'),
    );
  const saveUpdates = () => run(() => serverCall('saveTeacherUpdates', { mode, teams: [...teams], privacy }), t('updatesSaved'));

  async function askMailPermission() {
    setBusy(true);
    try {
      await serverCall('requestMailPermission');
      setNeedsMail(false);
      setMessage({ kind: 'success', text: t('mailGranted') });
    } catch (e) {
      setMessage({ kind: 'warn', text: t('mailNotGranted', { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  async function prepareNow() {
    setBusy(true);
    setMessage(null);
    try {
      const started = await serverCall('prepareWeekNow');
      let p = started.progress;
      setProgress(p);
      // One execution per chunk, under the 6-minute limit; the job checkpoints after every team.
      while (!p.finished) {
        p = await serverCall('runJobChunk', p.jobId);
        setProgress(p);
      }
      show(await serverCall('getWeeklyState'));
    } catch (e) {
      setMessage({ kind: 'error', text: t('failed', { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  const pick = (team: string, yes: boolean) =>
    setTeams((was) => {
      const next = new Set(was);
      if (yes) next.add(team);
      else next.delete(team);
      return next;
    });
  const failures = state.runs.filter((r) => r.failed);
  return (
    <main>
      <h1>{pageTitles.t(PAGE_LOCALE, 'WeeklyDialog')}</h1>
      {state.tier !== 3 && <Notice kind="warn">{t('notTier3', { tier: state.tier })}</Notice>}
      {state.driveRefusal && <Notice kind="warn">{state.driveRefusal}</Notice>}
      {failures.length > 0 && (
        <Notice kind="error">
          <strong>{t('recentFailures')}</strong>
          <ul class="plain">
            {failures.map((r) => (
              <li key={r.runId}>
                {formatDate(PAGE_LOCALE, r.startedAt.slice(0, 10))} ({say(r.trigger)}): {r.failed}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <fieldset>
        <legend>{t('schedule')}</legend>
        <p class="hint" id="schedule-status">
          {state.schedule.on ? t('scheduleOn', { day: dayLabel(state.schedule.weekDay), hour: hourLabel(state.schedule.hour) }) : t('scheduleOff')}{' '}
          {t('eachRun')}
        </p>
        <div class="row">
          <Select
            id="weekDay"
            label={t('day')}
            value={weekDay}
            options={WEEK_DAYS.map((d) => ({ value: d, label: dayLabel(d) }))}
            onChange={setWeekDay}
            error={errors.weekDay}
          />
          <Select
            id="hour"
            label={t('hour')}
            value={String(hour)}
            options={Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h) }))}
            onChange={(v) => setHour(Number(v))}
            error={errors.hour}
          />
        </div>
        <div class="buttons">
          <button type="button" class="action" onClick={() => saveSchedule(true)} disabled={busy || Boolean(state.driveRefusal)}>
            {on ? t('updateSchedule') : t('turnOn')}
          </button>
          <button type="button" onClick={() => saveSchedule(false)} disabled={busy || !on}>
            {t('turnOff')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('teacherUpdates')}</legend>
        <div class="row">
          <Select
            id="mode"
            label={t('send')}
            value={mode}
            options={TEACHER_UPDATE_MODES.map((v) => ({ value: v, label: say(v) }))}
            onChange={setMode}
            error={errors.mode}
          />
          <Select
            id="privacy"
            label={t('carry')}
            value={privacy}
            options={TEACHER_UPDATE_PRIVACY.map((v) => ({ value: v, label: say(v) }))}
            onChange={setPrivacy}
            error={errors.privacy}
          />
        </div>
        <p class="hint">{t('optedIn')}</p>
        <ScrollRegion label={t('teams')}>
          <ul class="plain">
            {state.teams.map((team) => (
              <li key={team}>
                <Checkbox id={`team-${team}`} label={team} checked={teams.has(team)} onChange={(yes) => pick(team, yes)} />
              </li>
            ))}
          </ul>
        </ScrollRegion>
        {errors.teams && (
          <p class="error" role="alert">
            {errors.teams}
          </p>
        )}
        {!state.mailAuthorized && <p class="hint">{t('noMailYet')}</p>}
        {state.waitingMail > 0 && <p class="hint">{plural(t, state.waitingMail, 'waitingOne', 'waitingOther')}</p>}
        <div class="buttons">
          <button type="button" class="action" onClick={saveUpdates} disabled={busy}>
            {t('saveUpdates')}
          </button>
          {needsMail && (
            <button type="button" onClick={askMailPermission} disabled={busy}>
              {t('allowMail')}
            </button>
          )}
        </div>
      </fieldset>
      {progress && (
        <ProgressBar
          done={progress.done}
          total={progress.total}
          label={progress.finished ? t('prepared') : t('preparing')}
          status={progress.status}
        />
      )}
      {message && (
        <Notice kind={message.kind}>
          <span role="status">{message.text}</span>
        </Notice>
      )}
      {state.runs.length > 0 && (
        <details>
          <summary>{t('latestRuns')}</summary>
          <ul class="plain">
            {state.runs.map((r) => (
              <li key={r.runId}>
                {formatDate(PAGE_LOCALE, r.startedAt.slice(0, 10))} {r.startedAt.slice(11, 16)} · {say(r.trigger)} · {say(r.status)}
                {r.remaining ? ` · ${r.remaining}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="buttons sticky">
        <button type="button" class="action" onClick={prepareNow} disabled={busy || Boolean(state.driveRefusal)}>
          {t('prepareNow')}
        </button>
        <CloseButton busy={busy} onClose={closeHost} />
      </div>
    </main>
  );
}

mount(WeeklyDialog);
