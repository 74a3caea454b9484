// The team workbook's Progress Reports sheet: one row per report made, its draft or released state and who released it.

import type { TableSchema } from '../table';

export const REPORT_STATUSES = ['Draft', 'Released'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * Team audience (tutors release their students' reports here); whether a report could be shared (consent, addresses)
 * is coordinators-only and is said in the coordinator's dialog, never written here. Made on first use.
 */
export const PROGRESS_REPORTS_TABLE: TableSchema = {
  name: 'Progress Reports',
  version: 1,
  kind: 'records',
  frozenColumns: 2,
  columns: [
    { key: 'reportDate', audience: 'team', header: 'Report date', type: 'date', required: true, width: 100 },
    { key: 'studentId', audience: 'team', header: 'Student ID', type: 'id', required: true, width: 100 },
    { key: 'docUrl', audience: 'team', header: 'Report (Doc)', type: 'url', width: 220 },
    { key: 'pdfUrl', audience: 'team', header: 'Report (PDF)', type: 'url', width: 220 },
    {
      key: 'status',
      audience: 'team',
      header: 'Status',
      type: 'choice',
      choices: REPORT_STATUSES,
      width: 90,
    },
    { key: 'releasedBy', audience: 'team', header: 'Released by', type: 'email', width: 200 },
    { key: 'releasedOn', audience: 'team', header: 'Released on', type: 'date', width: 100 },
  ],
};
