// Sheets dialog "Weekly meeting preparation…" (master, coordinators): the coordinator's own weekly schedule (on/off,
// day, hour), teacher updates (how often, which teams, what they carry, the mail permission), "Prepare this week
// now", and the latest runs with what failed.

import { useEffect, useState } from 'preact/hooks';
import { pageTitles } from '../../core/i18n/messages/pages';
import type { JobProgress } from '../../core/job';
import type { FieldErrors } from '../../core/result';
import { WEEK_DAYS } from '../../core/weekly/schedule';
import { TEACHER_UPDATE_MODES, TEACHER_UPDATE_PRIVACY } from '../../core/weekly/settings';
import type { WeeklySaveResult, WeeklyState } from '../../server/weekly';
import { Checkbox, CloseButton, Notice, ProgressBar, ScrollRegion, Select } from '../components/fields';
import { PAGE_LOCALE } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

const dayLabel = (d: string) => d.charAt(0) + d.slice(1).toLowerCase();
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

  if (!state) return <main>{message ? <Notice kind="error">{message.text}</Notice> : <p class="muted">Loading…</p>}</main>;

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
      turnOn ? `Scheduled: every ${dayLabel(weekDay)} at ${hourLabel(hour)}, as you.` : 'Schedule turned off: your weekly trigger was deleted.',
    );
  const saveUpdates = () => run(() => serverCall('saveTeacherUpdates', { mode, teams: [...teams], privacy }), 'Teacher updates saved.');

  async function askMailPermission() {
    setBusy(true);
    try {
      await serverCall('requestMailPermission');
      setNeedsMail(false);
      setMessage({ kind: 'success', text: 'Permission granted: save the teacher updates again.' });
    } catch (e) {
      setMessage({ kind: 'warn', text: `${(e as Error).message} Grant "Send email as you" in Google's window, then save again.` });
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
      setMessage({ kind: 'error', text: `${(e as Error).message} Nothing is lost: run it again to continue; teams already done are kept.` });
    } finally {
      setBusy(false);
    }
  }

  const pick = (team: string, yes: boolean) =>
    setTeams((t) => {
      const next = new Set(t);
      if (yes) next.add(team);
      else next.delete(team);
      return next;
    });
  const failures = state.runs.filter((r) => r.failed);
  return (
    <main>
      <h1>{pageTitles.t(PAGE_LOCALE, 'WeeklyDialog')}</h1>
      {state.tier !== 3 && <Notice kind="warn">Weekly meetings are for Tier 3 programs (Settings › Communication tier is {state.tier}).</Notice>}
      {state.driveRefusal && <Notice kind="warn">{state.driveRefusal}</Notice>}
      {failures.length > 0 && (
        <Notice kind="error">
          <strong>Recent runs had failures:</strong>
          <ul class="plain">
            {failures.map((r) => (
              <li key={r.runId}>
                {r.startedAt.slice(0, 10)} ({r.trigger}): {r.failed}
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <fieldset>
        <legend>Schedule (your own trigger)</legend>
        <p class="hint" id="schedule-status">
          {state.schedule.on ? `On: every ${dayLabel(state.schedule.weekDay)} at ${hourLabel(state.schedule.hour)}.` : 'Off.'} Each run prepares next
          week's agenda for every Tier 3 team, as you.
        </p>
        <div class="row">
          <Select
            id="weekDay"
            label="Day"
            value={weekDay}
            options={WEEK_DAYS.map((d) => ({ value: d, label: dayLabel(d) }))}
            onChange={setWeekDay}
            error={errors.weekDay}
          />
          <Select
            id="hour"
            label="Hour"
            value={String(hour)}
            options={Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h) }))}
            onChange={(v) => setHour(Number(v))}
            error={errors.hour}
          />
        </div>
        <div class="buttons">
          <button type="button" class="action" onClick={() => saveSchedule(true)} disabled={busy || Boolean(state.driveRefusal)}>
            {on ? 'Update schedule' : 'Turn schedule on'}
          </button>
          <button type="button" onClick={() => saveSchedule(false)} disabled={busy || !on}>
            Turn schedule off
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Teacher updates</legend>
        <div class="row">
          <Select id="mode" label="Send" value={mode} options={TEACHER_UPDATE_MODES} onChange={setMode} error={errors.mode} />
          <Select id="privacy" label="Emails carry" value={privacy} options={TEACHER_UPDATE_PRIVACY} onChange={setPrivacy} error={errors.privacy} />
        </div>
        <p class="hint">Only teams whose teacher opted in get mail, with a link to their team workbook.</p>
        <ScrollRegion label="Teams">
          <ul class="plain">
            {state.teams.map((t) => (
              <li key={t}>
                <Checkbox id={`team-${t}`} label={t} checked={teams.has(t)} onChange={(yes) => pick(t, yes)} />
              </li>
            ))}
          </ul>
        </ScrollRegion>
        {errors.teams && (
          <p class="error" role="alert">
            {errors.teams}
          </p>
        )}
        {!state.mailAuthorized && <p class="hint">You have not allowed the add-on to send email as you yet: turning updates on asks for it.</p>}
        {state.waitingMail > 0 && <p class="hint">{state.waitingMail} teacher update(s) wait for tomorrow's mail quota or your permission.</p>}
        <div class="buttons">
          <button type="button" class="action" onClick={saveUpdates} disabled={busy}>
            Save teacher updates
          </button>
          {needsMail && (
            <button type="button" onClick={askMailPermission} disabled={busy}>
              Allow sending email
            </button>
          )}
        </div>
      </fieldset>
      {progress && (
        <ProgressBar
          done={progress.done}
          total={progress.total}
          label={progress.finished ? 'Teams prepared' : 'Preparing teams'}
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
          <summary>Latest runs</summary>
          <ul class="plain">
            {state.runs.map((r) => (
              <li key={r.runId}>
                {r.startedAt.slice(0, 16).replace('T', ' ')} · {r.trigger} · {r.status}
                {r.remaining ? ` · remaining: ${r.remaining}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="buttons sticky">
        <button type="button" class="action" onClick={prepareNow} disabled={busy || Boolean(state.driveRefusal)}>
          Prepare this week now
        </button>
        <CloseButton busy={busy} onClose={closeHost} />
      </div>
    </main>
  );
}

mount(WeeklyDialog);
