// The Conference tab (page part src/ui/parts/conference.ts): the guided before / during / after flow and the
// "Save anyway?" for a vague action step (seed 003: what, when, how often).

import { defineMessages } from '../catalog';

export const conferenceText = /* @__PURE__ */ defineMessages(
  {
    vagueStep: 'Step {n} (“{action}”) does not say {missing}.',
    vagueAsk: 'Save anyway? A specific step says what the student will do, when and how often.',
    saveAnyway: 'Save anyway',
    missingWhat: 'what the student will do',
    missingWhen: 'when and how often',
    missingBoth: 'what the student will do, nor when and how often',
  },
  {
    vagueStep: 'Stap {n} (“{action}”) zegt niet {missing}.',
    vagueAsk: 'Toch opslaan? Een specifieke stap zegt wat de leerling doet, wanneer en hoe vaak.',
    saveAnyway: 'Toch opslaan',
    missingWhat: 'wat de leerling gaat doen',
    missingWhen: 'wanneer en hoe vaak',
    missingBoth: 'wat de leerling gaat doen, en ook niet wanneer en hoe vaak',
  },
);
