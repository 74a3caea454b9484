// The checks of a threaded question and its answer (src/core/drive-questions.ts), run in the sidebar and again on the
// server, in the language of the person writing.

import { defineMessages } from '../catalog';

export const questionCheckText = /* @__PURE__ */ defineMessages(
  {
    tier1: 'Threaded questions are part of Tier 2 and 3 communication; this program is set to Tier 1 (see Settings).',
    chooseStudent: 'Choose the student the question is about.',
    questionAsText: 'Write your question as text.',
    writeQuestion: 'Write your question.',
    tooLong: 'Keep it under {max} characters.',
    aboutNotText: 'Give a note ID or a link, not a text.',
    chooseQuestion: 'Choose the question to answer.',
    answerAsText: 'Write your answer as text.',
    writeAnswer: 'Write your answer.',
  },
  {
    tier1: 'Vragen in een draad horen bij communicatie op niveau 2 en 3; dit programma staat op niveau 1 (zie Settings).',
    chooseStudent: 'Kies de leerling over wie de vraag gaat.',
    questionAsText: 'Schrijf je vraag als tekst.',
    writeQuestion: 'Schrijf je vraag.',
    tooLong: 'Houd het korter dan {max} tekens.',
    aboutNotText: 'Geef een ID van een sessieverslag of een link, geen tekst.',
    chooseQuestion: 'Kies de vraag die je wilt beantwoorden.',
    answerAsText: 'Schrijf je antwoord als tekst.',
    writeAnswer: 'Schrijf je antwoord.',
  },
);
