// The master's "Progress reports…" dialog: choose one student, a selection or all; make each report (a Doc and its
// PDF) as a resumable job; see per student why a report was left unshared or waits for review.

import { useEffect, useState } from 'preact/hooks';
import type { JobProgress } from '../../core/job';
import type { ProgressReportState } from '../../server/family';
import { Checkbox, Notice, ProgressBar, Select } from '../components/fields';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

function ProgressReportDialog() {
  const [state, setState] = useState<ProgressReportState | null>(null);
  const [team, setTeam] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState('');
  const [running, setRunning] = useState(false);

  useEffect(() => {
    serverCall('getProgressReportState')
      .then(setState)
      .catch((e: Error) => setError(e.message));
  }, []);

  if (!state)
    return (
      <main>
        <h1>Progress reports</h1>
        {error ? <Notice kind="error">{error}</Notice> : <p class="muted">Loading…</p>}
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
      setError(`${(e as Error).message} Nothing is lost: run it again to continue; reports already made are kept.`);
    } finally {
      setRunning(false);
    }
  }

  return (
    <main>
      <h1>Progress reports</h1>
      <form onSubmit={start}>
        {state.driveProblem && <Notice kind="warn">{state.driveProblem}</Notice>}
        <p class="hint">
          One Google Doc and a PDF copy per student, written for the student and family: the current goal and action steps, attendance, scores against
          targets, recent wins and next steps. Nothing tutor-only goes in.{' '}
          {state.reviewReports
            ? 'Settings › Review progress reports is ticked: each report waits as a draft until a coordinator or the tutor releases it.'
            : 'Reports are shared view-only with the student and family as they are made, when the Roster records their consent.'}
        </p>
        <fieldset>
          <legend>Students (one report each)</legend>
          <Select id="team" label="Team" value={team} placeholder="All teams" options={teams} onChange={setTeam} />
          <Checkbox
            id="all"
            label={`All ${shown.length} shown`}
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
                  label={`${s.name} (${s.team})`}
                  checked={chosen.has(s.studentId)}
                  onChange={(on) => choose(s.studentId, on)}
                />
              </li>
            ))}
          </ul>
        </fieldset>
        {progress && <ProgressBar done={progress.done} total={progress.total} label={progress.finished ? 'Reports ready' : 'Making reports'} />}
        {progress?.finished && (
          <Notice kind={progress.errors.length ? 'warn' : 'success'}>
            {progress.done} reports ready
            {progress.errors.length ? `; ${progress.errors.length} could not be made: ${progress.errors.join('; ')}` : '.'}
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
        <div class="buttons">
          <button type="submit" class="action" disabled={running || chosen.size === 0 || Boolean(state.driveProblem)}>
            {running ? 'Making reports…' : `Make ${chosen.size} report${chosen.size === 1 ? '' : 's'}`}
          </button>
          <button type="button" onClick={closeHost} disabled={running}>
            Close
          </button>
        </div>
      </form>
    </main>
  );
}

mount(ProgressReportDialog);
