// The tutor sidebar (Sheets): pick a student, see them at a glance, log a session note with this session's action-step
// check-offs, hold a goal-setting conference as a guided before / during / after flow, and (Tier 2) ask the teacher
// questions in threads (seeds 003 and 004).

import { useEffect, useState } from 'preact/hooks';
import { pageTitles } from '../../core/i18n/messages/pages';
import type { Prompt } from '../../core/praise';
import type { RosterEntry, StudentGlance, TutorRosterView } from '../../core/tutor-view';
import { Field, Notice } from '../components/fields';
import { PAGE_LOCALE } from '../i18n';
import { mount } from '../mount';
import { lazyComponent, loadPart } from '../part-loader';
import type * as ConferencePart from '../parts/conference';
import { serverCall } from '../rpc';
import { CelebrationPanel } from '../tutor/celebration-panel';
import { Glance } from '../tutor/glance';
import { QuestionsPanel } from '../tutor/questions-panel';
import { SessionNotePanel } from '../tutor/session-note-panel';
import { PromptList, type Status, TABS, type Tab } from '../tutor/shared';

/** The Conference tab is a page part (src/ui/parts/conference.ts), loaded the first time the tab opens. */
const ConferencePanel = lazyComponent(
  () => loadPart<typeof ConferencePart>('conference').then((part) => part.ConferencePanel),
  'Loading the conference form…',
);

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

/** The tabs this person may use: a teacher reads (glance, questions); saving is for tutors and coordinators. */
const tabsFor = (canSave: boolean) => TABS.filter((t) => canSave || t.id === 'glance' || t.id === 'questions');

function Tabs({ tab, onChange, canSave }: { tab: Tab; onChange: (t: Tab) => void; canSave: boolean }) {
  const tabs = tabsFor(canSave);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === tab);
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!move) return;
    e.preventDefault();
    const next = tabs[(at + move + tabs.length) % tabs.length].id;
    onChange(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label="Tutor tools" onKeyDown={onKeyDown}>
      {tabs.map((t) => (
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
  const [conferenceOpened, setConferenceOpened] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'info', text: 'Loading the roster…' });
  const [prompts, setPrompts] = useState<Prompt[]>([]);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    serverCall('tutorRoster')
      .then((r) => {
        setRoster(r);
        setStatus(
          r.students.length === 0
            ? { kind: 'warn', text: 'The Roster has no active students yet.' }
            : r.workbook === 'master'
              ? { kind: 'info', text: "Master workbook: what you save goes to the student's team workbook." }
              : null,
        );
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
      <h1 class="sr-only">{pageTitles.t(PAGE_LOCALE, 'TutorSidebar')}</h1>
      {roster && <StudentPicker roster={roster} value={studentId} onChange={pick} />}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {glance && roster && (
        <>
          <Tabs
            tab={tab}
            onChange={(t) => {
              setTab(t);
              if (t === 'conference') setConferenceOpened(true);
            }}
            canSave={roster.canSave}
          />
          <PromptList prompts={prompts} />
          <div id="panel-glance" role="tabpanel" aria-labelledby="tab-glance" hidden={tab !== 'glance'}>
            <Glance glance={glance} />
            {roster.canSave && <CelebrationPanel key={`celebrate-${formKey}`} studentId={studentId} />}
          </div>
          {roster.canSave && (
            <>
              <div id="panel-note" role="tabpanel" aria-labelledby="tab-note" hidden={tab !== 'note'}>
                <SessionNotePanel key={`note-${formKey}`} glance={glance} today={roster.today} onSaved={saved} />
              </div>
              <div id="panel-conference" role="tabpanel" aria-labelledby="tab-conference" hidden={tab !== 'conference'}>
                {conferenceOpened && <ConferencePanel key={`conference-${formKey}`} glance={glance} today={roster.today} onSaved={saved} />}
              </div>
            </>
          )}
          <div id="panel-questions" role="tabpanel" aria-labelledby="tab-questions" hidden={tab !== 'questions'}>
            <QuestionsPanel key={`questions-${formKey}`} glance={glance} tier={roster.tier} me={roster.tutorEmail} active={tab === 'questions'} />
          </div>
        </>
      )}
    </main>
  );
}

mount(TutorSidebar);
