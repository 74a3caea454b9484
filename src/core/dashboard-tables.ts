// The report sheet "Refresh dashboard" writes besides the Dashboard: the prioritized-students list (seed 003).

import type { TableSchema } from './table';

export const PRIORITIZED_TABLE: TableSchema = {
  name: 'Prioritized Students',
  version: 1,
  kind: 'report',
  purpose:
    'Students most in need of intensive follow-up after their goal-setting conferences, most urgent first. Check in with them regularly. Rebuilt by "Refresh dashboard"; edits here are overwritten.',
  frozenColumns: 3,
  tabColor: '#d93025',
  columns: [
    { key: 'rank', audience: 'team', header: 'Rank', type: 'number', note: '1 is the most urgent.', width: 50 },
    { key: 'studentId', audience: 'team', header: 'Student ID', type: 'id', note: 'From the Roster.', width: 100 },
    { key: 'name', audience: 'team', header: 'Student name', type: 'text', note: 'From the Roster.', width: 160 },
    { key: 'team', audience: 'team', header: 'Team (class)', type: 'text', note: 'From the Roster.', width: 120 },
    { key: 'tutorEmail', audience: 'team', header: 'Tutor email', type: 'email', note: 'From the Roster.', width: 180 },
    { key: 'reason', audience: 'team', header: 'Reason', type: 'longtext', note: 'Why the student is flagged for targeted support.', width: 280 },
    {
      key: 'followUp', audience: 'team',
      header: 'Targeted support',
      type: 'longtext',
      note: 'A suggested next step: redirect with the goal, reteach with data, or involve family and teacher.',
      width: 320,
    },
    { key: 'attendanceRate', audience: 'team', header: 'Attendance rate', type: 'percent', note: 'Last 4 weeks.', width: 100 },
    { key: 'stepCompletionRate', audience: 'team', header: 'Action-step completion', type: 'percent', note: 'Check-offs of the active goal.', width: 110 },
    { key: 'progressToGoal', audience: 'team', header: 'Progress to goal', type: 'percent', note: 'Latest score ÷ target (capped at 100%).', width: 100 },
    { key: 'priority', audience: 'team', header: 'Priority', type: 'number', note: '100 per reason plus the need score (0–100).', width: 70 },
  ],
};
