// The goal-setting conference as a guided before / during / after flow (seed 003).

import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  blankConference,
  blankPlanStep,
  CONFERENCE_STAGES,
  type ConferenceStage,
  checkConference,
  conferenceAgenda,
  MAX_PLAN_STEPS,
  PREVIOUS_GOAL_OUTCOMES,
  stageErrors,
  stageOf,
  suggestedOutcome,
} from '../../core/conference-form';
import { plural } from '../../core/i18n/catalog';
import { conferenceQuestionText, conferenceText } from '../../core/i18n/messages/tutor-conference';
import type { Prompt } from '../../core/praise';
import type { FieldErrors } from '../../core/result';
import { checkActionStep, type VagueStep, vagueSteps } from '../../core/specificity';
import type { StudentGlance } from '../../core/tutor-view';
import { mailtoHref } from '../../core/validation/email';
import { Checkbox, describedBy, Field, Notice, Scale, Select, TextArea, TextInput } from '../components/fields';
import { PAGE_LOCALE, textOf } from '../i18n';
import { serverCall } from '../rpc';
import { missingInWords } from './note-messages';
import { LandedError, newSaveKey, saveOnce } from './save-once';
import { type ConferenceFormState, focusFirstError, type Status } from './shared';

const t = textOf(conferenceText);
/** The nine-step agenda in the page's language. */
const AGENDA = conferenceAgenda(PAGE_LOCALE);
/** A reflection question of the seed, by field, in the page's language. */
const conferenceQuestion = (key: string): string => (conferenceQuestionText[PAGE_LOCALE] as Record<string, string>)[key] ?? '';
/** A previous goal's outcome as stored (Met / Not met / Revised) in the page's language. */
const outcome = (status: string) => (status === 'Met' || status === 'Not met' || status === 'Revised' ? t(status) : status);

/** What a conference form holds that a tutor typed (the save key aside): equal to a blank form's means nothing to lose. */
const typed = (f: ConferenceFormState) => JSON.stringify({ ...f, saveKey: '' });

/** Asked once before saving a plan with vague steps: each step named with what it leaves out, then "Save anyway?". */
function VagueQuestion({ steps }: { steps: readonly VagueStep[] }) {
  return (
    <div class="notice warn" role="alert" id="cf-vague">
      {steps.map((v) => (
        <p key={v.index}>{t('vagueStep', { n: v.index + 1, action: v.action, missing: missingInWords(t, v.missing) })}</p>
      ))}
      <p>
        <strong>{t('vagueAsk')}</strong>
      </p>
    </div>
  );
}

export function StageList({ stage }: { stage: ConferenceStage }) {
  const names: Record<ConferenceStage, string> = { before: t('stageBefore'), during: t('stageDuring'), after: t('stageAfter') };
  const at = CONFERENCE_STAGES.indexOf(stage);
  return (
    <ol class="steps" aria-label={t('stages')}>
      {CONFERENCE_STAGES.map((s, i) => (
        <li key={s} class={i === at ? 'current' : i < at ? 'done' : ''} aria-current={i === at ? 'step' : undefined}>
          {names[s]}
        </li>
      ))}
    </ol>
  );
}

export function Section({ title, lens, children }: { title: string; lens?: string; children: ComponentChildren }) {
  return (
    <fieldset>
      <legend>{title}</legend>
      {lens && <p class="hint lens">{lens}</p>}
      {children}
    </fieldset>
  );
}

export function ConferencePanel({
  glance,
  today,
  onSaved,
  onDirty,
}: {
  glance: StudentGlance;
  today: string;
  onSaved: (prompts: Prompt[]) => void;
  /** Whether the form holds something typed and not saved (the sidebar asks before discarding it). */
  onDirty?: (dirty: boolean) => void;
}) {
  const previous = glance.activeGoal;
  const blank = (): ConferenceFormState => ({
    ...blankConference(glance.student.studentId, today, glance.effort.text, newSaveKey()),
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
  const [pristine, setPristine] = useState(() => typed(form));
  /** The vague steps the tutor was asked about, as the plan stood then: the next Save saves; a changed plan asks again. */
  const [askedAbout, setAskedAbout] = useState<string | null>(null);
  const vague = useMemo(() => vagueSteps(form.steps), [form.steps]);
  const asking = askedAbout !== null && askedAbout === JSON.stringify(form.steps) && vague.length > 0;
  const dirty = done === null && typed(form) !== pristine;
  useEffect(() => onDirty?.(dirty), [dirty]);

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
  // The student and the tutor answer the same reflection questions, keyed `student…` and `tutor…`.
  const overallReflections = (who: 'student' | 'tutor') => {
    const confidence = `${who}Confidence` as const;
    return (
      <>
        <Scale
          id={`cf-${confidence}`}
          label={conferenceQuestion(confidence)}
          hint={t('confidenceScale')}
          value={form[confidence]}
          max={5}
          onChange={set(confidence)}
          error={errors[confidence]}
        />
        {q(`${who}MostConfident`)}
        {q(`${who}LeastConfident`)}
        {q(`${who}Actions`)}
        {q(`${who}PrepareBetter`)}
      </>
    );
  };
  const dataReflections = (who: 'student' | 'tutor') => (
    <>
      {q(`${who}Best`)}
      {q(`${who}Improvements`)}
      {q(`${who}Struggles`)}
    </>
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
    const checked = checkConference(form, PAGE_LOCALE);
    const mine = checked.ok ? {} : stageErrors(checked.errors, stage);
    setErrors(mine);
    if (Object.keys(mine).length > 0) {
      setStatus({ kind: 'error', text: t('fixBeforeNext') });
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
    const checked = checkConference(form, PAGE_LOCALE);
    if (!checked.ok) {
      setErrors(checked.errors);
      const firstStage = stageOf(Object.keys(checked.errors)[0]);
      if (firstStage !== stage) goTo(firstStage);
      setStatus({ kind: 'error', text: t('fixConference') });
      focusFirstError('cf-', checked.errors);
      return;
    }
    if (vague.length > 0 && !asking) {
      setAskedAbout(JSON.stringify(form.steps));
      setStatus(null);
      requestAnimationFrame(() => document.getElementById('cf-vague')?.scrollIntoView({ block: 'nearest' }));
      return;
    }
    setAskedAbout(null);
    setBusy(true);
    setStatus({ kind: 'info', text: t('saving') });
    try {
      const result = await saveOnce(() => serverCall('tutorSaveConference', form, PAGE_LOCALE), form.saveKey, form.studentId);
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
        text: `${plural(t, v.stepIds.length, 'savedOne', 'savedMany')}${v.previousGoal ? ` ${t('previousMarked', { status: outcome(v.previousGoal.status) })}` : ''}`,
      });
      setDone({ teacher: v.teacherMessage, family: v.familyMessage });
      onSaved(v.prompts);
    } catch (e) {
      if (e instanceof LandedError) {
        setStatus({ kind: 'success', text: e.message });
        setDone({ teacher: null, family: null });
        onSaved([]);
        return;
      }
      setStatus({ kind: 'error', text: t('notSaved', { error: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    const mailto = (m: { to: string; subject: string; body: string }) => mailtoHref(m.to, m.subject, m.body);
    return (
      <div>
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
        {done.teacher && (
          <p>
            <a href={mailto(done.teacher)} target="_blank" rel="noopener">
              {t('emailPlan', { to: done.teacher.to })}
            </a>
          </p>
        )}
        {done.family && (
          <div class="card">
            <h3>{t('shareFamily')}</h3>
            {done.family.to ? (
              <a href={mailto(done.family)} target="_blank" rel="noopener">
                {t('emailTo', { to: done.family.to })}
              </a>
            ) : (
              <p>{t('callHome', { contact: done.family.contact || t('noContact') })}</p>
            )}
            <p class="hint">{t('tellFirst')}</p>
          </div>
        )}
        <div class="buttons">
          <button
            type="button"
            onClick={() => {
              setDone(null);
              const next = blank();
              setForm(next);
              setPristine(typed(next));
              setStage('before');
              setStatus(null);
            }}
          >
            {t('another')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('form')}>
      <div ref={top} />
      <StageList stage={stage} />
      {stage === 'before' && (
        <>
          <h2 id="cf-stage-title" tabIndex={-1}>
            {t('before')}
          </h2>
          <p class="hint">{t('beforeHint')}</p>
          <Section title={t('dataShare')} lens={t('dataLens')}>
            <TextInput
              id="cf-conferenceDate"
              type="date"
              label={t('date')}
              value={form.conferenceDate}
              onInput={set('conferenceDate')}
              error={errors.conferenceDate}
              required
            />
            <TextInput id="cf-assessment" label={t('assessment')} value={form.assessment} onInput={set('assessment')} error={errors.assessment} />
            <TextInput
              id="cf-score"
              label={t('score')}
              value={String(form.score ?? '')}
              onInput={set('score')}
              error={errors.score}
              placeholder="e.g. 58"
            />
            <TextArea
              id="cf-effortData"
              label={t('effort')}
              hint={t('effortHint')}
              value={form.effortData}
              onInput={set('effortData')}
              error={errors.effortData}
            />
            <TextArea
              id="cf-academicData"
              label={t('academic')}
              hint={conferenceQuestion('academicData')}
              value={form.academicData}
              onInput={set('academicData')}
              error={errors.academicData}
            />
          </Section>
          <Section title={t('overallStudent')} lens={t('overallStudentLens')}>
            {overallReflections('student')}
          </Section>
          <Section title={t('overallTutor')} lens={t('overallTutorLens')}>
            {overallReflections('tutor')}
          </Section>
          <Section title={t('dataStudent')}>{dataReflections('student')}</Section>
          <Section title={t('dataTutor')} lens={t('dataTutorLens')}>
            {dataReflections('tutor')}
          </Section>
        </>
      )}
      {stage === 'during' && (
        <>
          <h2 id="cf-stage-title" tabIndex={-1}>
            {t('during')}
          </h2>
          <fieldset>
            <legend>{t('agenda')}</legend>
            {AGENDA.map((a, i) => (
              <div key={a.n} class="agenda-step">
                {(i === 0 || AGENDA[i - 1].section !== a.section) && <h3>{a.section}</h3>}
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
                    {x}
                  </p>
                ))}
              </div>
            ))}
          </fieldset>
          <Section title={t('newGoal')} lens={AGENDA[5].lens}>
            <TextArea id="cf-goal" label={t('goal')} hint={t('goalHint')} value={form.goal} onInput={set('goal')} error={errors.goal} required />
            <div class="row">
              <TextInput
                id="cf-target"
                label={t('target')}
                value={String(form.target ?? '')}
                onInput={set('target')}
                error={errors.target}
                placeholder="e.g. 70"
              />
              <TextInput id="cf-dueDate" type="date" label={t('dueDate')} value={form.dueDate} onInput={set('dueDate')} error={errors.dueDate} />
            </div>
          </Section>
          <fieldset data-error-for="steps" tabIndex={-1}>
            <legend>{t('plan')}</legend>
            <p class="hint">{t('planHint')}</p>
            {form.steps.map((s, i) => {
              const check = checkActionStep(s.action, s.whenHowOften, PAGE_LOCALE);
              const id = `cf-steps-${i}-action`;
              const error = errors[`steps.${i}.action`];
              const warning = s.action.trim() && !check.specific ? check.hint : undefined;
              return (
                <div key={i} class="plan-step">
                  <h3>{t('step', { n: i + 1 })}</h3>
                  <Field id={id} label={t('action')} error={error} warning={warning}>
                    <textarea
                      id={id}
                      value={s.action}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={describedBy(id, undefined, error, warning)}
                      placeholder={t('actionPlaceholder')}
                      onInput={(e) => setStep(i, 'action', (e.currentTarget as HTMLTextAreaElement).value)}
                    />
                  </Field>
                  {s.action.trim() && check.specific && (
                    <p class="ok hint" role="status">
                      {t('specific')}
                    </p>
                  )}
                  <TextInput
                    id={`cf-steps-${i}-whenHowOften`}
                    label={t('when')}
                    value={s.whenHowOften ?? ''}
                    onInput={(v) => setStep(i, 'whenHowOften', v)}
                    placeholder={t('whenPlaceholder')}
                  />
                  <TextInput
                    id={`cf-steps-${i}-effortMeasure`}
                    label={t('measure')}
                    value={s.effortMeasure ?? ''}
                    onInput={(v) => setStep(i, 'effortMeasure', v)}
                    placeholder={t('measurePlaceholder')}
                  />
                  <TextInput
                    id={`cf-steps-${i}-backupPlan`}
                    label={t('backup')}
                    value={s.backupPlan ?? ''}
                    onInput={(v) => setStep(i, 'backupPlan', v)}
                    placeholder={t('backupPlaceholder')}
                  />
                  {form.steps.length > 1 && (
                    <button type="button" class="link" onClick={() => set('steps')(form.steps.filter((_, j) => j !== i))}>
                      {t('removeStep', { n: i + 1 })}
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
                {t('addStep')}
              </button>
            )}
          </fieldset>
        </>
      )}
      {stage === 'after' && (
        <>
          <h2 id="cf-stage-title" tabIndex={-1}>
            {t('after')}
          </h2>
          <div class="card">
            <p>{t('writes')}</p>
            <ul>
              <li>{t('writesGoal', { goal: form.goal })}</li>
              <li>{plural(t, form.steps.length, 'writesOneStep', 'writesSteps')}</li>
              <li>{t('writesConference')}</li>
            </ul>
          </div>
          {previous && (
            <Select
              id="cf-previousGoalOutcome"
              label={
                previous.target !== null
                  ? t('previousTarget', { goal: previous.goal, target: previous.target })
                  : t('previous', { goal: previous.goal })
              }
              hint={t('previousHint')}
              value={form.previousGoalOutcome}
              options={PREVIOUS_GOAL_OUTCOMES.map((value) => ({ value, label: t(value) }))}
              placeholder={t('choose')}
              onChange={set('previousGoalOutcome') as (v: string) => void}
              error={errors.previousGoalOutcome}
            />
          )}
          <Checkbox id="cf-prioritized" label={t('prioritize')} checked={form.prioritized} onChange={set('prioritized')} />
          <p class="hint indent">{t('prioritizeHint')}</p>
          <Checkbox
            id="cf-shareWithTeacher"
            label={t('shareTeacher', { teacher: glance.student.teacherEmail })}
            checked={form.shareWithTeacher}
            onChange={set('shareWithTeacher')}
          />
          <Checkbox
            id="cf-shareWithFamily"
            label={glance.student.familyContact ? t('shareFamilyWith', { contact: glance.student.familyContact }) : t('shareFamily')}
            checked={form.shareWithFamily}
            onChange={set('shareWithFamily')}
          />
        </>
      )}
      <div class="buttons sticky">
        {asking && <VagueQuestion steps={vague} />}
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
        {stage !== 'before' && (
          <button type="button" onClick={() => goTo(CONFERENCE_STAGES[CONFERENCE_STAGES.indexOf(stage) - 1])}>
            {t('back')}
          </button>
        )}
        <button type="submit" class="action" disabled={busy}>
          {t(stage === 'after' ? (busy ? 'saving' : asking ? 'saveAnyway' : 'save') : 'next')}
        </button>
      </div>
    </form>
  );
}

/** A question's or answer's time in the reader's own time zone. */
