// The workbook tables of the Drive feature: folder ids kept for the next run, the access report, and threaded questions.

import type { TableSchema } from './table';

/** Where each provisioned folder is: found again by this id on the next run (never by name). */
export const DRIVE_FOLDERS_TABLE: TableSchema = {
  name: 'Drive Folders',
  version: 2,
  kind: 'records',
  frozenColumns: 1,
  tabColor: '#0f9d58',
  columns: [
    { key: 'planKey', audience: 'coordinators', header: 'Plan key', type: 'id', width: 200 },
    { key: 'team', audience: 'coordinators', header: 'Team (class)', type: 'text', width: 140 },
    { key: 'path', audience: 'coordinators', header: 'Folder', type: 'text', width: 300 },
    { key: 'folderId', audience: 'coordinators', header: 'Folder id', type: 'id', width: 260 },
    { key: 'url', audience: 'coordinators', header: 'Link', type: 'url', width: 260 },
    {
      key: 'lastChange',
      audience: 'coordinators',
      header: 'Last change',
      type: 'longtext',
      width: 320,
    },
    {
      key: 'contentHash',
      audience: 'coordinators',
      header: 'View content',
      type: 'text',
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
  frozenColumns: 2,
  tabColor: '#0f9d58',
  columns: [
    { key: 'team', audience: 'coordinators', header: 'Team (class)', type: 'text', width: 140 },
    { key: 'folder', audience: 'coordinators', header: 'Folder', type: 'text', width: 280 },
    { key: 'person', audience: 'coordinators', header: 'Person', type: 'text', width: 220 },
    { key: 'role', audience: 'coordinators', header: 'Role', type: 'text', width: 80 },
    { key: 'planned', audience: 'coordinators', header: 'Planned role', type: 'text', width: 90 },
    {
      key: 'status',
      audience: 'coordinators',
      header: 'Status',
      type: 'choice',
      choices: ACCESS_STATUSES,
      width: 120,
    },
    { key: 'note', audience: 'coordinators', header: 'Note', type: 'longtext', width: 280 },
    { key: 'folderId', audience: 'coordinators', header: 'Folder id', type: 'id', width: 240 },
  ],
};

export const QUESTION_STATUSES = ['Open', 'Answered'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** Tier 2 threaded questions: one row per message; a reply names the question it answers. */
export const QUESTIONS_TABLE: TableSchema = {
  name: 'Questions',
  version: 1,
  kind: 'records',
  frozenColumns: 1,
  columns: [
    { key: 'messageId', audience: 'team', header: 'Message ID', type: 'id', width: 100 },
    {
      key: 'threadId',
      audience: 'team',
      header: 'Question ID',
      type: 'id',
      width: 100,
    },
    { key: 'postedAt', audience: 'team', header: 'Posted at', type: 'text', width: 150 },
    { key: 'studentId', audience: 'team', header: 'Student ID', type: 'id', width: 100 },
    { key: 'team', audience: 'team', header: 'Team (class)', type: 'text', width: 120 },
    { key: 'about', audience: 'team', header: 'About', type: 'text', width: 200 },
    { key: 'author', audience: 'team', header: 'From', type: 'email', width: 200 },
    {
      key: 'authorRole',
      audience: 'team',
      header: 'Role',
      type: 'choice',
      choices: ['Tutor', 'Teacher', 'Coordinator'],
      width: 90,
    },
    { key: 'text', audience: 'team', header: 'Message', type: 'longtext', width: 360 },
    {
      key: 'status',
      audience: 'team',
      header: 'Status',
      type: 'choice',
      choices: QUESTION_STATUSES,
      width: 90,
    },
  ],
};
