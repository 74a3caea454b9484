// The "Generate conference docs" dialog. Folder and sheet names (Session Notes, Weekly Meetings, Goals Master List)
// are the program's own, so they stay as named.

import { defineMessages } from '../catalog';

export const generateText = /* @__PURE__ */ defineMessages(
  {
    loading: 'Loading…',
    failed: '{message} Nothing is lost: run it again to continue; documents already made are skipped.',
    template: 'Template',
    copiesOf: 'Documents are copies of',
    programVersion: "the program's version",
    unknownFields: 'Unknown merge fields stay as typed: {fields}.',
    teams: 'Teams (one agenda each)',
    students: 'Students (one document each)',
    team: 'Team',
    allTeams: 'All teams',
    allShown: 'All {n} shown',
    goal: 'Goal: {goal}',
    teamFolders: '{filed} of {total} teams have a Weekly Meetings folder; other agendas go to your My Drive.',
    studentFolders:
      'Documents go to each team\'s Session Notes folder when "Provision Drive folders" has made it ({filed} of {total} teams), otherwise to your My Drive. Conference docs are linked from the Goals Master List.',
    ready: 'Documents ready',
    generating: 'Generating documents',
    readyCount: '{n} documents ready',
    notMade: '; {n} could not be made: {errors}',
    fullStop: '.',
    skipsExisting: 'Running it again skips documents that already exist.',
    busy: 'Generating…',
    generateOne: 'Generate {n} document',
    generateOther: 'Generate {n} documents',
  },
  {
    loading: 'Laden…',
    failed: '{message} Er gaat niets verloren: start opnieuw om verder te gaan; documenten die al bestaan worden overgeslagen.',
    template: 'Sjabloon',
    copiesOf: 'De documenten zijn kopieën van',
    programVersion: 'de versie van het programma',
    unknownFields: 'Onbekende samenvoegvelden blijven staan zoals getypt: {fields}.',
    teams: 'Teams (één agenda per team)',
    students: 'Leerlingen (één document per leerling)',
    team: 'Team',
    allTeams: 'Alle teams',
    allShown: 'Alle {n} getoonde',
    goal: 'Doel: {goal}',
    teamFolders: '{filed} van de {total} teams hebben een map Weekly Meetings; de andere agenda’s komen in je Mijn Drive.',
    studentFolders:
      'De documenten komen in de map Session Notes van elk team zodra "Drive-mappen klaarzetten" die heeft gemaakt ({filed} van de {total} teams), anders in je Mijn Drive. Gespreksdocumenten worden gekoppeld vanuit de Goals Master List.',
    ready: 'Documenten klaar',
    generating: 'Documenten worden gemaakt',
    readyCount: '{n} documenten klaar',
    notMade: '; {n} konden niet worden gemaakt: {errors}',
    fullStop: '.',
    skipsExisting: 'Nog een keer starten slaat documenten over die al bestaan.',
    busy: 'Bezig met maken…',
    generateOne: '{n} document maken',
    generateOther: '{n} documenten maken',
  },
);
