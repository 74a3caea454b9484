// The tutor sidebar (Sheets): pick a student, see them at a glance, log a session note with this session's action-step
// check-offs, hold a goal-setting conference as a guided before / during / after flow, and (Tier 2) ask the teacher
// questions in threads (seeds 003 and 004).

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  blankConference,
  blankPlanStep,
  CONFERENCE_AGENDA,
  CONFERENCE_STAGES,
  type ConferenceStage,
  checkConference,
  MAX_PLAN_STEPS,
  PREVIOUS_GOAL_OUTCOMES,
  stageErrors,
  stageOf,
  suggestedOutcome,
} from '../../core/conference-form';
import { checkAnswer, checkAsk, type QuestionThread } from '../../core/drive-questions';
import { DEGREE_SCALE, FOLLOW_THROUGH, LEVEL_CHOICES } from '../../core/model';
import { type Prompt, promptsAfterCheckOff } from '../../core/praise';
import type { FieldErrors } from '../../core/result';
import { blankSessionNote, checkSessionNote } from '../../core/session-note-form';
import { checkActionStep } from '../../core/specificity';
import { columnOf } from '../../core/table';
import { CONFERENCES_TABLE, SESSION_NOTES_TABLE } from '../../core/tables';
import type { NoteSummary, RosterEntry, StudentGlance, TutorRosterView } from '../../core/tutor-view';
import { Checkbox, describedBy, Field, Notice, Scale, Select, TextArea, TextInput } from '../components/fields';
import { mount } from '../mount';
import { serverCall } from '../rpc';

type NoteForm = ReturnType<typeof blankSessionNote>;
type ConferenceFormState = ReturnType<typeof blankConference>;
type Status = { kind: 'info' | 'success' | 'error' | 'warn'; text: string } | null;
type Tab = 'glance' | 'note' | 'conference' | 'questions';

const TABS: { id: Tab; label: string }[] = [
  { id: 'glance', label: 'At a glance' },
  { id: 'note', label: 'Session note' },
  { id: 'conference', label: 'Conference' },
  { id: 'questions', label: 'Questions' },
];

/** Labels are the sheet headers and hints the header notes: the seeds' words, declared once in core/tables. */
const noteLabel = (key: string) => columnOf(SESSION_NOTES_TABLE, key).header;
const noteHint = (key: string) => columnOf(SESSION_NOTES_TABLE, key).note;
const conferenceQuestion = (key: string) => columnOf(CONFERENCES_TABLE, key).note;

/** Moves keyboard focus to the first field (in page order) with an error, so a keyboard user lands where the fix is needed. */
function focusFirstError(prefix: string, errors: FieldErrors): void {
  requestAnimationFrame(() => {
    const fields = Object.keys(errors)
      .filter((key) => errors[key])
      .map(
        (key) =>
          document.getElementById(`${prefix}${key.replace(/\./g, '-')}`) ??
          document.querySelector<HTMLElement>(`[data-error-for="${key.split('.')[0]}"]`),
      )
      .filter((el): el is HTMLElement => el !== null)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    fields[0]?.focus();
  });
}

function PromptList({ prompts }: { prompts: readonly Prompt[] }) {
  return (
    <>
      {prompts.map((p) => (
        <div key={`${p.kind}-${p.stepId ?? ''}-${p.title}`} class={`notice ${p.kind === 'praise' ? 'success' : 'warn'} prompt`} role="status">
          <strong>{p.title}</strong>
          <p>{p.text}</p>
          <p class="hint">{p.tip}</p>
        </div>
      ))}
    </>
  );
}

function CheckOffDots({ recent }: { recent: readonly boolean[] }) {
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

function Glance({ glance }: { glance: StudentGlance }) {
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

function SessionNotePanel({ glance, today, onSaved }: { glance: StudentGlance; today: string; onSaved: (prompts: Prompt[]) => void }) {
  const blank = (): NoteForm => ({
    ...blankSessionNote(glance.student.studentId, today),
    checkOffs: glance.steps.map((s) => ({ stepId: s.stepId, done: false })),
  });
  const [form, setForm] = useState<NoteForm>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [teacherViewWarning, setTeacherViewWarning] = useState('');
  const [busy, setBusy] = useState(false);

  // A reloaded glance (after a conference adds steps) keeps the ticks already made on steps still open.
  useEffect(() => {
    setForm((f) => ({
      ...f,
      checkOffs: glance.steps.map((s) => ({ stepId: s.stepId, done: f.checkOffs.find((c) => c.stepId === s.stepId)?.done === true })),
    }));
  }, [glance]);

  const set =
    <K extends keyof NoteForm>(key: K) =>
    (value: NoteForm[K]) => {
      setForm((f) => ({ ...f, [key]: value }));
      setErrors((e) => ({ ...e, [key]: '' }));
      setStatus((s) => (s?.kind === 'success' || s?.kind === 'error' ? null : s));
      setTeacherViewWarning('');
    };

  const text = (key: keyof NoteForm & string, multiline = true) => {
    const Component = multiline ? TextArea : TextInput;
    return (
      <Component
        id={`sn-${key}`}
        label={noteLabel(key)}
        hint={noteHint(key)}
        value={String(form[key] ?? '')}
        onInput={set(key) as (v: string) => void}
        error={errors[key]}
      />
    );
  };

  async function submit(event: Event) {
    event.preventDefault();
    const checked = checkSessionNote(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ kind: 'error', text: 'Please fix the highlighted fields. Nothing was saved yet.' });
      focusFirstError('sn-', checked.errors);
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: 'Saving…' });
    setTeacherViewWarning('');
    try {
      const result = await serverCall('tutorSaveSessionNote', form);
      if (!result.ok) {
        setErrors(result.errors);
        setStatus({ kind: 'error', text: result.message });
        focusFirstError('sn-', result.errors);
        return;
      }
      const prompts = promptsAfterCheckOff({
        studentName: glance.student.name,
        goal: glance.activeGoal,
        steps: glance.steps.map((s) => ({
          ...s,
          goalId: glance.activeGoal?.goalId ?? '',
          studentId: glance.student.studentId,
          status: 'Open' as const,
        })),
        history: glance.history,
        checkOffs: form.checkOffs,
      });
      setStatus({
        kind: 'success',
        text: `Saved: session note for ${glance.student.name} on ${form.date}${result.value.checkOffs ? ` with ${result.value.checkOffs} action-step check-offs` : ''}.`,
      });
      setTeacherViewWarning(result.value.teacherViewWarning ?? '');
      setErrors({});
      setForm(blank());
      onSaved(prompts);
    } catch (e) {
      setStatus({ kind: 'error', text: `Not saved: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  const followWhyNeeded = form.followThrough === 'Partly' || form.followThrough === 'No';
  return (
    <form onSubmit={submit} noValidate aria-label="Session note">
      <h2>Academic content</h2>
      <div class="row">
        <TextInput id="sn-date" type="date" label={noteLabel('date')} value={form.date} onInput={set('date')} error={errors.date} required />
      </div>
      <div class="row">
        <TextInput
          id="sn-startTime"
          type="time"
          label={noteLabel('startTime')}
          value={form.startTime}
          onInput={set('startTime')}
          error={errors.startTime}
        />
        <TextInput id="sn-endTime" type="time" label={noteLabel('endTime')} value={form.endTime} onInput={set('endTime')} error={errors.endTime} />
      </div>
      <TextArea
        id="sn-objective"
        label={noteLabel('objective')}
        hint={noteHint('objective')}
        value={form.objective}
        onInput={set('objective')}
        error={errors.objective}
        required
      />
      {text('rationale')}
      <Scale
        id="sn-degreeAccomplished"
        label={noteLabel('degreeAccomplished')}
        hint={DEGREE_SCALE.map((d) => d.label).join(' · ')}
        value={form.degreeAccomplished}
        max={4}
        labels={DEGREE_SCALE.map((d) => d.label)}
        onChange={set('degreeAccomplished')}
        error={errors.degreeAccomplished}
      />
      {text('topicsSkills')}
      {text('materials')}
      {text('assignments')}
      {text('assessmentData')}

      <h2>Attendance and behavior</h2>
      <div class="row">
        <Checkbox
          id="sn-attended"
          label={noteLabel('attended')}
          checked={form.attended}
          onChange={(v) => setForm((f) => ({ ...f, attended: v, onTime: v ? f.onTime : false }))}
        />
        <Checkbox id="sn-onTime" label={noteLabel('onTime')} checked={form.onTime} onChange={set('onTime')} />
      </div>
      {errors.onTime && (
        <p class="error" role="alert">
          {errors.onTime}
        </p>
      )}
      {text('engagement')}
      <div class="row">
        <Select
          id="sn-focusMotivation"
          label={noteLabel('focusMotivation')}
          value={form.focusMotivation}
          options={LEVEL_CHOICES}
          placeholder="—"
          onChange={set('focusMotivation') as (v: string) => void}
          error={errors.focusMotivation}
        />
        <Select
          id="sn-promptingNeeded"
          label={noteLabel('promptingNeeded')}
          value={form.promptingNeeded}
          options={LEVEL_CHOICES}
          placeholder="—"
          onChange={set('promptingNeeded') as (v: string) => void}
          error={errors.promptingNeeded}
        />
      </div>

      <h2>Action plan</h2>
      {glance.steps.length > 0 ? (
        <fieldset data-error-for="checkOffs" tabIndex={-1}>
          <legend>Action steps done this session</legend>
          {glance.steps.map((s, i) => (
            <div key={s.stepId}>
              <Checkbox
                id={`sn-checkOffs-${i}-done`}
                label={s.action}
                checked={form.checkOffs[i]?.done === true}
                onChange={(done) => setForm((f) => ({ ...f, checkOffs: f.checkOffs.map((c, j) => (j === i ? { ...c, done } : c)) }))}
              />
              {errors[`checkOffs.${i}.stepId`] && (
                <p class="error" role="alert">
                  {errors[`checkOffs.${i}.stepId`]}
                </p>
              )}
            </div>
          ))}
          {errors.checkOffs && (
            <p class="error" role="alert">
              {errors.checkOffs}
            </p>
          )}
        </fieldset>
      ) : (
        <p class="muted">No open action steps: hold a goal-setting conference to make an action plan.</p>
      )}
      <Select
        id="sn-followThrough"
        label={noteLabel('followThrough')}
        hint={noteHint('followThrough')}
        value={form.followThrough}
        options={FOLLOW_THROUGH}
        placeholder="—"
        onChange={set('followThrough') as (v: string) => void}
        error={errors.followThrough}
      />
      <TextArea
        id="sn-followThroughWhy"
        label={noteLabel('followThroughWhy')}
        value={form.followThroughWhy}
        onInput={set('followThroughWhy')}
        error={errors.followThroughWhy}
        required={followWhyNeeded}
      />
      {text('studentShared')}
      {text('questionsForTeacher')}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {teacherViewWarning && (
        <p class="warning" role="status">
          {teacherViewWarning}
        </p>
      )}
      <div class="buttons">
        <button type="submit" class="action" disabled={busy}>
          {busy ? 'Saving…' : 'Save session note'}
        </button>
      </div>
    </form>
  );
}

function StageList({ stage }: { stage: ConferenceStage }) {
  const names: Record<ConferenceStage, string> = { before: '1. Before', during: '2. During', after: '3. After' };
  const at = CONFERENCE_STAGES.indexOf(stage);
  return (
    <ol class="steps" aria-label="Conference steps">
      {CONFERENCE_STAGES.map((s, i) => (
        <li key={s} class={i === at ? 'current' : i < at ? 'done' : ''} aria-current={i === at ? 'step' : undefined}>
          {names[s]}
        </li>
      ))}
    </ol>
  );
}

function Section({ title, lens, children }: { title: string; lens?: string; children: ComponentChildren }) {
  return (
    <fieldset>
      <legend>{title}</legend>
      {lens && <p class="hint lens">{lens}</p>}
      {children}
    </fieldset>
  );
}

function ConferencePanel({ glance, today, onSaved }: { glance: StudentGlance; today: string; onSaved: (prompts: Prompt[]) => void }) {
  const previous = glance.activeGoal;
  const blank = (): ConferenceFormState => ({
    ...blankConference(glance.student.studentId, today, glance.effort.text),
    previousGoalId: previous?.goalId ?? '',
  });
  const [form, setForm] = useState<ConferenceFormState>(blank);
  const [stage, setStage] = useState<ConferenceStage>('before');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{
    teacher: { to: string; subject: string; body: string } | null;
    family: { to: string; contact: string; subject: string; body: string } | null;
  } | null>(null);
  const top = useRef<HTMLDivElement>(null);

  const set =
    <K extends keyof ConferenceFormState>(key: K) =>
    (value: ConferenceFormState[K]) => {
      setForm((f) => ({ ...f, [key]: value }));
      setErrors((e) => ({ ...e, [key]: '' }));
      setStatus((st) => (st?.kind === 'error' ? null : st));
    };
  const q = (key: keyof ConferenceFormState & string) => (
    <TextArea
      id={`cf-${key}`}
      label={conferenceQuestion(key)}
      value={String(form[key] ?? '')}
      onInput={set(key) as (v: string) => void}
      error={errors[key]}
    />
  );
  const setStep = (i: number, key: keyof ReturnType<typeof blankPlanStep>, value: string) => {
    setForm((f) => ({ ...f, steps: f.steps.map((s, j) => (j === i ? { ...s, [key]: value } : s)) }));
    setErrors((e) => ({ ...e, [`steps.${i}.${key}`]: '', steps: '' }));
    setStatus((st) => (st?.kind === 'error' ? null : st));
  };

  function goTo(next: ConferenceStage) {
    setStage(next);
    setStatus(null);
    top.current?.scrollIntoView();
    requestAnimationFrame(() => document.getElementById('cf-stage-title')?.focus());
  }

  function next() {
    const checked = checkConference(form);
    const mine = checked.ok ? {} : stageErrors(checked.errors, stage);
    setErrors(mine);
    if (Object.keys(mine).length > 0) {
      setStatus({ kind: 'error', text: 'Please fix the highlighted fields before going on.' });
      focusFirstError('cf-', mine);
      return;
    }
    if (stage === 'during' && previous && form.previousGoalOutcome === '') {
      const score = form.score === '' || form.score === null ? null : Number(form.score);
      setForm((f) => ({ ...f, previousGoalOutcome: suggestedOutcome(previous.target, Number.isFinite(score) ? score : null) }));
    }
    goTo(CONFERENCE_STAGES[CONFERENCE_STAGES.indexOf(stage) + 1]);
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (stage !== 'after') {
      next();
      return;
    }
    const checked = checkConference(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      const firstStage = stageOf(Object.keys(checked.errors)[0]);
      if (firstStage !== stage) goTo(firstStage);
      setStatus({ kind: 'error', text: 'Please fix the highlighted fields. Nothing was saved yet.' });
      focusFirstError('cf-', checked.errors);
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: 'Saving…' });
    try {
      const result = await serverCall('tutorSaveConference', form);
      if (!result.ok) {
        setErrors(result.errors);
        setStatus({ kind: 'error', text: result.message });
        const keys = Object.keys(result.errors);
        if (keys.length > 0 && stageOf(keys[0]) !== stage) goTo(stageOf(keys[0]));
        focusFirstError('cf-', result.errors);
        return;
      }
      const v = result.value;
      setStatus({
        kind: 'success',
        text: `Saved: the goal is on the Goals Master List, ${v.stepIds.length} action step${v.stepIds.length === 1 ? '' : 's'} on Action Steps, and the conference on Conferences.${v.previousGoal ? ` The previous goal is marked ${v.previousGoal.status}.` : ''}`,
      });
      setDone({ teacher: v.teacherMessage, family: v.familyMessage });
      onSaved(v.prompts);
    } catch (e) {
      setStatus({ kind: 'error', text: `Not saved: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    const mailto = (m: { to: string; subject: string; body: string }) =>
      `mailto:${m.to}?subject=${encodeURIComponent(m.subject)}&body=${encodeURIComponent(m.body)}`;
    return (
      <div>
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
        {done.teacher && (
          <p>
            <a href={mailto(done.teacher)} target="_blank" rel="noopener">
              Email the goal and action plan to {done.teacher.to}
            </a>
          </p>
        )}
        {done.family && (
          <div class="card">
            <h3>Share with the family</h3>
            {done.family.to ? (
              <a href={mailto(done.family)} target="_blank" rel="noopener">
                Email {done.family.to}
              </a>
            ) : (
              <p>Call home: {done.family.contact || 'no family contact on the Roster'}.</p>
            )}
            <p class="hint">Tell the student first that you will share their goal, and ask how their family could support the plan.</p>
          </div>
        )}
        <div class="buttons">
          <button
            type="button"
            onClick={() => {
              setDone(null);
              setForm(blank());
              setStage('before');
              setStatus(null);
            }}
          >
            Start another conference
          </button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Goal-setting conference">
      <div ref={top} />
      <StageList stage={stage} />
      {stage === 'before' && (
        <>
          <h2 id="cf-stage-title" tabIndex={-1}>
            Before: data share
          </h2>
          <p class="hint">
            Review the results with the student and the actions that led to them. The student fills in their reflections; you fill in yours.
          </p>
          <Section
            title="Data share"
            lens="Specific & Measurable: zoom in on specific academic data. Growth Mindset: connect effort data to outcomes."
          >
            <TextInput
              id="cf-conferenceDate"
              type="date"
              label="Conference date"
              value={form.conferenceDate}
              onInput={set('conferenceDate')}
              error={errors.conferenceDate}
              required
            />
            <TextInput
              id="cf-assessment"
              label="Assessment/Project/Assignment"
              value={form.assessment}
              onInput={set('assessment')}
              error={errors.assessment}
            />
            <TextInput
              id="cf-score"
              label="Score (if applicable)"
              value={String(form.score ?? '')}
              onInput={set('score')}
              error={errors.score}
              placeholder="e.g. 58"
            />
            <TextArea
              id="cf-effortData"
              label="Effort data"
              hint="Prefilled from the workbook: attendance, punctuality, action steps, assignments. Add homework completion, participation, focus, study strategies."
              value={form.effortData}
              onInput={set('effortData')}
              error={errors.effortData}
            />
            <TextArea
              id="cf-academicData"
              label="Specific academic data"
              hint={conferenceQuestion('academicData')}
              value={form.academicData}
              onInput={set('academicData')}
              error={errors.academicData}
            />
          </Section>
          <Section
            title="Overall reflections — for the student"
            lens="Student Agency: reflect on actions and experiences first, then on the outcomes."
          >
            <Scale
              id="cf-studentConfidence"
              label={conferenceQuestion('studentConfidence')}
              hint="1 not at all confident … 5 very confident"
              value={form.studentConfidence}
              max={5}
              onChange={set('studentConfidence')}
              error={errors.studentConfidence}
            />
            {q('studentMostConfident')}
            {q('studentLeastConfident')}
            {q('studentActions')}
            {q('studentPrepareBetter')}
          </Section>
          <Section title="Overall reflections — for the tutor" lens="Use your answers to guide student thinking, not override it.">
            <Scale
              id="cf-tutorConfidence"
              label={conferenceQuestion('tutorConfidence')}
              hint="1 not at all confident … 5 very confident"
              value={form.tutorConfidence}
              max={5}
              onChange={set('tutorConfidence')}
              error={errors.tutorConfidence}
            />
            {q('tutorMostConfident')}
            {q('tutorLeastConfident')}
            {q('tutorActions')}
            {q('tutorPrepareBetter')}
          </Section>
          <Section title="Data reflections — for the student">
            {q('studentBest')}
            {q('studentImprovements')}
            {q('studentStruggles')}
          </Section>
          <Section
            title="Data reflections — for the tutor"
            lens="Back up your ideas with evidence from this assignment; compare with the student's previous work, not their peers'."
          >
            {q('tutorBest')}
            {q('tutorImprovements')}
            {q('tutorStruggles')}
          </Section>
        </>
      )}
      {stage === 'during' && (
        <>
          <h2 id="cf-stage-title" tabIndex={-1}>
            During: agenda
          </h2>
          <fieldset>
            <legend>Nine-step agenda</legend>
            {CONFERENCE_AGENDA.map((a, i) => (
              <div key={a.n} class="agenda-step">
                {(i === 0 || CONFERENCE_AGENDA[i - 1].section !== a.section) && <h3>{a.section}</h3>}
                <Checkbox
                  id={`cf-agenda-${a.n}`}
                  label={`${a.n}) ${a.text}`}
                  checked={form.agendaDone.includes(a.n)}
                  onChange={(on) => set('agendaDone')(on ? [...form.agendaDone, a.n] : form.agendaDone.filter((n) => n !== a.n))}
                />
                {a.prompts.map((p) => (
                  <p key={p} class="quote">
                    “{p}”
                  </p>
                ))}
                {a.examples?.map((x) => (
                  <p key={x} class="quote">
                    Good example: “{x}”
                  </p>
                ))}
              </div>
            ))}
          </fieldset>
          <Section title="New goal" lens={CONFERENCE_AGENDA[5].lens}>
            <TextArea
              id="cf-goal"
              label="Goal"
              hint="The new goal for the next assignment, in the student's words."
              value={form.goal}
              onInput={set('goal')}
              error={errors.goal}
              required
            />
            <div class="row">
              <TextInput
                id="cf-target"
                label="Target"
                value={String(form.target ?? '')}
                onInput={set('target')}
                error={errors.target}
                placeholder="e.g. 70"
              />
              <TextInput id="cf-dueDate" type="date" label="Due date" value={form.dueDate} onInput={set('dueDate')} error={errors.dueDate} />
            </div>
          </Section>
          <fieldset data-error-for="steps" tabIndex={-1}>
            <legend>Action plan</legend>
            <p class="hint">Specific actions: what, when, how often, how effort is measured, and a backup plan.</p>
            {form.steps.map((s, i) => {
              const check = checkActionStep(s.action, s.whenHowOften);
              const id = `cf-steps-${i}-action`;
              const error = errors[`steps.${i}.action`];
              const warning = s.action.trim() && !check.specific ? check.hint : undefined;
              return (
                <div key={i} class="plan-step">
                  <h3>Step {i + 1}</h3>
                  <Field id={id} label="Specific action" error={error} warning={warning}>
                    <textarea
                      id={id}
                      value={s.action}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={describedBy(id, undefined, error, warning)}
                      placeholder="I will … on … to …"
                      onInput={(e) => setStep(i, 'action', (e.currentTarget as HTMLTextAreaElement).value)}
                    />
                  </Field>
                  {s.action.trim() && check.specific && (
                    <p class="ok hint" role="status">
                      Specific: says what and when.
                    </p>
                  )}
                  <TextInput
                    id={`cf-steps-${i}-whenHowOften`}
                    label="When / how often"
                    value={s.whenHowOften ?? ''}
                    onInput={(v) => setStep(i, 'whenHowOften', v)}
                    placeholder="Mondays and Wednesdays"
                  />
                  <TextInput
                    id={`cf-steps-${i}-effortMeasure`}
                    label="Measure of effort"
                    value={s.effortMeasure ?? ''}
                    onInput={(v) => setStep(i, 'effortMeasure', v)}
                    placeholder="Sessions attended each week"
                  />
                  <TextInput
                    id={`cf-steps-${i}-backupPlan`}
                    label="Backup plan"
                    value={s.backupPlan ?? ''}
                    onInput={(v) => setStep(i, 'backupPlan', v)}
                    placeholder="If I can't do Monday, Tuesday instead"
                  />
                  {form.steps.length > 1 && (
                    <button type="button" class="link" onClick={() => set('steps')(form.steps.filter((_, j) => j !== i))}>
                      Remove step {i + 1}
                    </button>
                  )}
                </div>
              );
            })}
            {errors.steps && (
              <p class="error" role="alert">
                {errors.steps}
              </p>
            )}
            {form.steps.length < MAX_PLAN_STEPS && (
              <button type="button" onClick={() => set('steps')([...form.steps, blankPlanStep()])}>
                Add a step
              </button>
            )}
          </fieldset>
        </>
      )}
      {stage === 'after' && (
        <>
          <h2 id="cf-stage-title" tabIndex={-1}>
            After: follow-up
          </h2>
          <div class="card">
            <p>Saving writes:</p>
            <ul>
              <li>the goal “{form.goal}” to the Goals Master List,</li>
              <li>
                {form.steps.length} action step{form.steps.length === 1 ? '' : 's'} to Action Steps,
              </li>
              <li>this conference to Conferences.</li>
            </ul>
          </div>
          {previous && (
            <Select
              id="cf-previousGoalOutcome"
              label={`Previous goal: “${previous.goal}”${previous.target !== null ? ` (target ${previous.target})` : ''}`}
              hint="Suggested from the new score against the previous target."
              value={form.previousGoalOutcome}
              options={PREVIOUS_GOAL_OUTCOMES}
              placeholder="Choose…"
              onChange={set('previousGoalOutcome') as (v: string) => void}
              error={errors.previousGoalOutcome}
            />
          )}
          <Checkbox id="cf-prioritized" label="Mark for targeted support" checked={form.prioritized} onChange={set('prioritized')} />
          <p class="hint indent">Prioritized students get regular check-ins, targeted praise and redirection.</p>
          <Checkbox
            id="cf-shareWithTeacher"
            label={`Share with the teacher (${glance.student.teacherEmail})`}
            checked={form.shareWithTeacher}
            onChange={set('shareWithTeacher')}
          />
          <Checkbox
            id="cf-shareWithFamily"
            label={`Share with the family${glance.student.familyContact ? ` (${glance.student.familyContact})` : ''}`}
            checked={form.shareWithFamily}
            onChange={set('shareWithFamily')}
          />
        </>
      )}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <div class="buttons">
        {stage !== 'before' && (
          <button type="button" onClick={() => goTo(CONFERENCE_STAGES[CONFERENCE_STAGES.indexOf(stage) - 1])}>
            Back
          </button>
        )}
        <button type="submit" class="action" disabled={busy}>
          {stage === 'after' ? (busy ? 'Saving…' : 'Save conference') : 'Next'}
        </button>
      </div>
    </form>
  );
}

/** A question's or answer's time in the reader's own time zone. */
function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function who(email: string, role: string, me: string): string {
  return `${email === me ? 'You' : email} (${role.toLowerCase()})`;
}

/** What a thread is about: one of the student's notes, a material's link, or the student in general (nothing shown). */
function About({ about, notes }: { about: string; notes: readonly NoteSummary[] }) {
  if (!about) return null;
  const note = notes.find((n) => n.noteId === about);
  return (
    <p class="muted about">
      About{' '}
      {note ? (
        <>
          the session note of {note.date}: {note.objective}
        </>
      ) : /^https:\/\//i.test(about) ? (
        <a href={about} target="_blank" rel="noopener noreferrer">
          a material
        </a>
      ) : (
        <>session note {about}</>
      )}
    </p>
  );
}

function Thread({
  thread,
  notes,
  me,
  onAnswered,
}: {
  thread: QuestionThread;
  notes: readonly NoteSummary[];
  me: string;
  onAnswered: (t: QuestionThread) => void;
}) {
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `qa-${thread.questionId}-`;

  async function reply(event: Event) {
    event.preventDefault();
    const input = { questionId: thread.questionId, text };
    const found = checkAnswer(input);
    if (Object.keys(found).length) {
      setErrors(found);
      focusFirstError(prefix, found);
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: 'Sending…' });
    try {
      const result = await serverCall('answerQuestion', input);
      if (!result.ok) {
        setErrors(result.errors);
        setStatus({ kind: 'error', text: result.errors.questionId ?? result.message });
        focusFirstError(prefix, result.errors);
        return;
      }
      setText('');
      setErrors({});
      setStatus(null);
      onAnswered(result.value);
    } catch (e) {
      setStatus({ kind: 'error', text: `Not sent: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="card thread" aria-label={`Question by ${who(thread.askedBy, thread.askedByRole, me)}`}>
      <div class="thread-head">
        <span class={`badge ${thread.status === 'Answered' ? 'green' : 'open'}`}>{thread.status}</span>
        <span class="muted">
          {who(thread.askedBy, thread.askedByRole, me)} · {when(thread.askedAt)}
        </span>
      </div>
      <About about={thread.about} notes={notes} />
      <p class="pre question">{thread.text}</p>
      {thread.answers.length > 0 && (
        <ul class="plain answers">
          {thread.answers.map((a) => (
            <li key={a.messageId}>
              <div class="muted">
                {who(a.author, a.authorRole, me)} · {when(a.postedAt)}
              </div>
              <p class="pre">{a.text}</p>
            </li>
          ))}
        </ul>
      )}
      {thread.status === 'Open' && (
        <form onSubmit={reply} noValidate aria-label="Reply to this question">
          <TextArea
            id={`${prefix}text`}
            label="Reply"
            value={text}
            onInput={(v) => {
              setText(v);
              setErrors({});
              setStatus(null);
            }}
            error={errors.text}
          />
          {status && <Notice kind={status.kind}>{status.text}</Notice>}
          <div class="buttons">
            <button type="submit" disabled={busy}>
              {busy ? 'Sending…' : 'Send reply'}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/** Tier 2: the student's threads with the teacher, newest first, and a form to ask about the student or a recent note. */
function QuestionsPanel({ glance, tier, me, active }: { glance: StudentGlance; tier: number; me: string; active: boolean }) {
  const studentId = glance.student.studentId;
  const [threads, setThreads] = useState<QuestionThread[] | null>(null);
  const [listStatus, setListStatus] = useState<Status>(null);
  const [about, setAbout] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const requested = useRef(false);

  // Loaded the first time the tab is opened, so tutors who never use it cost the server nothing.
  useEffect(() => {
    if (!active || tier < 2 || requested.current) return;
    requested.current = true;
    setListStatus({ kind: 'info', text: 'Loading questions…' });
    serverCall('listQuestions', studentId)
      .then((list) => {
        setThreads(list);
        setListStatus(null);
      })
      .catch((e: Error) => setListStatus({ kind: 'error', text: e.message }));
  }, [active, tier, studentId]);

  if (tier < 2) {
    return (
      <div class="card">
        <h3>Questions come with Tier 2</h3>
        <p>
          This program uses Tier 1 communication: passive sharing. Teachers share classroom materials and student data in the team's Drive folders,
          and your session notes reach the teacher through the team's notes view.
        </p>
        <p class="muted">
          At Tier 2, tutors and teachers ask each other questions about a student, a session note or a material, and answer them in threads here. The
          coordinator sets the tier on the Settings sheet.
        </p>
      </div>
    );
  }

  async function ask(event: Event) {
    event.preventDefault();
    const input = { studentId, about, text };
    const found = checkAsk(input);
    if (Object.keys(found).length) {
      setErrors(found);
      setStatus({ kind: 'error', text: 'Please fix the highlighted field. Nothing was sent yet.' });
      focusFirstError('q-', found);
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: 'Sending…' });
    try {
      const result = await serverCall('askQuestion', input);
      if (!result.ok) {
        setErrors(result.errors);
        setStatus({ kind: 'error', text: result.errors.studentId ?? result.message });
        focusFirstError('q-', result.errors);
        return;
      }
      setThreads((list) => [result.value, ...(list ?? [])]);
      setText('');
      setAbout('');
      setErrors({});
      setStatus({ kind: 'success', text: `Sent: your question about ${glance.student.name} is listed below as Open.` });
    } catch (e) {
      setStatus({ kind: 'error', text: `Not sent: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  }

  const edited = () => {
    setErrors({});
    setStatus((s) => (s?.kind === 'info' ? s : null));
  };
  const answered = (t: QuestionThread) => setThreads((list) => (list ?? []).map((x) => (x.questionId === t.questionId ? t : x)));
  return (
    <section aria-labelledby="q-title">
      <form onSubmit={ask} noValidate aria-label="Ask a question">
        <h2 id="q-title">Ask {glance.student.teacherEmail}</h2>
        <Select
          id="q-about"
          label="About"
          value={about}
          options={glance.recentNotes.map((n) => ({ value: n.noteId, label: `Session note ${n.date}: ${n.objective}` }))}
          placeholder={`${glance.student.name} in general`}
          onChange={(v) => {
            setAbout(v);
            edited();
          }}
          error={errors.about}
        />
        <TextArea
          id="q-text"
          label="Question"
          hint="e.g. Which of these topics is most important to cover in tutoring tomorrow?"
          value={text}
          onInput={(v) => {
            setText(v);
            edited();
          }}
          error={errors.text}
          required
        />
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
        <div class="buttons">
          <button type="submit" class="action" disabled={busy}>
            {busy ? 'Sending…' : 'Send question'}
          </button>
        </div>
      </form>
      <h2>Threads</h2>
      {listStatus && <Notice kind={listStatus.kind}>{listStatus.text}</Notice>}
      {threads &&
        (threads.length === 0 ? (
          <p class="muted">No questions about {glance.student.name} yet.</p>
        ) : (
          <ul class="threads">
            {threads.map((t) => (
              <Thread key={t.questionId} thread={t} notes={glance.recentNotes} me={me} onAnswered={answered} />
            ))}
          </ul>
        ))}
    </section>
  );
}

function StudentPicker({ roster, value, onChange }: { roster: TutorRosterView; value: string; onChange: (id: string) => void }) {
  const mine = roster.students.filter((s) => s.mine);
  const others = roster.students.filter((s) => !s.mine);
  const option = (s: RosterEntry) => (
    <option key={s.studentId} value={s.studentId}>
      {s.name} — {s.team}
    </option>
  );
  return (
    <Field id="student" label="Student">
      <select id="student" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">Choose a student…</option>
        {mine.length > 0 && <optgroup label="My students">{mine.map(option)}</optgroup>}
        {others.length > 0 && <optgroup label={mine.length > 0 ? 'Other students' : 'All students'}>{others.map(option)}</optgroup>}
      </select>
    </Field>
  );
}

function Tabs({ tab, onChange }: { tab: Tab; onChange: (t: Tab) => void }) {
  const onKeyDown = (e: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!move) return;
    e.preventDefault();
    const next = TABS[(at + move + TABS.length) % TABS.length].id;
    onChange(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label="Tutor tools" onKeyDown={onKeyDown}>
      {TABS.map((t) => (
        <button
          key={t.id}
          id={`tab-${t.id}`}
          type="button"
          role="tab"
          aria-selected={tab === t.id}
          aria-controls={`panel-${t.id}`}
          tabIndex={tab === t.id ? 0 : -1}
          onClick={() => onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

function TutorSidebar() {
  const [roster, setRoster] = useState<TutorRosterView | null>(null);
  const [studentId, setStudentId] = useState('');
  const [glance, setGlance] = useState<StudentGlance | null>(null);
  const [tab, setTab] = useState<Tab>('glance');
  const [status, setStatus] = useState<Status>({ kind: 'info', text: 'Loading the roster…' });
  const [prompts, setPrompts] = useState<Prompt[]>([]);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    serverCall('tutorRoster')
      .then((r) => {
        setRoster(r);
        setStatus(r.students.length ? null : { kind: 'warn', text: 'The Roster has no active students yet.' });
      })
      .catch((e: Error) => setStatus({ kind: 'error', text: e.message }));
  }, []);

  const load = (id: string) =>
    serverCall('tutorStudentGlance', id)
      .then((g) => {
        setGlance(g);
        setStatus(null);
      })
      .catch((e: Error) => setStatus({ kind: 'error', text: e.message }));

  function pick(id: string) {
    setStudentId(id);
    setGlance(null);
    setPrompts([]);
    setFormKey((k) => k + 1);
    if (!id) return;
    setStatus({ kind: 'info', text: 'Loading…' });
    void load(id);
  }

  const saved = (next: Prompt[]) => {
    setPrompts(next);
    void load(studentId);
  };

  return (
    <main class="tutor">
      {roster && <StudentPicker roster={roster} value={studentId} onChange={pick} />}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {glance && roster && (
        <>
          <Tabs tab={tab} onChange={setTab} />
          <PromptList prompts={prompts} />
          <div id="panel-glance" role="tabpanel" aria-labelledby="tab-glance" hidden={tab !== 'glance'}>
            <Glance glance={glance} />
          </div>
          <div id="panel-note" role="tabpanel" aria-labelledby="tab-note" hidden={tab !== 'note'}>
            <SessionNotePanel key={`note-${formKey}`} glance={glance} today={roster.today} onSaved={saved} />
          </div>
          <div id="panel-conference" role="tabpanel" aria-labelledby="tab-conference" hidden={tab !== 'conference'}>
            <ConferencePanel key={`conference-${formKey}`} glance={glance} today={roster.today} onSaved={saved} />
          </div>
          <div id="panel-questions" role="tabpanel" aria-labelledby="tab-questions" hidden={tab !== 'questions'}>
            <QuestionsPanel key={`questions-${formKey}`} glance={glance} tier={roster.tier} me={roster.tutorEmail} active={tab === 'questions'} />
          </div>
        </>
      )}
    </main>
  );
}

mount(TutorSidebar);
