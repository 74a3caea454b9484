// Progress reports survive an execution killed at any Drive or Docs call: the re-run leaves exactly one complete Doc,
// one PDF, one Progress Reports row and one reader permission per address for each student.

import { InjectedFault } from '../../fakes/errors';
import { startProgressReports } from '../../src/server/family';
import { runJobChunk } from '../../src/server/jobs';
import { readReports } from '../../src/workspace/family/progress-reports';
import { ALGEBRA, COORDINATOR } from '../support/program';
import { familyProgram, MAYA_EMAIL, reportFiles } from './fixtures';

const KILL_AT = ['Drive.Files.create', 'Docs.Documents.batchUpdate', 'Drive.Files.export', 'Drive.Permissions.create'];

describe('progress reports killed mid-item', () => {
  afterEach(() => jest.useRealTimers());

  for (const call of KILL_AT) {
    for (const nth of [1, 2]) {
      it(`an execution killed at ${call} #${nth}, then resumed, leaves one complete report per student`, () => {
        const program = familyProgram();
        try {
          const started = program.run(() => startProgressReports({ studentIds: ['00101', '00102'] }));
          if (!started.ok) throw new Error(started.message);
          let seen = 0;
          program.world.afterCall.push((type, method) => {
            if (`${type}.${method}` === call && ++seen === nth) program.world.failAtCall(1);
          });
          let progress = started.value;
          let killed = 0;
          for (let i = 0; i < 10 && !progress.finished; i++) {
            try {
              progress = program.run(() => runJobChunk(progress.jobId));
            } catch (error) {
              if (!(error instanceof InjectedFault)) throw error;
              killed++;
            }
            program.world.failAtCall(null);
          }
          expect(progress.finished).toBe(true);
          expect(progress.errors).toEqual([]);
          const files = reportFiles(program);
          for (const name of ['Maya Johnson', 'Luis Ortega']) {
            const mine = files.filter((f) => f.name.includes(name));
            expect(mine.map((f) => f.mimeType).sort()).toEqual(['application/pdf', 'application/vnd.google-apps.document']);
            const doc = mine.find((f) => f.mimeType !== 'application/pdf');
            expect(program.world.state.documents[doc?.id ?? ''].body.length).toBeGreaterThan(10);
          }
          const maya = files.filter((f) => f.name.includes('Maya Johnson'));
          for (const f of maya) expect(f.permissions.filter((p) => p.emailAddress === MAYA_EMAIL)).toHaveLength(1);
          const rows = program.inTeam(ALGEBRA, COORDINATOR, () => readReports(SpreadsheetApp.getActiveSpreadsheet()));
          expect(rows.map((r) => r.studentId).sort()).toEqual(['00101', '00102']);
          expect(killed).toBe(1);
        } finally {
          program.close();
        }
      });
    }
  }
});
