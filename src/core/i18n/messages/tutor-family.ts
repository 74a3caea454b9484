// The tutor sidebar's family part (src/ui/parts/family.ts): celebrating follow-through with the family and the
// progress reports waiting for the tutor's release (issue 13).

import { defineMessages } from '../catalog';

export const tutorFamilyText = /* @__PURE__ */ defineMessages(
  {
    celebrate: 'Celebrate follow-through',
    wholePlan: '{name} did every step of the action plan this week.',
    keptUp: '{name} kept a step up {n} sessions in a row.',
    preference: 'Praise preference: {preference}.',
    Public: 'in public',
    Private: 'in private',
    toldFirst: 'I told {name} first',
    emailLabel: 'Email to the family (edit as you like)',
    callLabel: 'What to say when you call home (edit as you like)',
    sending: 'Sending…',
    sendFamily: 'Send to the family',
    calledHome: 'I called home: log it',
    reports: 'Progress reports',
    reportOf: 'Report of {date}',
    draft: 'Draft',
    released: 'Released',
    release: 'Release to the family',
    releaseAsk:
      "Release the report of {date}? The family gets it when the coordinator's next run shares it, and only if the Roster records their consent.",
    releaseYes: 'Release',
    cancel: 'Cancel',
    releasing: 'Releasing…',
  },
  {
    celebrate: 'Vier wat de leerling volhield',
    wholePlan: '{name} heeft deze week elke stap van het actieplan gedaan.',
    keptUp: '{name} heeft een stap {n} sessies op rij volgehouden.',
    preference: 'Zo wil de leerling geprezen worden: {preference}.',
    Public: 'in het openbaar',
    Private: 'onder vier ogen',
    toldFirst: 'Ik heb het eerst aan {name} verteld',
    emailLabel: 'E-mail aan het gezin (pas gerust aan)',
    callLabel: 'Wat je zegt als je naar huis belt (pas gerust aan)',
    sending: 'Versturen…',
    sendFamily: 'Naar het gezin sturen',
    calledHome: 'Ik heb naar huis gebeld: vastleggen',
    reports: 'Voortgangsverslagen',
    reportOf: 'Verslag van {date}',
    draft: 'Concept',
    released: 'Vrijgegeven',
    release: 'Vrijgeven voor het gezin',
    releaseAsk:
      'Het verslag van {date} vrijgeven? Het gezin krijgt het als de coördinator de volgende keer de verslagen deelt, en alleen als de Roster hun toestemming vermeldt.',
    releaseYes: 'Vrijgeven',
    cancel: 'Annuleren',
    releasing: 'Bezig met vrijgeven…',
  },
);
