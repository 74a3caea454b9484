// What the Progress reports job tells whoever runs it, item by item (src/workspace/family/progress-reports.ts), in
// that person's language; the report documents themselves follow their template (English by decision).

import { defineMessages } from '../catalog';

export const progressReportJobText = /* @__PURE__ */ defineMessages(
  {
    madeAsDraft: '{name}: made as a draft, waiting for a coordinator or {tutor} to release it.',
    notOnRoster: 'Student {id} is not on the Roster: no report made.',
  },
  {
    madeAsDraft: '{name}: gemaakt als concept; het wacht tot een coördinator of {tutor} het vrijgeeft.',
    notOnRoster: 'Leerling {id} staat niet op de Roster: er is geen verslag gemaakt.',
  },
);
