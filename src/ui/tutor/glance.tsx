// "At a glance": a student's active goal, open action steps with recent check-offs, last session notes, effort data.

import type { StudentGlance } from '../../core/tutor-view';
import { PromptList } from './shared';

export function CheckOffDots({ recent }: { recent: readonly boolean[] }) {
  if (recent.length === 0) return <span class="muted">No check-offs yet</span>;
  const done = recent.filter(Boolean).length;
  return (
    <span class="dots" role="img" aria-label={`Last ${recent.length} sessions: done ${done}, missed ${recent.length - done}`}>
      {recent.map((d, i) => (
        <span key={i} class={d ? 'dot done' : 'dot missed'} aria-hidden="true">
          {d ? '✓' : '✗'}
        </span>
      ))}
    </span>
  );
}

export function Glance({ glance }: { glance: StudentGlance }) {
  const goal = glance.activeGoal;
  return (
    <section aria-labelledby="glance-title">
      <h2 id="glance-title" class="sr-only">
        {glance.student.name} at a glance
      </h2>
      <div class="card">
        <h3>Active goal</h3>
        {goal ? (
          <>
            <p class="goal-text">{goal.goal}</p>
            <p class="muted">
              {goal.target !== null && <>Target {goal.target} · </>}
              {goal.dueDate && <>due {goal.dueDate} · </>}
              set {goal.conferenceDate}
              {goal.assessment && (
                <>
                  {' '}
                  after {goal.assessment}
                  {goal.score !== null && <> ({goal.score})</>}
                </>
              )}
              {goal.prioritized && (
                <>
                  {' '}
                  <span class="badge red">Targeted support</span>
                </>
              )}
            </p>
          </>
        ) : (
          <p class="muted">No active goal yet. Hold a goal-setting conference to set one.</p>
        )}
      </div>
      <div class="card">
        <h3>Open action steps</h3>
        {glance.steps.length === 0 ? (
          <p class="muted">None.</p>
        ) : (
          <ul class="plain">
            {glance.steps.map((s) => (
              <li key={s.stepId}>
                <div>{s.action}</div>
                <div class="muted">
                  {s.whenHowOften && <>{s.whenHowOften} · </>}
                  <CheckOffDots recent={s.recent} />
                  {!s.specific && (
                    <>
                      {' '}
                      <span class="badge red">Too vague</span>
                    </>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      <PromptList prompts={glance.prompts} />
      <div class="card">
        <h3>Last session notes</h3>
        {glance.recentNotes.length === 0 ? (
          <p class="muted">No session notes yet.</p>
        ) : (
          <ul class="plain">
            {glance.recentNotes.map((n) => (
              <li key={n.noteId}>
                <div>
                  <strong>{n.date}</strong>
                  {n.startTime && (
                    <span class="muted">
                      {' '}
                      {n.startTime}
                      {n.endTime && `–${n.endTime}`}
                    </span>
                  )}{' '}
                  {!n.attended ? <span class="badge red">Absent</span> : !n.onTime ? <span class="badge">Late</span> : null}
                </div>
                <div>{n.objective}</div>
                <div class="muted">
                  {n.degreeAccomplished !== null && <>Accomplished {n.degreeAccomplished}/4 · </>}
                  {n.topicsSkills}
                  {n.followThrough && <> · follow-through: {n.followThrough}</>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      {glance.effort.text && (
        <div class="card">
          <h3>Effort data</h3>
          <p class="pre">{glance.effort.text}</p>
        </div>
      )}
    </section>
  );
}
