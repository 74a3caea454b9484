// The master's "Progress reports…" dialog, and what the server says when a report is made, refused or released.
// Settings names (Review progress reports) and the Roster are the program's own, so they stay as named.

import { defineMessages } from '../catalog';

export const progressReportText = /* @__PURE__ */ defineMessages(
  {
    loading: 'Loading…',
    failed: '{message} Nothing is lost: run it again to continue; reports already made are kept.',
    intro:
      'One Google Doc and a PDF copy per student, written for the student and family: the current goal and action steps, attendance, scores against targets, recent wins and next steps. Nothing tutor-only goes in.',
    reviewOn: 'Settings › Review progress reports is ticked: each report waits as a draft until a coordinator or the tutor releases it.',
    reviewOff: 'Reports are shared view-only with the student and family as they are made, when the Roster records their consent.',
    students: 'Students (one report each)',
    team: 'Team',
    allTeams: 'All teams',
    allShown: 'All {n} shown',
    studentInTeam: '{name} ({team})',
    ready: 'Reports ready',
    making: 'Making reports',
    readyCount: '{n} reports ready',
    notMade: '; {n} could not be made: {errors}',
    fullStop: '.',
    busy: 'Making reports…',
    makeOne: 'Make {n} report',
    makeOther: 'Make {n} reports',
    drafts: 'Drafts awaiting review',
    noDrafts: 'No draft waits for review.',
    draftOf: '{name} ({team}), report of {date}',
    openDoc: 'Open',
    release: 'Release',
    releaseNamed: 'Release the report of {name} of {date}',
    releasing: 'Releasing…',
  },
  {
    loading: 'Laden…',
    failed: '{message} Er gaat niets verloren: start opnieuw om verder te gaan; verslagen die al gemaakt zijn blijven bewaard.',
    intro:
      'Per leerling één Google-document en een pdf-kopie, geschreven voor de leerling en het gezin: het huidige doel en de actiepunten, aanwezigheid, scores tegenover de streefwaarden, recente successen en volgende stappen. Niets wat alleen voor tutoren is komt erin.',
    reviewOn: 'Settings › Review progress reports staat aan: elk verslag wacht als concept tot een coördinator of de tutor het vrijgeeft.',
    reviewOff: 'Verslagen worden meteen met de leerling en het gezin gedeeld (alleen lezen), als de Roster vastlegt dat ze toestemming gaven.',
    students: 'Leerlingen (één verslag per leerling)',
    team: 'Team',
    allTeams: 'Alle teams',
    allShown: 'Alle {n} getoonde',
    studentInTeam: '{name} ({team})',
    ready: 'Verslagen klaar',
    making: 'Verslagen worden gemaakt',
    readyCount: '{n} verslagen klaar',
    notMade: '; {n} konden niet worden gemaakt: {errors}',
    fullStop: '.',
    busy: 'Bezig met maken…',
    makeOne: '{n} verslag maken',
    makeOther: '{n} verslagen maken',
    drafts: 'Concepten die op controle wachten',
    noDrafts: 'Er wacht geen concept op controle.',
    draftOf: '{name} ({team}), verslag van {date}',
    openDoc: 'Openen',
    release: 'Vrijgeven',
    releaseNamed: 'Het verslag van {name} van {date} vrijgeven',
    releasing: 'Bezig met vrijgeven…',
  },
);

/** What the server says about progress reports (kept apart so Code.js does not carry the dialog's words). */
export const progressReportServerText = /* @__PURE__ */ defineMessages(
  {
    chooseStudents: 'Choose at least one student, or all.',
    notActive: 'Not active students on the Roster: {ids}.',
    notOnRoster: 'That student is not on the Roster.',
    onlyTutor: "Only a coordinator or {name}'s tutor can release {name}'s progress report.",
    noReport: 'No progress report of {date} for {name}.',
    releasedShared: 'Released and shared with {name} and their family, view only.',
    releasedLater: "Released. The coordinator's next run of Progress reports shares it with {name}'s family (when they agreed to it).",
  },
  {
    chooseStudents: 'Kies minstens één leerling, of alle leerlingen.',
    notActive: 'Geen actieve leerlingen op de Roster: {ids}.',
    notOnRoster: 'Die leerling staat niet op de Roster.',
    onlyTutor: 'Alleen een coördinator of de tutor van {name} kan het voortgangsverslag van {name} vrijgeven.',
    noReport: 'Er is geen voortgangsverslag van {date} voor {name}.',
    releasedShared: 'Vrijgegeven en gedeeld met {name} en het gezin (alleen lezen).',
    releasedLater:
      'Vrijgegeven. De volgende keer dat de coördinator Progress reports draait, wordt het gedeeld met het gezin van {name} (als ze daarmee instemden).',
  },
);
