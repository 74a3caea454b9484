// What a save tells the person when the workbook is busy or no longer holds the student the form names, and the save
// key's message: said in the language of the person saving (their locale on the server, the page's in a sidebar).

import { defineMessages } from '../catalog';

export const saveErrorText = /* @__PURE__ */ defineMessages(
  {
    busy: 'Someone else is saving to the workbook right now. Nothing was lost: please try again in a few seconds.',
    studentGone: 'This student is not on the Roster (was the row removed?). Pick the student again.',
  },
  {
    busy: 'Iemand anders slaat nu iets op in de spreadsheet. Er is niets verloren: probeer het over een paar seconden opnieuw.',
    studentGone: 'Deze leerling staat niet op de Roster (is de rij verwijderd?). Kies de leerling opnieuw.',
  },
);

/** The save key's message on its own, for the question checks (its own export keeps the save errors out of that page part). */
export const saveKeyText = /* @__PURE__ */ defineMessages(
  { lostSaveKey: 'The form lost its save key: reload the sidebar.' },
  { lostSaveKey: 'Het formulier is zijn opslagsleutel kwijt: laad de zijbalk opnieuw.' },
);
