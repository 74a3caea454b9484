// The team workbook's Celebrations sheet: each celebration of follow-through sent or called home, in the student's record.

import type { TableSchema } from '../table';

export const CELEBRATION_STATUSES = ['Email waiting', 'Emailed', 'Not emailed: call home instead', 'Called home'] as const;
export type CelebrationStatus = (typeof CELEBRATION_STATUSES)[number];

export const CELEBRATIONS_TABLE: TableSchema = {
  name: 'Celebrations',
  version: 1,
  kind: 'records',
  frozenColumns: 1,
  columns: [
    { key: 'celebrationId', audience: 'team', header: 'Celebration ID', type: 'id', width: 160 },
    { key: 'date', audience: 'team', header: 'Date', type: 'date', required: true, width: 100 },
    { key: 'studentId', audience: 'team', header: 'Student ID', type: 'id', required: true, width: 100 },
    { key: 'tutorEmail', audience: 'team', header: 'Tutor email', type: 'email', width: 200 },
    { key: 'run', audience: 'team', header: 'Follow-through', type: 'longtext', width: 220 },
    {
      key: 'channel',
      audience: 'team',
      header: 'Channel',
      type: 'choice',
      choices: ['Email', 'Call home'],
      width: 90,
    },
    {
      key: 'message',
      audience: 'team',
      header: 'Message',
      type: 'longtext',
      width: 320,
    },
    {
      key: 'toldStudent',
      audience: 'team',
      header: 'Student told first',
      type: 'boolean',
      width: 90,
    },
    { key: 'status', audience: 'team', header: 'Status', type: 'choice', choices: CELEBRATION_STATUSES, width: 160 },
  ],
};
