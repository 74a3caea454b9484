// What "Refresh dashboard" says in its toast, and its refusal outside the master.

import { defineMessages } from '../catalog';

export const dashboardRefreshText = /* @__PURE__ */ defineMessages(
  {
    refreshedTitle: 'Dashboard refreshed',
    refreshingTitle: 'Refreshing the dashboard',
    partial: 'Read {done} of {total} team workbooks. The dashboard is rewritten once the rest are read, within the hour.',
    summary: '{students}; {flagged} (see Prioritized Students).{missing}',
    studentsOne: '1 student',
    studentsOther: '{n} students',
    flaggedOne: '1 student needs targeted support',
    flaggedOther: '{n} students need targeted support',
    missingOne: ' 1 team has no data yet (see the Reason column).',
    missingOther: ' {n} teams have no data yet (see the Reason column).',
    masterOnly: "The dashboard lives in the program's master workbook: open the master and refresh it there.",
  },
  {
    refreshedTitle: 'Dashboard bijgewerkt',
    refreshingTitle: 'Dashboard wordt bijgewerkt',
    partial: '{done} van de {total} teamspreadsheets gelezen. Het dashboard wordt herschreven zodra de rest gelezen is, binnen het uur.',
    summary: '{students}; {flagged} (zie Prioritized Students).{missing}',
    studentsOne: '1 leerling',
    studentsOther: '{n} leerlingen',
    flaggedOne: '1 leerling heeft extra ondersteuning nodig',
    flaggedOther: '{n} leerlingen hebben extra ondersteuning nodig',
    missingOne: ' 1 team heeft nog geen gegevens (zie de kolom Reason).',
    missingOther: ' {n} teams hebben nog geen gegevens (zie de kolom Reason).',
    masterOnly: 'Het dashboard staat in de hoofdspreadsheet van het programma: open die en werk het daar bij.',
  },
);
