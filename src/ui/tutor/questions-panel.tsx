// Tier 2 threaded questions between tutor and teacher about a student, a note or a material (seed 004).

import { useEffect, useRef, useState } from 'preact/hooks';
import { checkAnswer, checkAsk, type QuestionThread } from '../../core/drive-questions';
import type { FieldErrors } from '../../core/result';
import type { NoteSummary, StudentGlance } from '../../core/tutor-view';
import { Notice, Select, TextArea } from '../components/fields';
import { serverCall } from '../rpc';
import { LandedError, newSaveKey, saveOnce } from './save-once';
import { focusFirstError, type Status } from './shared';

export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function who(email: string, role: string, me: string): string {
  return `${email === me ? 'You' : email} (${role.toLowerCase()})`;
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
      {fromNote ? 'From' : 'About'}{' '}
      {note ? (
        <>
          the {fromNote ? 'note' : 'session note'} of {note.date}: {note.objective}
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
    const found = checkAnswer(input);
    if (Object.keys(found).length) {
      setErrors(found);
      focusFirstError(prefix, found);
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: 'Sending…' });
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
    const input = { studentId, about, text, saveKey };
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
      setStatus({ kind: 'success', text: `Sent: your question about ${glance.student.name} is listed below as Open.` });
    } catch (e) {
      if (e instanceof LandedError) {
        setText('');
        setAbout('');
        setSaveKey(newSaveKey());
        setStatus({ kind: 'success', text: e.message });
        return;
      }
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
