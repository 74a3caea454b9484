// The words of a refusal: who may do it, and what the caller tried ("Only … can {doing}.").

import { defineMessages } from '../catalog';

export const accessText = /* @__PURE__ */ defineMessages(
  {
    only: 'Only {who} can {doing}.',
    and: '{list} and {last}',
    nobody: 'nobody',
    coordinator: "the program's coordinators",
    teacher: "the team's teachers",
    tutor: "the team's tutors",
    roleCoordinator: 'coordinator',
    roleTeacher: 'teacher',
    roleTutor: 'tutor',
    nowHasRole: 'You are now a {roles} here: close and reopen the spreadsheet to see your menu.',
    noRole:
      "{who} has no role in this program workbook. Coordinators are named in its Settings sheet; tutors and teachers come from the Roster's active students. Ask {ask} to add you.",
    yourAccount: 'Your account',
    askNamed: 'a coordinator ({emails})',
    askAnyone: "the program's coordinator",
    teamWorkbookSetup: "This is a team workbook: change the program in the coordinators' master workbook.",
    teamWorkbookRoster: "This is a team workbook: import the roster in the coordinators' master workbook.",
  },
  {
    only: 'Alleen {who} kunnen {doing}.',
    and: '{list} en {last}',
    nobody: 'niemand',
    coordinator: 'de coördinatoren van het programma',
    teacher: 'de docenten van het team',
    tutor: 'de tutoren van het team',
    roleCoordinator: 'coördinator',
    roleTeacher: 'docent',
    roleTutor: 'tutor',
    nowHasRole: 'Je bent hier nu {roles}. Sluit de spreadsheet en open hem opnieuw om je menu te zien.',
    noRole:
      '{who} heeft geen rol in de spreadsheet van dit programma. De coördinatoren staan op het tabblad Settings; tutoren en docenten komen uit de actieve leerlingen op het tabblad Roster. Vraag {ask} om je toe te voegen.',
    yourAccount: 'Je account',
    askNamed: 'een coördinator ({emails})',
    askAnyone: 'de coördinator van het programma',
    teamWorkbookSetup: 'Dit is een teamspreadsheet: pas het programma aan in de hoofdspreadsheet van de coördinatoren.',
    teamWorkbookRoster: 'Dit is een teamspreadsheet: importeer de leerlingenlijst in de hoofdspreadsheet van de coördinatoren.',
  },
);

/** Every `doing` of ACTIONS, in English: the refusal's English is the phrase itself (so the English catalog is built, not repeated). */
const DOINGS = [
  'set up the program workbook',
  'import the roster',
  'provision Drive folders and team workbooks',
  'generate documents for many students',
  'open the tutor sidebar',
  'take part in Tier 2 questions',
  'share lesson materials',
  'fill templates from the program',
  "change the program's templates",
  'use the add-on',
  'refresh the dashboard',
  'see the access report',
  'upgrade the program to team workbooks',
  "see a student's goals and notes",
  'log session notes',
  'record goal-setting conferences',
  'check whether a save landed',
  'schedule and prepare the weekly meetings',
  'make progress reports for students and families',
  'release progress reports',
  'celebrate follow-through with families',
] as const;

export type Doing = (typeof DOINGS)[number];

/**
 * What a caller tried, keyed by its English words (as ACTIONS and the refusal read them); Dutch puts the verb last,
 * so each phrase is translated whole ("sessieverslagen vastleggen"), never word by word.
 */
export const doingText = /* @__PURE__ */ defineMessages(Object.fromEntries(DOINGS.map((d) => [d, d])) as Record<Doing, string>, {
  'set up the program workbook': 'de programma-spreadsheet inrichten',
  'import the roster': 'de leerlingenlijst importeren',
  'provision Drive folders and team workbooks': 'Drive-mappen en teamspreadsheets klaarzetten',
  'generate documents for many students': 'documenten voor veel leerlingen tegelijk maken',
  'open the tutor sidebar': 'het tutorpaneel openen',
  'take part in Tier 2 questions': 'meedoen aan de vragen van niveau 2',
  'share lesson materials': 'lesmateriaal delen',
  'fill templates from the program': 'sjablonen vullen met gegevens uit het programma',
  "change the program's templates": 'de sjablonen van het programma aanpassen',
  'use the add-on': 'de add-on gebruiken',
  'refresh the dashboard': 'het dashboard bijwerken',
  'see the access report': 'het overzicht van toegang bekijken',
  'upgrade the program to team workbooks': 'het programma laten overstappen op teamspreadsheets',
  "see a student's goals and notes": 'de doelen en verslagen van een leerling bekijken',
  'log session notes': 'sessieverslagen vastleggen',
  'record goal-setting conferences': 'doelengesprekken vastleggen',
  'check whether a save landed': 'nagaan of iets is opgeslagen',
  'schedule and prepare the weekly meetings': 'het weekoverleg plannen en voorbereiden',
  'make progress reports for students and families': 'voortgangsverslagen voor leerlingen en ouders maken',
  'release progress reports': 'voortgangsverslagen vrijgeven',
  'celebrate follow-through with families': 'doorzetten met ouders vieren',
});
