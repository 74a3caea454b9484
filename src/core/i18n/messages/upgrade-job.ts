// What the upgrade job says to the coordinator who runs it: the outcome once every team is done, what they must still
// check in Share, and why a step stopped. Sheet and team names stay as the program names them.

import { defineMessages } from '../catalog';

export const upgradeJobText = /* @__PURE__ */ defineMessages(
  {
    moved: "Moved {counts} rows: every team workbook holds all of its team's rows (counts equal before and after).",
    movedPart: '{n} {sheet}',
    stillOpen:
      'Still able to open this workbook (through a group or the domain, which the add-on cannot change): {people}. In Share, remove their group or the domain access.',
    linkSharing:
      'The add-on cannot see link sharing on this workbook (you made it in Sheets, so Google gives the add-on no Drive access to it): in Share › General access, check it says Restricted.',
    noLogs: 'This workbook holds no session logs: it is already a master workbook with team workbooks.',
    teamGone: 'The team of upgrade step "{item}" is no longer on the Roster: run the upgrade again from the menu.',
    workbookGone:
      'The team workbook of {team} ({id}) is no longer in Drive: restore it from the trash, or clear its row in Drive Folders and run the upgrade again.',
    noTeamWorkbook: '{team} has no team workbook yet: run the upgrade again.',
    lacksRows: "{team}'s workbook lacks {n} row(s) of {sheet}: nothing was removed from the master. Run the upgrade again.",
    countsDiffer: '{sheet}: {master} rows in the master, {teams} in team workbooks. Nothing was removed from the master.',
  },
  {
    moved: 'Verplaatst: {counts} (rijen). Elke teamspreadsheet bevat alle rijen van het eigen team (de aantallen voor en na zijn gelijk).',
    movedPart: '{n} {sheet}',
    stillOpen:
      'Kunnen deze spreadsheet nog openen (via een groep of het domein, wat de add-on niet kan wijzigen): {people}. Haal via Delen hun groep of de toegang voor het domein weg.',
    linkSharing:
      'De add-on kan niet zien of deze spreadsheet via een link gedeeld is (je hebt hem in Sheets gemaakt, dus Google geeft de add-on er geen Drive-toegang toe): controleer bij Delen › Algemene toegang dat er Beperkt staat.',
    noLogs: 'Deze spreadsheet bevat geen sessielogboeken: hij is al de hoofdspreadsheet van de teamspreadsheets.',
    teamGone: 'Het team van overstapstap "{item}" staat niet meer op de Roster: kies de overstap opnieuw in het menu.',
    workbookGone:
      'De teamspreadsheet van {team} ({id}) staat niet meer in Drive: zet hem terug uit de prullenbak, of wis zijn rij in Drive Folders en kies de overstap opnieuw.',
    noTeamWorkbook: '{team} heeft nog geen teamspreadsheet: kies de overstap opnieuw.',
    lacksRows:
      'In de spreadsheet van {team} ontbreken {n} rij(en) van {sheet}: er is niets uit de hoofdspreadsheet weggehaald. Kies de overstap opnieuw.',
    countsDiffer: '{sheet}: {master} rijen in de hoofdspreadsheet, {teams} in de teamspreadsheets. Er is niets uit de hoofdspreadsheet weggehaald.',
  },
);
