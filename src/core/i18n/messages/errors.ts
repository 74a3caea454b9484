// What a save tells the person when the workbook is busy or no longer holds what the form names, and the save
// key's message: said in the language of the person saving (their locale on the server, the page's in a sidebar).

import { defineMessages } from '../catalog';

export const saveErrorText = /* @__PURE__ */ defineMessages(
  {
    busy: 'Someone else is saving to the workbook right now. Nothing was lost: please try again in a few seconds.',
    studentGone: 'This student is not on the Roster (was the row removed?). Pick the student again.',
    stepGone: "This action step is not one of {name}'s (it may have been removed). Reload the student.",
    previousGoalGone: 'The previous goal is no longer on the Goals Master List. Reload {name}.',
    anotherConference:
      'Another conference for {name} was saved since this form was opened. Reload {name} to see it; what you typed stays in the form.',
    anotherConferenceGoal:
      'Another conference for {name} was saved since this form was opened (the active goal is now "{goal}"). Reload {name} to see it; what you typed stays in the form.',
  },
  {
    busy: 'Iemand anders slaat nu iets op in de spreadsheet. Er is niets verloren: probeer het over een paar seconden opnieuw.',
    studentGone: 'Deze leerling staat niet op de Roster (is de rij verwijderd?). Kies de leerling opnieuw.',
    stepGone: 'Deze actiestap hoort niet (meer) bij {name} (misschien is hij verwijderd). Laad de leerling opnieuw.',
    previousGoalGone: 'Het vorige doel staat niet meer op de Goals Master List. Laad {name} opnieuw.',
    anotherConference:
      'Er is een ander doelengesprek voor {name} opgeslagen sinds dit formulier openging. Laad {name} opnieuw om het te zien; wat je hebt getypt blijft in het formulier staan.',
    anotherConferenceGoal:
      'Er is een ander doelengesprek voor {name} opgeslagen sinds dit formulier openging (het actieve doel is nu "{goal}"). Laad {name} opnieuw om het te zien; wat je hebt getypt blijft in het formulier staan.',
  },
);

/** The save key's message on its own, for the question checks (its own export keeps the save errors out of that page part). */
export const saveKeyText = /* @__PURE__ */ defineMessages(
  { lostSaveKey: 'The form lost its save key: reload the sidebar.' },
  { lostSaveKey: 'Het formulier is zijn opslagsleutel kwijt: laad de zijbalk opnieuw.' },
);
