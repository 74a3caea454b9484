// The report sheet "Refresh dashboard" writes besides the Dashboard: the prioritized-students list (seed 003).

import type { TableSchema } from './table';

export const PRIORITIZED_TABLE: TableSchema = {
  name: 'Prioritized Students',
  version: 1,
  kind: 'report',
  frozenColumns: 3,
  tabColor: '#d93025',
  columns: [
    { key: 'rank', audience: 'team', header: 'Rank', type: 'number', width: 50 },
    { key: 'studentId', audience: 'team', header: 'Student ID', type: 'id', width: 100 },
    { key: 'name', audience: 'team', header: 'Student name', type: 'text', width: 160 },
    { key: 'team', audience: 'team', header: 'Team (class)', type: 'text', width: 120 },
    { key: 'tutorEmail', audience: 'team', header: 'Tutor email', type: 'email', width: 180 },
    { key: 'reason', audience: 'team', header: 'Reason', type: 'longtext', width: 280 },
    {
      key: 'followUp',
      audience: 'team',
      header: 'Targeted support',
      type: 'longtext',
      width: 320,
    },
    { key: 'attendanceRate', audience: 'team', header: 'Attendance rate', type: 'percent', width: 100 },
    { key: 'stepCompletionRate', audience: 'team', header: 'Action-step completion', type: 'percent', width: 110 },
    { key: 'progressToGoal', audience: 'team', header: 'Progress to goal', type: 'percent', width: 100 },
    { key: 'priority', audience: 'team', header: 'Priority', type: 'number', width: 70 },
  ],
};
