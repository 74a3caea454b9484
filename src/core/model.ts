// The program's records, in the seeds' words: settings, roster, Goals Master List, action steps, session notes, conferences.

/** Seed 004: how teachers and tutors communicate. 1 passive sharing, 2 comments and threaded questions, 3 weekly meetings. */
export type Tier = 1 | 2 | 3;
export const SETTINGS_CHOICES = ['In-School', 'Out-of-School'] as const;
export const TAKE_UP_CHOICES = ['Mandatory', 'Optional'] as const;
export const RATIO_CHOICES = ['1:1', 'Small Groups'] as const;
export type ProgramSetting = (typeof SETTINGS_CHOICES)[number];
export type TakeUp = (typeof TAKE_UP_CHOICES)[number];
export type StudentTutorRatio = (typeof RATIO_CHOICES)[number];

/** Dates are ISO calendar dates ("2026-09-14") and times "HH:mm" throughout core; adapters convert. */
export type IsoDate = string;

export interface ProgramSettings {
  programName: string;
  tier: Tier;
  setting: ProgramSetting;
  takeUp: TakeUp;
  /** Sessions per week. */
  dosage: number;
  ratio: StudentTutorRatio;
  termStart: IsoDate;
  termEnd: IsoDate;
  /** Drive folder that holds the team folders ('' until provisioned). */
  driveRootFolderId: string;
  /** The program's coordinators (lower-cased emails): whoever set the program up, plus any added in Settings. */
  coordinators: string[];
  /** The coordinator whose add-on created the Drive folders: only their executions may call the Drive API on them. */
  driveOwner: string;
  /** In a team workbook: the teacher-tutor team it holds ('' in the master workbook). */
  team: string;
  /** In a team workbook: the id of the coordinators' master workbook ('' in the master itself). */
  masterWorkbookId: string;
  /** Progress reports wait as drafts until a coordinator or the tutor releases them (Settings › Review progress reports). */
  reviewReports?: boolean;
  /** Celebrations of follow-through go to families by email (Settings › Celebration emails); otherwise a call home. */
  celebrationEmails?: boolean;
  /** Teacher updates (src/core/weekly/settings.ts), as stored in Settings: mode, opted-in teams (one per line), privacy. */
  teacherUpdates?: string;
  teacherUpdateTeams?: string;
  teacherUpdatePrivacy?: string;
}

/** Which workbook of the program a spreadsheet is: the coordinators' master, or one team's workbook. */
export type WorkbookKind = 'master' | 'team';

export function workbookKindOf(settings: Pick<ProgramSettings, 'team' | 'masterWorkbookId'>): WorkbookKind {
  return settings.masterWorkbookId ? 'team' : 'master';
}

export interface Student {
  studentId: string;
  name: string;
  grade: string;
  subject: string;
  /** The teacher-tutor team (class) the student belongs to. */
  team: string;
  teacherEmail: string;
  tutorEmail: string;
  familyContact: string;
  active: boolean;
  /** Coordinators only: the student and family agreed to have progress reports shared with them. */
  consentToShare?: boolean;
  /** Coordinators only: the student's own account. */
  studentEmail?: string;
  /** Coordinators only: family accounts, comma-separated as typed. */
  familyEmails?: string;
  /** Seed 003: younger students often prefer public verbal praise, older students private written praise. */
  praisePreference?: PraisePreference | '';
}

export const PRAISE_PREFERENCES = ['Public', 'Private'] as const;
export type PraisePreference = (typeof PRAISE_PREFERENCES)[number];

export const GOAL_STATUSES = ['Active', 'Met', 'Not met', 'Revised'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A row of the Goals Master List (seed 003, "After the Conference"). */
export interface Goal {
  goalId: string;
  studentId: string;
  conferenceDate: IsoDate;
  /** The assessment, project or assignment the goal is about. */
  assessment: string;
  /** Score on that assessment (if applicable). */
  score: number | null;
  goal: string;
  target: number | null;
  dueDate: IsoDate;
  status: GoalStatus;
  /** On the list of prioritized students for targeted support. */
  prioritized: boolean;
  conferenceDocUrl: string;
}

export const STEP_STATUSES = ['Open', 'Done', 'Dropped'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** One specific action of an action plan: what, when and how often, how effort is measured, and a backup plan. */
export interface ActionStep {
  stepId: string;
  goalId: string;
  studentId: string;
  action: string;
  whenHowOften: string;
  effortMeasure: string;
  backupPlan: string;
  status: StepStatus;
}

/** One session's check-off of one action step (the action-step tracker). */
export interface StepCheckOff {
  date: IsoDate;
  stepId: string;
  studentId: string;
  tutorEmail: string;
  done: boolean;
  noteId: string;
}

export const FOLLOW_THROUGH = ['Yes', 'Partly', 'No'] as const;
export type FollowThrough = (typeof FOLLOW_THROUGH)[number];
export const LEVEL_CHOICES = ['High', 'Medium', 'Low'] as const;
export type Level = (typeof LEVEL_CHOICES)[number];
/** "To what degree did the student accomplish that objective?" on a 1–4 scale. */
export const DEGREE_SCALE = [
  { value: 1, label: '1 — Not yet' },
  { value: 2, label: '2 — Partly' },
  { value: 3, label: '3 — Mostly' },
  { value: 4, label: '4 — Fully' },
] as const;

/** A Tier 1 tutoring session note (seed 004: academic content, assessment data, attendance/punctuality, behavioral notes). */
export interface SessionNote {
  noteId: string;
  date: IsoDate;
  startTime: string;
  endTime: string;
  studentId: string;
  tutorEmail: string;
  objective: string;
  rationale: string;
  degreeAccomplished: number | null;
  topicsSkills: string;
  materials: string;
  assignments: string;
  assessmentData: string;
  attended: boolean;
  onTime: boolean;
  engagement: string;
  focusMotivation: Level | '';
  promptingNeeded: Level | '';
  followThrough: FollowThrough | '';
  followThroughWhy: string;
  studentShared: string;
  questionsForTeacher: string;
  /** The family-facing summary (audience 'family'); every other field of the note stays with the team. */
  familySummary?: string;
}

/** The before/during record of one goal-setting conference (seed 003). */
export interface Conference {
  conferenceId: string;
  studentId: string;
  tutorEmail: string;
  conferenceDate: IsoDate;
  assessment: string;
  score: number | null;
  effortData: string;
  academicData: string;
  studentConfidence: number | null;
  studentMostConfident: string;
  studentLeastConfident: string;
  studentActions: string;
  studentPrepareBetter: string;
  tutorConfidence: number | null;
  tutorMostConfident: string;
  tutorLeastConfident: string;
  tutorActions: string;
  tutorPrepareBetter: string;
  studentBest: string;
  studentImprovements: string;
  studentStruggles: string;
  tutorBest: string;
  tutorImprovements: string;
  tutorStruggles: string;
  agendaStepsDone: string;
  goalId: string;
  sharedWith: string;
  docUrl: string;
}
