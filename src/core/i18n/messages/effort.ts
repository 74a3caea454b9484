// The effort data a tutor sees at a glance and finds prefilled in a conference's data share (seed 003): attendance
// in the dashboard's window, punctuality, action-step check-offs and recent assignments.

import { defineMessages } from '../catalog';

export const effortText = /* @__PURE__ */ defineMessages(
  {
    attendanceWindow: 'Tutoring attendance: {count} ({pct}).',
    attendanceLogged: 'Tutoring attendance: {attended} of {n} logged sessions ({pct}).',
    punctuality: 'Punctuality: on time {onTime} of {attended} ({pct}).',
    stepsDone: 'Action steps done: {done} of {n} check-offs ({pct}).',
    assignments: 'Assignments completed/corrected lately: {list}.',
  },
  {
    attendanceWindow: 'Aanwezigheid bij tutoring: {count} ({pct}).',
    attendanceLogged: 'Aanwezigheid bij tutoring: {attended} van {n} vastgelegde sessies ({pct}).',
    punctuality: 'Stiptheid: {onTime} van de {attended} keer op tijd ({pct}).',
    stepsDone: 'Actiestappen gedaan: {done} van de {n} keer afgevinkt ({pct}).',
    assignments: 'Opdrachten gemaakt/verbeterd de laatste tijd: {list}.',
  },
);
