// The session-note form (seed 004, Tier 1 notes) with this session's action-step check-offs: what every session
// needs first, the rest in sections a busy tutor opens when there is more to say, and Save in a bar that stays in view
// with its result and the praise/redirect prompts beside it.

import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../core/i18n/format';
import { noteFieldText } from '../../core/i18n/messages/tutor-note-fields';
import { noteFormText } from '../../core/i18n/messages/tutor-note-form';
import { tutorText } from '../../core/i18n/messages/tutor-sidebar';
import { FOLLOW_THROUGH, LEVEL_CHOICES } from '../../core/model';
import type { Prompt } from '../../core/praise';
import type { FieldErrors } from '../../core/result';
import { blankSessionNote, checkSessionNote } from '../../core/session-note-form';
import type { StudentGlance } from '../../core/tutor-view';
import { Checkbox, Notice, Scale, Select, TextArea, TextInput } from '../components/fields';
import { PAGE_LOCALE, textOf } from '../i18n';
import { loadPart } from '../part-loader';
import type * as FamilyPart from '../parts/family';
import { serverCall } from '../rpc';
import { savedNoteMessage } from './note-messages';
import { LandedError, newSaveKey, saveOnce } from './save-once';
import { focusFirstError, type NoteForm, noteHint, noteLabel, PromptList, type Status } from './shared';

const t = textOf(noteFormText);
const say = textOf(tutorText);
const field = textOf(noteFieldText);
/** The 1–4 scale's words and a choice list's labels in the page's language (the values stay the sheet's). */
const DEGREE_LABELS = [field('degree1'), field('degree2'), field('degree3'), field('degree4')];
const options = (values: readonly (typeof FOLLOW_THROUGH)[number][] | readonly (typeof LEVEL_CHOICES)[number][]) =>
  values.map((value) => ({ value, label: field(value) }));

/** The optional sections and the fields each holds (every field keeps its name: they are the sheet's columns). */
const SECTIONS = {
  academic: ['rationale', 'topicsSkills', 'materials', 'assignments', 'assessmentData'],
  behavior: ['engagement', 'focusMotivation', 'promptingNeeded'],
  shared: ['studentShared', 'questionsForTeacher'],
} as const satisfies Record<string, readonly (keyof NoteForm)[]>;
type SectionId = keyof typeof SECTIONS;

/** What the tutor has typed, without the form's save key: equal to a blank form's means nothing would be lost. */
const typed = (f: NoteForm) => JSON.stringify({ ...f, saveKey: '' });

function Section(p: { id: SectionId; open: boolean; onToggle: (open: boolean) => void; filled: number; children: ComponentChildren }) {
  return (
    <details id={`sn-section-${p.id}`} class="section" open={p.open} onToggle={(e) => p.onToggle((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {t(p.id)}
        {p.filled > 0 && <span class="muted"> · {t('filled', { n: p.filled })}</span>}
      </summary>
      {p.children}
    </details>
  );
}

export function SessionNotePanel({
  glance,
  today,
  onSaved,
  onDirty,
}: {
  glance: StudentGlance;
  today: string;
  /** After a save landed: the sidebar reloads the glance (the prompts are shown here, beside Save). */
  onSaved: () => void;
  /** Whether the form holds something typed and not saved (the sidebar asks before discarding it). */
  onDirty?: (dirty: boolean) => void;
}) {
  const blank = (): NoteForm => ({
    ...blankSessionNote(glance.student.studentId, today, newSaveKey()),
    checkOffs: glance.steps.map((s) => ({ stepId: s.stepId, done: false })),
  });
  const [form, setForm] = useState<NoteForm>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [prompts, setPrompts] = useState<Prompt[]>([]);
  const [open, setOpen] = useState<Record<SectionId, boolean>>({ academic: false, behavior: false, shared: false });
  const [pristine, setPristine] = useState(() => typed(form));
  const messages = useRef<HTMLDivElement>(null);
  const dirty = useMemo(() => typed(form) !== pristine, [form, pristine]);
  useEffect(() => onDirty?.(dirty), [dirty]);

  /** A fresh form after a save: what is blank now is what "nothing typed" means. */
  const reset = () => {
    const next = blank();
    setForm(next);
    setPristine(typed(next));
  };
  /** The result and prompts sit just above the Save bar: scrolled to and focused, so the eye and a screen reader land there. */
  const showMessages = () =>
    requestAnimationFrame(() => {
      messages.current?.scrollIntoView({ block: 'end' });
      messages.current?.focus();
    });
  /** Opens the sections holding a field with an error, so focus can reach it. */
  const openErrors = (errs: FieldErrors) =>
    setOpen((o) => {
      const next = { ...o };
      for (const [id, keys] of Object.entries(SECTIONS) as [SectionId, readonly string[]][]) if (keys.some((k) => errs[k])) next[id] = true;
      return next;
    });
  const filled = (id: SectionId) => SECTIONS[id].filter((k) => String(form[k] ?? '') !== '').length;
  const section = (id: SectionId, children: ComponentChildren) => (
    <Section id={id} open={open[id]} onToggle={(o) => setOpen((s) => ({ ...s, [id]: o }))} filled={filled(id)}>
      {children}
    </Section>
  );

  // A reloaded glance (after a conference adds steps) keeps the ticks already made on steps still open.
  useEffect(() => {
    const withSteps = (f: NoteForm): NoteForm => ({
      ...f,
      checkOffs: glance.steps.map((s) => ({ stepId: s.stepId, done: f.checkOffs.find((c) => c.stepId === s.stepId)?.done === true })),
    });
    setForm(withSteps);
    setPristine((p) => typed(withSteps(JSON.parse(p) as NoteForm)));
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
    const checked = checkSessionNote(form, PAGE_LOCALE);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ kind: 'error', text: say('fixNote') });
      openErrors(checked.errors);
      focusFirstError('sn-', checked.errors);
      return;
    }
    setBusy(true);
    setPrompts([]);
    setStatus({ kind: 'info', text: say('saving') });
    try {
      const result = await saveOnce(() => serverCall('tutorSaveSessionNote', form, PAGE_LOCALE), form.saveKey, form.studentId);
      if (!result.ok) {
        setErrors(result.errors);
        setStatus({ kind: 'error', text: result.message });
        openErrors(result.errors);
        focusFirstError('sn-', result.errors);
        return;
      }
      const facts = {
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
        locale: PAGE_LOCALE,
      };
      setStatus({
        kind: 'success',
        text: savedNoteMessage(t, glance.student.name, formatDate(PAGE_LOCALE, form.date), form.checkOffs, Boolean(result.value.questionId)),
      });
      // The prompts' rules ship in the family part (already loaded with the glance), keeping the sidebar within 60 KB.
      void loadPart<typeof FamilyPart>('family')
        .then((part) => {
          setPrompts(part.promptsAfterCheckOff(facts));
          showMessages();
        })
        .catch(() => setPrompts([]));
      setErrors({});
      reset();
      showMessages();
      onSaved();
    } catch (e) {
      if (e instanceof LandedError) {
        setStatus({ kind: 'success', text: e.message });
        reset();
        showMessages();
        onSaved();
        return;
      }
      setStatus({ kind: 'error', text: say('notSaved', { error: (e as Error).message }) });
      showMessages();
    } finally {
      setBusy(false);
    }
  }

  const followWhyNeeded = form.followThrough === 'Partly' || form.followThrough === 'No';
  return (
    <form onSubmit={submit} noValidate aria-label={say('noteForm')}>
      <h2>{t('essentials')}</h2>
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
      <TextArea
        id="sn-objective"
        label={noteLabel('objective')}
        hint={noteHint('objective')}
        value={form.objective}
        onInput={set('objective')}
        error={errors.objective}
        required
      />
      <Scale
        id="sn-degreeAccomplished"
        label={noteLabel('degreeAccomplished')}
        hint={DEGREE_LABELS.join(' · ')}
        value={form.degreeAccomplished}
        max={4}
        labels={DEGREE_LABELS}
        onChange={set('degreeAccomplished')}
        error={errors.degreeAccomplished}
      />
      {glance.steps.length > 0 ? (
        <fieldset data-error-for="checkOffs" tabIndex={-1}>
          <legend>{say('stepsDone')}</legend>
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
        <p class="muted">{say('noOpenSteps')}</p>
      )}
      <Select
        id="sn-followThrough"
        label={noteLabel('followThrough')}
        hint={noteHint('followThrough')}
        value={form.followThrough}
        options={options(FOLLOW_THROUGH)}
        placeholder="—"
        onChange={set('followThrough') as (v: string) => void}
        error={errors.followThrough}
      />
      {(form.followThrough !== '' || form.followThroughWhy !== '' || errors.followThroughWhy) && (
        <TextArea
          id="sn-followThroughWhy"
          label={noteLabel('followThroughWhy')}
          value={form.followThroughWhy}
          onInput={set('followThroughWhy')}
          error={errors.followThroughWhy}
          required={followWhyNeeded}
        />
      )}
      {section(
        'academic',
        <>
          {text('rationale')}
          {text('topicsSkills')}
          {text('materials')}
          {text('assignments')}
          {text('assessmentData')}
        </>,
      )}
      {section(
        'behavior',
        <>
          {text('engagement')}
          <div class="row">
            <Select
              id="sn-focusMotivation"
              label={noteLabel('focusMotivation')}
              value={form.focusMotivation}
              options={options(LEVEL_CHOICES)}
              placeholder="—"
              onChange={set('focusMotivation') as (v: string) => void}
              error={errors.focusMotivation}
            />
            <Select
              id="sn-promptingNeeded"
              label={noteLabel('promptingNeeded')}
              value={form.promptingNeeded}
              options={options(LEVEL_CHOICES)}
              placeholder="—"
              onChange={set('promptingNeeded') as (v: string) => void}
              error={errors.promptingNeeded}
            />
          </div>
        </>,
      )}
      {section(
        'shared',
        <>
          {text('studentShared')}
          {text('questionsForTeacher')}
        </>,
      )}
      <div class="messages" ref={messages} tabIndex={-1}>
        <PromptList prompts={prompts} />
      </div>
      <div class="buttons sticky">
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
        <button type="submit" class="action" disabled={busy}>
          {say(busy ? 'saving' : 'saveNote')}
        </button>
      </div>
    </form>
  );
}
