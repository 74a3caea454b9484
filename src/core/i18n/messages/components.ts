// The shared form and job components (src/ui/components): buttons, progress, the resumable job's failure note.

import { defineMessages } from '../catalog';

export const componentText = /* @__PURE__ */ defineMessages(
  {
    close: 'Close',
    working: 'Working…',
    progress: '{label}: {done} of {total} ({percent})',
    nothingLost: '{message} Nothing is lost: {again}',
  },
  {
    close: 'Sluiten',
    working: 'Bezig…',
    progress: '{label}: {done} van {total} ({percent})',
    nothingLost: '{message} Er gaat niets verloren: {again}',
  },
);
