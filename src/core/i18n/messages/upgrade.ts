// The "Upgrade to team workbooks" dialog.

import { defineMessages } from '../catalog';

export const upgradeText = /* @__PURE__ */ defineMessages(
  {
    edit: 'edit',
    view: 'view',
    whatGoesWhere: 'What goes where',
    team: 'Team (class)',
    workbook: 'Team workbook',
    teamRow: '{team} ({students})',
    studentOne: '{n} student',
    studentOther: '{n} students',
    teamOne: '{n} team',
    teamOther: '{n} teams',
    isNew: 'New: ',
    existing: 'Existing: ',
    sharedWith: 'Shared with {people}',
    nobodyYet: 'nobody yet',
    inMaster: 'In the master now',
    again: 'run "Upgrade to team workbooks" again to continue where it stopped.',
    loading: 'Reading the program (dry run: nothing changes yet)…',
    notNeeded: 'This workbook holds no session logs: it is already the master of team workbooks. Nothing to upgrade.',
    explain:
      "Today every tutor and teacher who can open this workbook reads every team's students. After the upgrade, each of the {teams} of {program} has its own team workbook with only its students and their goals, action steps, check-offs, session notes, conferences and questions; this workbook keeps Settings, the full Roster and the Dashboard, for coordinators only.",
    theProgram: 'the program',
    stopsSharing: 'Stops being shared with this workbook ({n})',
    nobodyOpens: 'Nobody: no tutor or teacher can open it.',
    removedOnce:
      'Removed once every row is in its team workbook and the counts match. Each person then reaches only their own team workbook, shared with them directly (Drive emails them a line saying what it is).',
    otherPeople:
      'Also able to open this workbook, not on the Roster (left as they are; remove them in Share if they should not see family contacts): {people}.',
    upgrading: 'Upgrading…',
    oneTeamAtATime: 'One team at a time.',
    progress: 'Upgrade',
    everyTeam: 'Every team now has its team workbook. The links are in the "Drive Folders" sheet.',
    unfinished: 'Some steps did not finish: {errors}. The master keeps its logs until every row is moved: run "Upgrade to team workbooks" again.',
    upgrade: 'Upgrade',
  },
  {
    edit: 'bewerken',
    view: 'bekijken',
    whatGoesWhere: 'Wat waar terechtkomt',
    team: 'Team (klas)',
    workbook: 'Teamspreadsheet',
    teamRow: '{team} ({students})',
    studentOne: '{n} leerling',
    studentOther: '{n} leerlingen',
    teamOne: '{n} team',
    teamOther: '{n} teams',
    isNew: 'Nieuw: ',
    existing: 'Bestaand: ',
    sharedWith: 'Gedeeld met {people}',
    nobodyYet: 'nog niemand',
    inMaster: 'Nu in de hoofdspreadsheet',
    again: 'kies opnieuw "Overstappen op teamspreadsheets" om verder te gaan waar het stopte.',
    loading: 'Het programma wordt gelezen (proefrun: er verandert nog niets)…',
    notNeeded: 'Deze spreadsheet bevat geen sessielogboeken: hij is al de hoofdspreadsheet van de teamspreadsheets. Overstappen is niet nodig.',
    explain:
      'Nu ziet elke tutor en docent die deze spreadsheet kan openen de leerlingen van alle teams. Na de overstap heeft elk van de {teams} van {program} een eigen teamspreadsheet met alleen de eigen leerlingen en hun doelen, actiepunten, afvinklijsten, sessieverslagen, gesprekken en vragen; deze spreadsheet houdt Settings, de volledige Roster en het Dashboard, alleen voor coördinatoren.',
    theProgram: 'het programma',
    stopsSharing: 'Niet langer gedeeld met deze spreadsheet ({n})',
    nobodyOpens: 'Niemand: geen tutor of docent kan hem openen.',
    removedOnce:
      'Dat gebeurt pas als elke rij in de eigen teamspreadsheet staat en de aantallen kloppen. Daarna komt ieder alleen nog in de eigen teamspreadsheet, rechtstreeks met hem of haar gedeeld (Drive stuurt een mailtje met uitleg).',
    otherPeople:
      'Kunnen deze spreadsheet ook openen, maar staan niet op de Roster (blijft zo; haal ze weg via Delen als ze de contactgegevens van ouders niet mogen zien): {people}.',
    upgrading: 'Bezig met overstappen…',
    oneTeamAtATime: 'Team voor team.',
    progress: 'Overstap',
    everyTeam: 'Elk team heeft nu een eigen teamspreadsheet. De links staan op het tabblad "Drive Folders".',
    unfinished:
      'Sommige stappen zijn niet afgerond: {errors}. De hoofdspreadsheet houdt de logboeken tot elke rij is verplaatst: kies opnieuw "Overstappen op teamspreadsheets".',
    upgrade: 'Overstappen',
  },
);
