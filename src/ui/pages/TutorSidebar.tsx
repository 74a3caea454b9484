// The tutor sidebar (Sheets): pick a student, see them at a glance, log a session note with this session's action-step
// check-offs, hold a goal-setting conference as a guided before / during / after flow, and (Tier 2) ask the teacher
// questions in threads (seeds 003 and 004).

import { useEffect, useRef, useState } from 'preact/hooks';
import { noteFormText } from '../../core/i18n/messages/tutor-note-form';
import { tutorText } from '../../core/i18n/messages/tutor-sidebar';
import type { Prompt } from '../../core/praise';
import type { RosterEntry, StudentGlance, TutorRosterView } from '../../core/tutor-view';
import { Field, Notice } from '../components/fields';
import { PAGE_LOCALE, textOf } from '../i18n';
import { mount } from '../mount';
import { lazyComponent, loadPart } from '../part-loader';
import type * as ConferencePart from '../parts/conference';
import type * as FamilyPart from '../parts/family';
import type * as QuestionsPart from '../parts/questions';
import { serverCall } from '../rpc';
import { Glance } from '../tutor/glance';
import { SessionNotePanel } from '../tutor/session-note-panel';
import { PromptList, type Status, TABS, type Tab } from '../tutor/shared';

/** The Conference tab is a page part (src/ui/parts/conference.ts), loaded the first time the tab opens. */
const ConferencePanel = lazyComponent(
  () => loadPart<typeof ConferencePart>('conference').then((part) => part.ConferencePanel),
  tutorText.t(PAGE_LOCALE, 'loading'),
);
/** The Questions tab, likewise (src/ui/parts/questions.ts). */
const QuestionsPanel = lazyComponent(
  () => loadPart<typeof QuestionsPart>('questions').then((part) => part.QuestionsPanel),
  tutorText.t(PAGE_LOCALE, 'loading'),
);

/** The glance's family panels (celebration, progress reports), likewise (src/ui/parts/family.ts); they show nothing while loading. */
const loadFamily = () => loadPart<typeof FamilyPart>('family');
const CelebrationPanel = lazyComponent(() => loadFamily().then((part) => part.CelebrationPanel), '');
const ProgressReports = lazyComponent(() => loadFamily().then((part) => part.ProgressReports), '');

const t = textOf(noteFormText);
const say = textOf(tutorText);

/** Forms of the sidebar that can hold an unsaved draft. */
type Drafts = { note: boolean; conference: boolean };
const NO_DRAFTS: Drafts = { note: false, conference: false };

/** Asked before a student change would discard a draft: Discard, or Keep editing (focused: the safe choice). */
function DiscardQuestion({ text, onDiscard, onKeep }: { text: string; onDiscard: () => void; onKeep: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div class="notice warn" role="alertdialog" aria-labelledby="discard-text">
      <p id="discard-text">{text}</p>
      <div class="buttons">
        <button type="button" onClick={onDiscard}>
          {t('discard')}
        </button>
        <button type="button" class="action" ref={keep} onClick={onKeep}>
          {t('keepEditing')}
        </button>
      </div>
    </div>
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
    <Field id="student" label={say('student')}>
      <select
        id="student"
        value={value}
        onChange={(e) => {
          const select = e.currentTarget as HTMLSelectElement;
          const next = select.value;
          // The choice shows only once the sidebar takes it (it may first ask about an unsaved draft).
          select.value = value;
          onChange(next);
        }}
      >
        <option value="">{say('chooseStudent')}</option>
        {mine.length > 0 && <optgroup label={say('myStudents')}>{mine.map(option)}</optgroup>}
        {others.length > 0 && <optgroup label={say(mine.length > 0 ? 'otherStudents' : 'allStudents')}>{others.map(option)}</optgroup>}
      </select>
    </Field>
  );
}

/** The tabs this person may use: a teacher reads (glance, questions); saving is for tutors and coordinators. */
const tabsFor = (canSave: boolean) => TABS.filter((t) => canSave || t.id === 'glance' || t.id === 'questions');

function Tabs({ tab, onChange, canSave, drafts }: { tab: Tab; onChange: (t: Tab) => void; canSave: boolean; drafts: Drafts }) {
  const tabs = tabsFor(canSave);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((x) => x.id === tab);
    const move = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!move) return;
    e.preventDefault();
    const next = tabs[(at + move + tabs.length) % tabs.length].id;
    onChange(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={say('tools')} onKeyDown={onKeyDown}>
      {tabs.map((tabItem) => (
        <button
          key={tabItem.id}
          id={`tab-${tabItem.id}`}
          type="button"
          role="tab"
          aria-selected={tab === tabItem.id}
          aria-controls={`panel-${tabItem.id}`}
          tabIndex={tab === tabItem.id ? 0 : -1}
          onClick={() => onChange(tabItem.id)}
        >
          {say(tabItem.label)}
          {(tabItem.id === 'note' || tabItem.id === 'conference') && drafts[tabItem.id] && (
            <>
              <span class="unsaved" aria-hidden="true" title={t('unsavedTab', { tab: say(tabItem.label) })} />
              <span class="sr-only">{t('unsavedTab', { tab: '' })}</span>
            </>
          )}
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
  const [questionsOpened, setQuestionsOpened] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'info', text: say('loadingRoster') });
  const [prompts, setPrompts] = useState<Prompt[]>([]);
  const [formKey, setFormKey] = useState(0);
  const [drafts, setDrafts] = useState<Drafts>(NO_DRAFTS);
  const [pending, setPending] = useState<string | null>(null);
  const hasDraft = drafts.note || drafts.conference;

  // Closing the sidebar (or reloading it) with a draft: the browser asks first.
  useEffect(() => {
    if (!hasDraft) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = t('leavePage');
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasDraft]);

  useEffect(() => {
    serverCall('tutorRoster')
      .then((r) => {
        setRoster(r);
        setStatus(
          r.students.length === 0
            ? { kind: 'warn', text: say('noStudents') }
            : r.workbook === 'master'
              ? { kind: 'info', text: say('masterNote') }
              : null,
        );
      })
      .catch((e: Error) => setStatus({ kind: 'error', text: e.message }));
  }, []);

  const load = (id: string) =>
    serverCall('tutorStudentGlance', id, PAGE_LOCALE)
      .then((g) => {
        setGlance(g);
        setStatus(null);
      })
      .catch((e: Error) => setStatus({ kind: 'error', text: e.message }));

  /** A student change that would discard a draft asks first ("You have an unsaved session note for Maya…"). */
  function choose(id: string) {
    if (id === studentId) return;
    if (hasDraft) setPending(id);
    else pick(id);
  }

  function pick(id: string) {
    setPending(null);
    setDrafts(NO_DRAFTS);
    setStudentId(id);
    setGlance(null);
    setPrompts([]);
    setFormKey((k) => k + 1);
    if (!id) return;
    setStatus({ kind: 'info', text: say('loading') });
    void load(id);
  }

  const saved = (next: Prompt[]) => {
    setPrompts(next);
    void load(studentId);
  };
  /** The note panel shows its own result and prompts beside its Save bar. */
  const noteSaved = () => {
    setPrompts([]);
    void load(studentId);
  };
  const draftText = () => {
    const name = glance?.student.name ?? '';
    return drafts.note && drafts.conference
      ? t('unsavedBoth', { name })
      : drafts.note
        ? t('unsavedNote', { name })
        : t('unsavedConference', { name });
  };

  return (
    <main class="tutor">
      <h1 class="sr-only">{say('title')}</h1>
      {roster && <StudentPicker roster={roster} value={studentId} onChange={choose} />}
      {pending !== null && <DiscardQuestion text={draftText()} onDiscard={() => pick(pending)} onKeep={() => setPending(null)} />}
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {glance && roster && (
        <>
          <Tabs
            tab={tab}
            onChange={(t) => {
              setTab(t);
              if (t === 'conference') setConferenceOpened(true);
              if (t === 'questions') setQuestionsOpened(true);
            }}
            canSave={roster.canSave}
            drafts={drafts}
          />
          <PromptList prompts={prompts} />
          <div id="panel-glance" role="tabpanel" aria-labelledby="tab-glance" hidden={tab !== 'glance'}>
            <Glance glance={glance} />
            {roster.canSave && <CelebrationPanel key={`celebrate-${formKey}`} studentId={studentId} />}
            {roster.canSave && roster.workbook === 'team' && <ProgressReports key={`reports-${formKey}`} studentId={studentId} />}
          </div>
          {roster.canSave && (
            <>
              <div id="panel-note" role="tabpanel" aria-labelledby="tab-note" hidden={tab !== 'note'}>
                <SessionNotePanel
                  key={`note-${formKey}`}
                  glance={glance}
                  today={roster.today}
                  onSaved={noteSaved}
                  onDirty={(note) => setDrafts((d) => (d.note === note ? d : { ...d, note }))}
                />
              </div>
              <div id="panel-conference" role="tabpanel" aria-labelledby="tab-conference" hidden={tab !== 'conference'}>
                {conferenceOpened && (
                  <ConferencePanel
                    key={`conference-${formKey}`}
                    glance={glance}
                    today={roster.today}
                    onSaved={saved}
                    onDirty={(conference) => setDrafts((d) => (d.conference === conference ? d : { ...d, conference }))}
                  />
                )}
              </div>
            </>
          )}
          <div id="panel-questions" role="tabpanel" aria-labelledby="tab-questions" hidden={tab !== 'questions'}>
            {questionsOpened && (
              <QuestionsPanel key={`questions-${formKey}`} glance={glance} tier={roster.tier} me={roster.tutorEmail} active={tab === 'questions'} />
            )}
          </div>
        </>
      )}
    </main>
  );
}

mount(TutorSidebar);
