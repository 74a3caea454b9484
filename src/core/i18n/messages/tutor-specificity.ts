// What the action-plan check says about a step that is not specific yet (seed 003: what, when, how often), with the
// seed's good example, in each language (core/specificity).

import { defineMessages } from '../catalog';

export const specificityText = /* @__PURE__ */ defineMessages(
  {
    tooVague: 'Too vague!',
    howMuch: '("{words}" does not say how much)',
    askBoth: 'Say what the student will do and when or how often',
    askWhat: 'Say what the student will do, and why: which skill, assignment or material',
    askWhen: 'Say when and how often: which days, how many minutes, how many times a week',
    example: 'I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.',
    hint: '{tooVague}{quoted} {ask}, e.g. "{example}"',
  },
  {
    tooVague: 'Te vaag!',
    howMuch: '("{words}" zegt niet hoeveel)',
    askBoth: 'Schrijf op wat de leerling gaat doen en wanneer of hoe vaak',
    askWhat: 'Schrijf op wat de leerling gaat doen, en waarvoor: welke vaardigheid, opdracht of welk materiaal',
    askWhen: 'Schrijf op wanneer en hoe vaak: welke dagen, hoeveel minuten, hoe vaak per week',
    example: 'Ik kom op maandag en woensdag naar de bijles om de toetsen van mijn rekenmachine te oefenen.',
    hint: '{tooVague}{quoted} {ask}, bijv. "{example}"',
  },
);
