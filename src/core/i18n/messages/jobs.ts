// Words shared by the dialogs that preview a change and then run it as a resumable job (provisioning, the upgrade).

import { defineMessages } from '../catalog';

export const jobText = /* @__PURE__ */ defineMessages(
  {
    dryRun: 'Dry run',
    done: 'Done',
    checkAgain: 'Check again',
    safeToClose: 'Closing this dialog is safe: the rest continues within the hour.',
    moreLines: '…and {n} more.',
  },
  {
    dryRun: 'Proefrun',
    done: 'Klaar',
    checkAgain: 'Opnieuw controleren',
    safeToClose: 'Je kunt dit venster gerust sluiten: de rest gaat binnen het uur vanzelf verder.',
    moreLines: '…en nog {n}.',
  },
);
