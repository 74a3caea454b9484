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

/**
 * A long job's progress in words ("12 of 40 teams done, about 2 minutes left"), said by the server in the language of
 * the coordinator who started the job. Units are keyed by their English plural (src/core/job.ts `unitOf`).
 */
export const jobStatusText = /* @__PURE__ */ defineMessages(
  {
    teams: 'teams',
    'folders and teams': 'folders and teams',
    steps: 'steps',
    documents: 'documents',
    students: 'students',
    skipped: ' ({n} skipped after {attempts} failed attempts)',
    nothing: 'Nothing to do: no {unit}.',
    allDone: 'All {total} {unit} done{skipped}.',
    head: '{done} of {total} {unit} done{skipped}',
    starting: '{head}, starting…',
    left: '{head}, {duration} left',
    underMinute: 'less than a minute',
    oneMinute: 'about 1 minute',
    minutes: 'about {n} minutes',
    hours: 'about {n} hours',
  },
  {
    teams: 'teams',
    'folders and teams': 'mappen en teams',
    steps: 'stappen',
    documents: 'documenten',
    students: 'leerlingen',
    skipped: ' ({n} overgeslagen na {attempts} mislukte pogingen)',
    nothing: 'Niets te doen: geen {unit}.',
    allDone: 'Alle {total} {unit} klaar{skipped}.',
    head: '{done} van de {total} {unit} klaar{skipped}',
    starting: '{head}, bezig met starten…',
    left: '{head}, nog {duration}',
    underMinute: 'minder dan een minuut',
    oneMinute: 'ongeveer 1 minuut',
    minutes: 'ongeveer {n} minuten',
    hours: 'ongeveer {n} uur',
  },
);
