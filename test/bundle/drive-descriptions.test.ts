// The descriptions Drive shows on provisioned folders and team workbooks ship as a data file
// (dist/data-drive-descriptions.html): provisioning from the bundle writes the same descriptions as the sources.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DRIVE_DESCRIPTIONS } from '../../src/core/drive-descriptions';
import { DIST, loadBundle } from '../support/bundle';
import { COORDINATOR, createProgram } from '../support/program';

type Callable = (...args: unknown[]) => unknown;
type Progress = { jobId: string; finished: boolean; errors: string[] };

beforeAll(() => {
  if (!existsSync(join(DIST, 'Code.js'))) execFileSync('node', [join(__dirname, '..', '..', 'scripts', 'build.js')], { stdio: 'ignore' });
});

describe('Drive folder descriptions as a data file', () => {
  it('a coordinator provisions Tier 3 from the bundle: every folder and team workbook carries its description', () => {
    expect(readFileSync(join(DIST, 'Code.js'), 'utf8')).not.toContain(DRIVE_DESCRIPTIONS.byKind.studentData);
    const p = createProgram({ tier: 3, teamWorkbooks: false, settings: { coordinators: [COORDINATOR] } });
    try {
      const app = loadBundle(p.world);
      const started = p.as(COORDINATOR, () => (app.startDriveProvision as Callable)()) as Progress;
      let progress = started;
      for (let chunk = 0; !progress.finished && chunk < 50; chunk++) {
        // Each chunk is its own execution in Apps Script: a fresh load of the bundle.
        const next = loadBundle(p.world);
        progress = p.as(COORDINATOR, () => (next.runJobChunk as Callable)(started.jobId)) as Progress;
      }
      expect(progress).toMatchObject({ finished: true, errors: [] });
      const made = Object.values(p.world.state.drive).filter((item) => !item.trashed && item.description);
      const descriptions = new Set(made.map((item) => item.description));
      const expected = [...Object.values(DRIVE_DESCRIPTIONS.byKind), DRIVE_DESCRIPTIONS.root, DRIVE_DESCRIPTIONS.teamWorkbook];
      expect(expected.filter((d) => !descriptions.has(d))).toEqual([]);
    } finally {
      p.close();
    }
  });
});
