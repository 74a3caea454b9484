// The workbook tables of the Drive feature: folder ids kept for the next run, the access report, and threaded questions.

import type { TableSchema } from './table';

/** Where each provisioned folder is: found again by this id on the next run (never by name). */
export const DRIVE_FOLDERS_TABLE: TableSchema = {
  name: 'Drive Folders',
  version: 2,
  kind: 'records',
  purpose: 'Written by "Provision Drive folders": the id of every team folder, so the next run finds it again. Do not edit the ids.',
  frozenColumns: 1,
  tabColor: '#0f9d58',
  columns: [
    { key: 'planKey', audience: 'coordinators', header: 'Plan key', type: 'id', note: 'Stable key of the folder in the plan (also stored on the folder).', width: 200 },
    { key: 'team', audience: 'coordinators', header: 'Team (class)', type: 'text', note: 'The teacher-tutor team ("" for the program folder).', width: 140 },
    { key: 'path', audience: 'coordinators', header: 'Folder', type: 'text', note: 'Where the folder sits.', width: 300 },
    { key: 'folderId', audience: 'coordinators', header: 'Folder id', type: 'id', note: 'Drive id of the folder.', width: 260 },
    { key: 'url', audience: 'coordinators', header: 'Link', type: 'url', note: 'Opens the folder in Drive (only for people it is shared with).', width: 260 },
    {
      key: 'lastChange', audience: 'coordinators',
      header: 'Last change',
      type: 'longtext',
      note: 'What the last run changed on this folder (sharing added or removed).',
      width: 320,
    },
    {
      key: 'contentHash', audience: 'coordinators',
      header: 'View content',
      type: 'text',
      note: 'Session-notes views only: a fingerprint of what the add-on last wrote into the view, so an unchanged view is not written again. Clear it to have the next sync rewrite the view.',
      width: 150,
      since: 2,
    },
  ],
};

export const ACCESS_STATUSES = [
  'OK',
  'Missing access',
  'Extra access',
  'Different role',
  'Link sharing',
  'Folder missing',
  'Not in plan',
  'Duplicate folder',
] as const;
export type AccessStatus = (typeof ACCESS_STATUSES)[number];

/** Who can reach what: every folder, every person and their role, and every difference from the plan. */
export const ACCESS_REPORT_TABLE: TableSchema = {
  name: 'Access Report',
  version: 1,
  kind: 'report',
  purpose: 'Rebuilt by "Access report": every team folder, every person with access and their role, against the plan for the tier.',
  frozenColumns: 2,
  tabColor: '#0f9d58',
  columns: [
    { key: 'team', audience: 'coordinators', header: 'Team (class)', type: 'text', note: 'The teacher-tutor team.', width: 140 },
    { key: 'folder', audience: 'coordinators', header: 'Folder', type: 'text', note: 'The folder.', width: 280 },
    { key: 'person', audience: 'coordinators', header: 'Person', type: 'text', note: 'Who can reach it (or the link sharing found).', width: 220 },
    { key: 'role', audience: 'coordinators', header: 'Role', type: 'text', note: 'What they can do now: owner, edit, comment or view.', width: 80 },
    { key: 'planned', audience: 'coordinators', header: 'Planned role', type: 'text', note: 'What the tier says they should be able to do.', width: 90 },
    {
      key: 'status', audience: 'coordinators',
      header: 'Status',
      type: 'choice',
      choices: ACCESS_STATUSES,
      note: 'OK, or how it differs from the plan. "Provision Drive folders" fixes every difference.',
      width: 120,
    },
    { key: 'note', audience: 'coordinators', header: 'Note', type: 'longtext', note: 'Why the role is planned, or what differs.', width: 280 },
    { key: 'folderId', audience: 'coordinators', header: 'Folder id', type: 'id', note: 'Drive id of the folder.', width: 240 },
  ],
};

export const QUESTION_STATUSES = ['Open', 'Answered'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** Tier 2 threaded questions: one row per message; a reply names the question it answers. */
export const QUESTIONS_TABLE: TableSchema = {
  name: 'Questions',
  version: 1,
  kind: 'records',
  purpose:
    'Tier 2: tutors and teachers ask and answer questions about a session note or a material. One row per message; replies carry the question ID.',
  frozenColumns: 1,
  columns: [
    { key: 'messageId', audience: 'team', header: 'Message ID', type: 'id', note: 'Made by the add-on.', width: 100 },
    {
      key: 'threadId', audience: 'team',
      header: 'Question ID',
      type: 'id',
      note: 'The question this message belongs to (its own ID for the question itself).',
      width: 100,
    },
    { key: 'postedAt', audience: 'team', header: 'Posted at', type: 'text', note: 'When it was written (ISO time).', width: 150 },
    { key: 'studentId', audience: 'team', header: 'Student ID', type: 'id', note: 'The student it is about, from the Roster.', width: 100 },
    { key: 'team', audience: 'team', header: 'Team (class)', type: 'text', note: 'The teacher-tutor team.', width: 120 },
    { key: 'about', audience: 'team', header: 'About', type: 'text', note: 'A session note ID, or the link of a material.', width: 200 },
    { key: 'author', audience: 'team', header: 'From', type: 'email', note: 'Who wrote it.', width: 200 },
    {
      key: 'authorRole', audience: 'team',
      header: 'Role',
      type: 'choice',
      choices: ['Tutor', 'Teacher', 'Coordinator'],
      note: 'Tutor, teacher or coordinator.',
      width: 90,
    },
    { key: 'text', audience: 'team', header: 'Message', type: 'longtext', note: 'The question or the answer.', width: 360 },
    {
      key: 'status', audience: 'team',
      header: 'Status',
      type: 'choice',
      choices: QUESTION_STATUSES,
      note: 'On the question row: Open until someone answers.',
      width: 90,
    },
  ],
};
