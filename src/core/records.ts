// Typed records from table rows and back: the one place that knows how each model maps onto its sheet.

import type {
  ActionStep,
  Conference,
  Goal,
  GoalStatus,
  PraisePreference,
  ProgramSettings,
  SessionNote,
  StepCheckOff,
  StepStatus,
  Student,
  Tier,
} from './model';
import type { Cell, TableRecord } from './table';

const text = (v: Cell | undefined): string => (v === null || v === undefined ? '' : String(v));
const num = (v: Cell | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : v === '' || v === null || v === undefined ? null : Number.isFinite(Number(v)) ? Number(v) : null;
const bool = (v: Cell | undefined): boolean => v === true || String(v).toLowerCase() === 'true';

export function studentFromRecord(r: TableRecord): Student {
  return {
    studentId: text(r.studentId),
    name: text(r.name),
    grade: text(r.grade),
    subject: text(r.subject),
    team: text(r.team),
    teacherEmail: text(r.teacherEmail).toLowerCase(),
    tutorEmail: text(r.tutorEmail).toLowerCase(),
    familyContact: text(r.familyContact),
    active: bool(r.active),
    // Fields added with Roster v2 are left out when blank, so students read from older rows look as they did.
    consentToShare: bool(r.consentToShare) || undefined,
    studentEmail: text(r.studentEmail).trim().toLowerCase() || undefined,
    familyEmails: text(r.familyEmails) || undefined,
    praisePreference: praiseOf(text(r.praisePreference)),
  };
}

function praiseOf(value: string): PraisePreference | undefined {
  const v = value.trim().toLowerCase();
  return v === 'public' ? 'Public' : v === 'private' ? 'Private' : undefined;
}

export function goalFromRecord(r: TableRecord): Goal {
  return {
    goalId: text(r.goalId),
    studentId: text(r.studentId),
    conferenceDate: text(r.conferenceDate),
    assessment: text(r.assessment),
    score: num(r.score),
    goal: text(r.goal),
    target: num(r.target),
    dueDate: text(r.dueDate),
    status: (text(r.status) || 'Active') as GoalStatus,
    prioritized: bool(r.prioritized),
    conferenceDocUrl: text(r.conferenceDocUrl),
  };
}

export function actionStepFromRecord(r: TableRecord): ActionStep {
  return {
    stepId: text(r.stepId),
    goalId: text(r.goalId),
    studentId: text(r.studentId),
    action: text(r.action),
    whenHowOften: text(r.whenHowOften),
    effortMeasure: text(r.effortMeasure),
    backupPlan: text(r.backupPlan),
    status: (text(r.status) || 'Open') as StepStatus,
  };
}

export function checkOffFromRecord(r: TableRecord): StepCheckOff {
  return {
    date: text(r.date),
    stepId: text(r.stepId),
    studentId: text(r.studentId),
    tutorEmail: text(r.tutorEmail),
    done: bool(r.done),
    noteId: text(r.noteId),
  };
}

export function sessionNoteFromRecord(r: TableRecord): SessionNote {
  return {
    noteId: text(r.noteId),
    date: text(r.date),
    startTime: text(r.startTime),
    endTime: text(r.endTime),
    studentId: text(r.studentId),
    tutorEmail: text(r.tutorEmail),
    objective: text(r.objective),
    rationale: text(r.rationale),
    degreeAccomplished: num(r.degreeAccomplished),
    topicsSkills: text(r.topicsSkills),
    materials: text(r.materials),
    assignments: text(r.assignments),
    assessmentData: text(r.assessmentData),
    attended: bool(r.attended),
    onTime: bool(r.onTime),
    engagement: text(r.engagement),
    focusMotivation: text(r.focusMotivation) as SessionNote['focusMotivation'],
    promptingNeeded: text(r.promptingNeeded) as SessionNote['promptingNeeded'],
    followThrough: text(r.followThrough) as SessionNote['followThrough'],
    followThroughWhy: text(r.followThroughWhy),
    studentShared: text(r.studentShared),
    questionsForTeacher: text(r.questionsForTeacher),
    familySummary: text(r.familySummary) || undefined,
  };
}

export function conferenceFromRecord(r: TableRecord): Conference {
  const out: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(r)) out[key] = key === 'score' || key.endsWith('Confidence') ? num(value) : text(value);
  return out as unknown as Conference;
}

export function settingsFromRecord(r: TableRecord): ProgramSettings {
  const tier = Number(r.tier);
  return {
    programName: text(r.programName),
    tier: (tier === 2 || tier === 3 ? tier : 1) as Tier,
    setting: (text(r.setting) || 'In-School') as ProgramSettings['setting'],
    takeUp: (text(r.takeUp) || 'Optional') as ProgramSettings['takeUp'],
    dosage: num(r.dosage) ?? 2,
    ratio: (text(r.ratio) || '1:1') as ProgramSettings['ratio'],
    termStart: text(r.termStart),
    termEnd: text(r.termEnd),
    driveRootFolderId: text(r.driveRootFolderId),
    coordinators: emailList(text(r.coordinators)),
    driveOwner: text(r.driveOwner).toLowerCase(),
    team: text(r.team),
    masterWorkbookId: text(r.masterWorkbookId),
    reviewReports: bool(r.reviewReports) || undefined,
    celebrationEmails: bool(r.celebrationEmails) || undefined,
    teacherUpdates: text(r.teacherUpdates) || undefined,
    teacherUpdateTeams: text(r.teacherUpdateTeams) || undefined,
    teacherUpdatePrivacy: text(r.teacherUpdatePrivacy) || undefined,
  };
}

/** "a@x.org, B@x.org; c@x.org" → lower-cased, de-duplicated emails in order. */
export function emailList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[\s,;]+/)
        .map((e) => e.trim().toLowerCase())
        .filter((e) => e !== ''),
    ),
  ];
}

/** Settings as a Settings-sheet record: the coordinators list as one comma-separated cell. */
export function settingsRecord(settings: ProgramSettings): TableRecord {
  return { ...toRecord({ ...settings, coordinators: undefined }), coordinators: settings.coordinators.join(', ') };
}

/** Any model object as a table record (model fields and column keys are the same names). */
export function toRecord(model: object): TableRecord {
  return { ...(model as Record<string, Cell>) };
}

/**
 * A value the Sheets API returned (values.batchGet, UNFORMATTED_VALUE with SERIAL_NUMBER dates) as SpreadsheetApp would
 * have given it to `readCell`: a date column's serial day as its ISO date, a time column's day fraction as "HH:MM".
 * https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption
 */
export function fromApiValue(type: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (type === 'date') return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  if (type === 'time') {
    const minutes = Math.round((value - Math.floor(value)) * 1440) % 1440;
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  return value;
}
