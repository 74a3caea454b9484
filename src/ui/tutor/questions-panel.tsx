// Tier 2 threaded questions between tutor and teacher about a student, a note or a material (seed 004).

import { useEffect, useRef, useState } from 'preact/hooks';
import { checkAnswer, checkAsk, type QuestionThread } from '../../core/drive-questions';
import { formatDate } from '../../core/i18n/format';
import { questionsText } from '../../core/i18n/messages/tutor-questions';
import type { FieldErrors } from '../../core/result';
import type { NoteSummary, StudentGlance } from '../../core/tutor-view';
import { Notice, Select, TextArea } from '../components/fields';
import { PAGE_LOCALE, textOf } from '../i18n';
import { serverCall } from '../rpc';
import { LandedError, newSaveKey, saveOnce } from './save-once';
import { focusFirstError, type Status } from './shared';

const t = textOf(questionsText);
const two = (n: number) => String(n).padStart(2, '0');

/** A moment as the page's language writes dates ("Mon 12 Oct 2026 15:30", local time), the one date style everywhere. */
export function when(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  return `${formatDate(PAGE_LOCALE, day)} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

export function who(email: string, role: string, me: string): string {
  const r = role.toLowerCase();
  const roleWord = r === 'teacher' || r === 'tutor' || r === 'coordinator' ? t(r) : r;
  return `${email === me ? t('you') : email} (${roleWord})`;
}

/**
 * What a thread is about: one of the student's notes, a material's link, or the student in general (nothing shown). A
 * thread the note's own "Questions for the teacher" opened (`fromNote`: its ids share the note's save key) says so.
 */
export function About({ about, notes, fromNote = false }: { about: string; notes: readonly NoteSummary[]; fromNote?: boolean }) {
  if (!about) return null;
  const note = notes.find((n) => n.noteId === about);
  return (
    <p class="muted about">
      {note ? (
        t(fromNote ? 'fromNote' : 'aboutNote', { date: formatDate(PAGE_LOCALE, note.date), objective: note.objective })
      ) : /^https:\/\//i.test(about) ? (
        <>
          {t('about')}{' '}
          <a href={about} target="_blank" rel="noopener noreferrer">
            {t('aMaterial')}
          </a>
        </>
      ) : (
        t('aboutId', { id: about })
      )}
    </p>
  );
}

/** Whether a thread was opened by saving the note it is about (question "Q-<key>" about note "N-<key>"). */
export const openedByNote = (thread: Pick<QuestionThread, 'questionId' | 'about'>): boolean =>
  thread.about.startsWith('N-') && thread.questionId === `Q-${thread.about.slice(2)}`;

export function Thread({
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
  const [saveKey, setSaveKey] = useState(newSaveKey);
  const prefix = `qa-${thread.questionId}-`;

  async function reply(event: Event) {
    event.preventDefault();
    const input = { questionId: thread.questionId, studentId: thread.studentId, text, saveKey };
    const found = checkAnswer(input, PAGE_LOCALE);
    if (Object.keys(found).length) {
      setErrors(found);
      focusFirstError(prefix, found);
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: t('sending') });
    try {
      const result = await saveOnce(() => serverCall('answerQuestion', input), saveKey, thread.studentId);
      if (!result.ok) {
        setErrors(result.errors);
        setStatus({ kind: 'error', text: result.errors.questionId ?? result.message });
        focusFirstError(prefix, result.errors);
        return;
      }
      setText('');
      setErrors({});
      setStatus(null);
      setSaveKey(newSaveKey());
      onAnswered(result.value);
    } catch (e) {
      if (e instanceof LandedError) {
        setText('');
        setSaveKey(newSaveKey());
        setStatus({ kind: 'success', text: e.message });
        return;
      }
      setStatus({ kind: 'error', text: t('notSent', { error: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="card thread" aria-label={t('questionBy', { who: who(thread.askedBy, thread.askedByRole, me) })}>
      <div class="thread-head">
        <span class={`badge ${thread.status === 'Answered' ? 'green' : 'open'}`}>
          {thread.status === 'Answered' || thread.status === 'Open' ? t(thread.status) : thread.status}
        </span>
        <span class="muted">
          {who(thread.askedBy, thread.askedByRole, me)} · {when(thread.askedAt)}
        </span>
      </div>
      <About about={thread.about} notes={notes} fromNote={openedByNote(thread)} />
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
        <form onSubmit={reply} noValidate aria-label={t('replyForm')}>
          <TextArea
            id={`${prefix}text`}
            label={t('reply')}
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
              {t(busy ? 'sending' : 'sendReply')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/** Tier 2: the student's threads with the teacher, newest first, and a form to ask about the student or a recent note. */
export function QuestionsPanel({ glance, tier, me, active }: { glance: StudentGlance; tier: number; me: string; active: boolean }) {
  const studentId = glance.student.studentId;
  const [threads, setThreads] = useState<QuestionThread[] | null>(null);
  const [listStatus, setListStatus] = useState<Status>(null);
  const [about, setAbout] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [saveKey, setSaveKey] = useState(newSaveKey);
  const requested = useRef(false);

  // Loaded the first time the tab is opened, so tutors who never use it cost the server nothing.
  useEffect(() => {
    if (!active || tier < 2 || requested.current) return;
    requested.current = true;
    setListStatus({ kind: 'info', text: t('loading') });
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
        <h3>{t('tier2Title')}</h3>
        <p>{t('tier1Text')}</p>
        <p class="muted">{t('tier2Text')}</p>
      </div>
    );
  }

  async function ask(event: Event) {
    event.preventDefault();
    const input = { studentId, about, text, saveKey };
    const found = checkAsk(input, PAGE_LOCALE);
    if (Object.keys(found).length) {
      setErrors(found);
      setStatus({ kind: 'error', text: t('fixField') });
      focusFirstError('q-', found);
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: t('sending') });
    try {
      const result = await saveOnce(() => serverCall('askQuestion', input), saveKey, studentId);
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
      setSaveKey(newSaveKey());
      setStatus({ kind: 'success', text: t('sent', { name: glance.student.name }) });
    } catch (e) {
      if (e instanceof LandedError) {
        setText('');
        setAbout('');
        setSaveKey(newSaveKey());
        setStatus({ kind: 'success', text: e.message });
        return;
      }
      setStatus({ kind: 'error', text: t('notSent', { error: (e as Error).message }) });
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
      <form onSubmit={ask} noValidate aria-label={t('askForm')}>
        {/* The teacher asks the student's tutor; a tutor or coordinator asks the teacher. */}
        <h2 id="q-title">
          {me === glance.student.teacherEmail
            ? t('askTutor', { tutor: glance.student.tutorEmail })
            : t('ask', { teacher: glance.student.teacherEmail })}
        </h2>
        <Select
          id="q-about"
          label={t('about')}
          value={about}
          options={glance.recentNotes.map((n) => ({
            value: n.noteId,
            label: t('noteOption', { date: formatDate(PAGE_LOCALE, n.date), objective: n.objective }),
          }))}
          placeholder={t('inGeneral', { name: glance.student.name })}
          onChange={(v) => {
            setAbout(v);
            edited();
          }}
          error={errors.about}
        />
        <TextArea
          id="q-text"
          label={t('question')}
          hint={t('questionHint')}
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
            {t(busy ? 'sending' : 'sendQuestion')}
          </button>
        </div>
      </form>
      <h2>{t('threads')}</h2>
      {listStatus && <Notice kind={listStatus.kind}>{listStatus.text}</Notice>}
      {threads &&
        (threads.length === 0 ? (
          <p class="muted">{t('noQuestions', { name: glance.student.name })}</p>
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
