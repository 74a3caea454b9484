// The team workbook's Celebrations sheet: each celebration of follow-through sent or called home, in the student's record.

import type { TableSchema } from '../table';

export const CELEBRATION_STATUSES = ['Email waiting', 'Emailed', 'Not emailed: call home instead', 'Called home'] as const;
export type CelebrationStatus = (typeof CELEBRATION_STATUSES)[number];

export const CELEBRATIONS_TABLE: TableSchema = {
  name: 'Celebrations',
  version: 1,
  kind: 'records',
  purpose:
    "Celebrating follow-through with families (seed 003): one row per message. Emails go out from the coordinator's account to the family emails on the Roster; calls are logged by the tutor.",
  frozenColumns: 1,
  columns: [
    { key: 'celebrationId', audience: 'team', header: 'Celebration ID', type: 'id', note: 'The student and the run it celebrates.', width: 160 },
    { key: 'date', audience: 'team', header: 'Date', type: 'date', note: 'When the tutor sent it or called.', required: true, width: 100 },
    { key: 'studentId', audience: 'team', header: 'Student ID', type: 'id', note: 'From the Roster.', required: true, width: 100 },
    { key: 'tutorEmail', audience: 'team', header: 'Tutor email', type: 'email', note: 'Who celebrated.', width: 200 },
    { key: 'run', audience: 'team', header: 'Follow-through', type: 'longtext', note: 'The run of action steps completed.', width: 220 },
    {
      key: 'channel',
      audience: 'team',
      header: 'Channel',
      type: 'choice',
      choices: ['Email', 'Call home'],
      note: "Email where the program enabled it (Settings › Celebration emails), otherwise the tutor's call home.",
      width: 90,
    },
    {
      key: 'message',
      audience: 'team',
      header: 'Message',
      type: 'longtext',
      note: 'What the family got (or was told), as the tutor edited it.',
      width: 320,
    },
    {
      key: 'toldStudent',
      audience: 'team',
      header: 'Student told first',
      type: 'boolean',
      note: 'The tutor told the student before contacting home.',
      width: 90,
    },
    { key: 'status', audience: 'team', header: 'Status', type: 'choice', choices: CELEBRATION_STATUSES, note: 'Where the message is.', width: 160 },
  ],
};
