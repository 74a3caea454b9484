// What provisioning, its dry run and the upgrade warn a coordinator about, and the Drive owner's refusal, in the
// language of the coordinator who runs them. Sheet and folder names (Roster, Drive Folders) stay as the program names them.

import { defineMessages } from '../catalog';

export const driveWarningText = /* @__PURE__ */ defineMessages(
  {
    notEmail: '{team}: "{email}" is not an email address (student {studentId}).',
    noTeacher: '{team}: no teacher email on the Roster.',
    teachers: "{team}: {n} teachers ({emails}); each gets the teacher's access.",
    duplicatesOne: '{n} duplicate folder found; the one recorded in "Drive Folders" is used.',
    duplicatesOther: '{n} duplicate folders found; the ones recorded in "Drive Folders" are used.',
    noTeams: 'No active students with a team on the Roster: only the program folder would be made.',
    unassigned:
      'Some rows name a student who is not on the Roster ({parts}), so they belong to no team. Add those students to the Roster with their team (or delete the rows), then run the upgrade: nothing is moved until every row has a team.',
    unassignedPart: '{n} in {sheet}',
    notOwner:
      "Only {owner} can run Drive actions (provisioning, its preview and the access report) for this program: their add-on created the program's folders and team workbooks, and Google lets only that account's add-on reach them. Ask {owner} to run it.",
    notOwnerDocs:
      "Only {owner} can run Drive actions for this program: their add-on created the team folders, and Google lets each person's add-on reach only what it made. Ask {owner} to generate these documents.",
  },
  {
    notEmail: '{team}: "{email}" is geen e-mailadres (leerling {studentId}).',
    noTeacher: '{team}: geen e-mailadres van een docent op de Roster.',
    teachers: '{team}: {n} docenten ({emails}); elk van hen krijgt de toegang van de docent.',
    duplicatesOne: '{n} dubbele map gevonden; de map die in "Drive Folders" staat wordt gebruikt.',
    duplicatesOther: '{n} dubbele mappen gevonden; de mappen die in "Drive Folders" staan worden gebruikt.',
    noTeams: 'Er staan geen actieve leerlingen met een team op de Roster: alleen de programmamap zou worden gemaakt.',
    unassigned:
      'Sommige rijen noemen een leerling die niet op de Roster staat ({parts}), dus horen ze bij geen enkel team. Zet die leerlingen met hun team op de Roster (of verwijder de rijen) en start daarna de upgrade: er wordt niets verplaatst zolang een rij geen team heeft.',
    unassignedPart: '{n} in {sheet}',
    notOwner:
      'Alleen {owner} kan Drive-acties (klaarzetten, de proefrun en het overzicht van toegang) voor dit programma uitvoeren: de add-on van dat account heeft de mappen en teamspreadsheets van het programma gemaakt, en Google laat alleen die add-on erbij. Vraag {owner} om het te doen.',
    notOwnerDocs:
      'Alleen {owner} kan Drive-acties voor dit programma uitvoeren: de add-on van dat account heeft de teammappen gemaakt, en Google laat de add-on van elke persoon alleen bij wat die zelf heeft gemaakt. Vraag {owner} om deze documenten te maken.',
  },
);
