// The session-note form (seed 004, Tier 1 notes) with this session's action-step check-offs.

import { useEffect, useState } from 'preact/hooks';
import { DEGREE_SCALE, FOLLOW_THROUGH, LEVEL_CHOICES } from '../../core/model';
import { type Prompt, promptsAfterCheckOff } from '../../core/praise';
import type { FieldErrors } from '../../core/result';
import { blankSessionNote, checkSessionNote } from '../../core/session-note-form';
import type { StudentGlance } from '../../core/tutor-view';
import { Checkbox, Notice, Scale, Select, TextArea, TextInput } from '../components/fields';
import { serverCall } from '../rpc';
import { LandedError, newSaveKey, saveOnce } from './save-once';
import { focusFirstError, type NoteForm, noteHint, noteLabel, type Status } from './shared';

export function SessionNotePanel({ glance, today, onSaved }: { glance: StudentGlance; today: string; onSaved: (prompts: Prompt[]) => void }) {
  const blank = (): NoteForm => ({
    ...blankSessionNote(glance.student.studentId, today, newSaveKey()),
    checkOffs: glance.steps.map((s) => ({ stepId: s.stepId, done: false })),
  });
  const [form, setForm] = useState<NoteForm>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
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
    try {
      const result = await saveOnce(() => serverCall('tutorSaveSessionNote', form), form.saveKey, form.studentId);
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
      setErrors({});
      setForm(blank());
      onSaved(prompts);
    } catch (e) {
      if (e instanceof LandedError) {
        setStatus({ kind: 'success', text: e.message });
        setForm(blank());
        onSaved([]);
        return;
      }
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
      {text('familySummary')}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      <div class="buttons">
        <button type="submit" class="action" disabled={busy}>
          {busy ? 'Saving…' : 'Save session note'}
        </button>
      </div>
    </form>
  );
}
