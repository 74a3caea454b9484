// The lines the weekly preparation writes into the master's Runs sheet (Done, Remaining, Failed) and the warnings it
// shows. Written once, in the language of the coordinator who started the run, and read by every coordinator after:
// a Dutch coordinator's run reads in Dutch for everyone. The sheet's headers and its Status values stay English (schema).

import { defineMessages } from '../catalog';

export const runsText = /* @__PURE__ */ defineMessages(
  {
    doneLine: '{team}: agenda {agenda}',
    link: ' ({url})',
    mailOne: '; {n} teacher update sent',
    mailOther: '; {n} teacher updates sent',
    teamsToDo: 'Teams to do: {teams}',
    mailWaits: '{team}: teacher update to {to} waits ({reason})',
    created: 'created',
    updated: 'updated',
    unchanged: 'unchanged',
    'kept (edited by someone since it was prepared)': 'kept (edited by someone since it was prepared)',
    'not a Tier 3 program': 'not a Tier 3 program',
    'daily mail quota reached': 'daily mail quota reached',
    'mail not authorized': 'mail not authorized',
    'mail service failed': 'mail service failed',
    noWorkbook: 'no team workbook: run Provision Drive folders.',
    noFolder: 'no Weekly Meetings folder: run Provision Drive folders (Tier 3 makes one per team).',
    notTier3: 'Not a Tier 3 program: weekly meetings are for Tier 3 (Settings › Communication tier).',
  },
  {
    doneLine: '{team}: agenda {agenda}',
    link: ' ({url})',
    mailOne: '; {n} update voor de docent verstuurd',
    mailOther: '; {n} updates voor de docent verstuurd',
    teamsToDo: 'Nog te doen: {teams}',
    mailWaits: '{team}: update voor de docent aan {to} wacht ({reason})',
    created: 'gemaakt',
    updated: 'bijgewerkt',
    unchanged: 'ongewijzigd',
    'kept (edited by someone since it was prepared)': 'bewaard (iemand heeft hem bewerkt nadat hij klaargezet was)',
    'not a Tier 3 program': 'geen programma op niveau 3',
    'daily mail quota reached': 'dagelijkse maillimiet bereikt',
    'mail not authorized': 'geen toestemming om te mailen',
    'mail service failed': 'mailservice gaf een fout',
    noWorkbook: 'geen teamspreadsheet: kies Drive-mappen klaarzetten.',
    noFolder: 'geen map Weekly Meetings: kies Drive-mappen klaarzetten (niveau 3 maakt er één per team).',
    notTier3: 'Geen programma op niveau 3: weekoverleg is er voor niveau 3 (Settings › Communication tier).',
  },
);
