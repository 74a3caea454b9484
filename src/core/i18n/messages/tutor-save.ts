// What every tab's save says when it landed but could not be read back (src/ui/tutor/save-once.ts, shared by the
// sidebar and its page parts, so it is a module of its own).

import { defineMessages } from '../catalog';

export const tutorSaveText = /* @__PURE__ */ defineMessages(
  { landed: 'Saved. The sidebar could not read the save back: reload the student to see it.' },
  { landed: 'Opgeslagen. De zijbalk kon het niet teruglezen: kies de leerling opnieuw om het te zien.' },
);
