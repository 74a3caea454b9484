// Every function Apps Script can call, with the roles that may call it and the words of its refusal.

import type { Locale } from '../i18n/locale';
import type { Doing } from '../i18n/messages/access';
import { type Role, refusal } from './roles';

export interface ActionRule {
  /** Roles that may call it; [] means anyone signed in with the add-on (the function checks its own data). */
  roles: readonly Role[];
  /** What the caller tried, for the refusal: "Only the program's coordinators can {doing}." (a key of `doingText`, in English). */
  doing: Doing;
  /** Also allowed, to anyone, in a spreadsheet that holds no program yet: the first setup makes its runner coordinator. */
  bootstrap?: boolean;
  /** Which workbook decides the caller's role: the active spreadsheet (default) or the Docs sidebar's linked one. */
  workbook?: 'active' | 'linked' | 'none';
}

const COORDINATORS: readonly Role[] = ['coordinator'];
const TEAM: readonly Role[] = ['coordinator', 'tutor', 'teacher'];
const WRITERS: readonly Role[] = ['coordinator', 'tutor'];

const setup = { roles: COORDINATORS, doing: 'set up the program workbook', bootstrap: true } as const;
const roster = { roles: COORDINATORS, doing: 'import the roster' } as const;
const provision = { roles: COORDINATORS, doing: 'provision Drive folders and team workbooks' } as const;
const generate = { roles: COORDINATORS, doing: 'generate documents for many students' } as const;
const sidebar = { roles: TEAM, doing: 'open the tutor sidebar' } as const;
const questions = { roles: TEAM, doing: 'take part in Tier 2 questions' } as const;
const materials = { roles: ['coordinator', 'teacher'] as readonly Role[], doing: 'share lesson materials' } as const;
const templates = { roles: TEAM, doing: 'fill templates from the program', workbook: 'linked' } as const;
const adaptTemplates = { roles: COORDINATORS, doing: "change the program's templates", workbook: 'linked' } as const;
const reports = { roles: COORDINATORS, doing: 'make progress reports for students and families' } as const;
const anyone = { roles: [] as readonly Role[], doing: 'use the add-on', workbook: 'none' } as const;
const weekly = { roles: COORDINATORS, doing: 'schedule and prepare the weekly meetings' } as const;

/** The rule of every top-level function (menus, dialogs, sidebars, triggers). A test checks none is missing. */
export const ACTIONS = {
  onOpen: anyone,
  onInstall: anyone,
  menuAboutAccess: anyone,
  menuSetUpWorkbook: setup,
  getSetupDefaults: setup,
  setUpWorkbook: setup,
  menuImportRoster: roster,
  getRosterImportContext: roster,
  previewRosterImport: roster,
  importRoster: roster,
  menuRefreshDashboard: { roles: COORDINATORS, doing: 'refresh the dashboard' },
  menuProvisionDrive: provision,
  previewDriveProvision: provision,
  startDriveProvision: provision,
  menuAccessReport: { roles: COORDINATORS, doing: 'see the access report' },
  menuUpgradeToTeamWorkbooks: { roles: COORDINATORS, doing: 'upgrade the program to team workbooks' },
  previewTeamUpgrade: { roles: COORDINATORS, doing: 'upgrade the program to team workbooks' },
  startTeamUpgrade: { roles: COORDINATORS, doing: 'upgrade the program to team workbooks' },
  menuGenerateDocs: generate,
  getGenerateDocsState: generate,
  startGenerateDocs: generate,
  menuOpenTutorSidebar: sidebar,
  tutorRoster: sidebar,
  /** The tutor sidebar's Conference tab, loaded when first opened (src/ui/parts/conference.ts). */
  getPagePart: sidebar,
  tutorStudentGlance: { roles: TEAM, doing: "see a student's goals and notes" },
  tutorSaveSessionNote: { roles: WRITERS, doing: 'log session notes' },
  tutorSaveConference: { roles: WRITERS, doing: 'record goal-setting conferences' },
  tutorSaveStatus: { roles: TEAM, doing: 'check whether a save landed' },
  listQuestions: questions,
  askQuestion: questions,
  answerQuestion: questions,
  menuShareMaterials: materials,
  getShareMaterialsOptions: materials,
  shareMaterials: materials,
  getPickerConfig: materials,
  // Jobs belong to the user who started them (their user properties): the runner only ever runs the caller's own.
  runJobChunk: anyone,
  getJobProgress: anyone,
  resumeJobs: anyone,
  menuOpenTemplateSidebar: anyone,
  getTemplateSidebar: anyone,
  linkProgramWorkbook: templates,
  previewTemplate: templates,
  insertTemplate: templates,
  copyTemplateForProgram: adaptTemplates,
  menuProgressReports: reports,
  getProgressReportState: reports,
  startProgressReports: reports,
  // A tutor releases only their own students' reports: releaseProgressReport checks the student's tutor itself.
  releaseProgressReport: { roles: WRITERS, doing: 'release progress reports' },
  tutorProgressReports: { roles: TEAM, doing: "see a student's goals and notes" },
  tutorCelebration: { roles: WRITERS, doing: 'celebrate follow-through with families' },
  tutorSendCelebration: { roles: WRITERS, doing: 'celebrate follow-through with families' },
  menuSendCelebrationEmails: reports,
  registerThisDocumentAsTemplate: adaptTemplates,
  menuWeeklyPreparation: weekly,
  getWeeklyState: weekly,
  saveWeeklySchedule: weekly,
  saveTeacherUpdates: weekly,
  requestMailPermission: weekly,
  prepareWeekNow: weekly,
  // Time-driven: no active spreadsheet; each opens the master its installer saved and checks them there again.
  weeklyPreparationTrigger: weekly,
  teacherUpdatesTrigger: weekly,
} satisfies Record<string, ActionRule>;

export type ActionName = keyof typeof ACTIONS;

export function ruleOf(action: ActionName): ActionRule {
  return ACTIONS[action];
}

/** The refusal a caller without the role sees, in their language. */
export function refusalOf(action: ActionName, locale: Locale = 'en'): string {
  const rule = ruleOf(action);
  return refusal(rule.roles, rule.doing, locale);
}
