// What the server says when a question or answer cannot be saved for a reason only it can see (the roster, the
// caller's role, the Questions sheet as it is now), in the writer's language.

import { defineMessages } from '../catalog';

export const questionServerText = /* @__PURE__ */ defineMessages(
  {
    noStudent: 'No student with that ID on the Roster.',
    onlyTeamAsk: "Only {team}'s teacher, its tutors and the program's coordinators can ask about this student.",
    onlyTeamAnswer: "Only the team's teacher, its tutors and the program's coordinators can answer this question.",
    questionGone: 'That question is no longer in the Questions sheet.',
    openFromStudent: 'Open the question from the student it is about.',
  },
  {
    noStudent: 'Er staat geen leerling met dat ID op de Roster.',
    onlyTeamAsk: 'Alleen de docent en de tutors van {team} en de coördinatoren van het programma kunnen over deze leerling vragen stellen.',
    onlyTeamAnswer: 'Alleen de docent en de tutors van het team en de coördinatoren van het programma kunnen deze vraag beantwoorden.',
    questionGone: 'Die vraag staat niet meer op het blad Questions.',
    openFromStudent: 'Open de vraag vanuit de leerling over wie hij gaat.',
  },
);
