// A Dutch coordinator's access report: the summary, every row's note and the toast are in Dutch; Status, Role and
// Planned keep the English values the sheet's highlighting reads. The sheet is written in the language of whoever runs it.

import { setDriveScope } from '../../fakes/drive';
import { setUserLocale } from '../../fakes/script/session';
import { ACCESS_REPORT_TABLE } from '../../src/core/drive-tables';
import { menuAccessReport } from '../../src/server/drive';
import { startProvisionJob } from '../../src/workspace/drive-provision';
import { runChunk } from '../../src/workspace/job-runner';
import { readTable, requireSheet } from '../../src/workspace/table-store';
import { ALGEBRA, COORDINATOR, createProgram, type Program, TUTOR_ANA, TUTOR_CHEN } from '../support/program';

function provisioned(): Program {
  const p = createProgram({ tier: 2 });
  setDriveScope(p.world, 'drive.file');
  const started = p.run(() => startProvisionJob(SpreadsheetApp.getActiveSpreadsheet()));
  let progress = started;
  while (!progress.finished) progress = p.run(() => runChunk(started.jobId));
  return p;
}

describe('the access report for a Dutch coordinator', () => {
  let p: Program;
  afterEach(() => p.close());

  it('a Dutch coordinator runs the access report: summary, notes and toast in Dutch, the status values in English', () => {
    p = provisioned();
    setUserLocale(p.world, COORDINATOR, 'nl');
    const data = Object.values(p.world.state.drive).find(
      (i) => i.appProperties.ttKind === 'studentData' && p.world.state.drive[i.parents[0]]?.name === ALGEBRA,
    );
    data?.permissions.push({ id: 'perm-tutor.chen@school.example', type: 'user', emailAddress: TUTOR_CHEN, role: 'reader' });
    p.run(() => menuAccessReport());
    const rows = p.run(() =>
      readTable(requireSheet(SpreadsheetApp.getActiveSpreadsheet(), ACCESS_REPORT_TABLE), ACCESS_REPORT_TABLE).rows.map((r) => r.record),
    );
    expect(rows[0]).toMatchObject({ team: 'Samenvatting', folder: '23 mappen en teamspreadsheets', person: '6 personen' });
    expect(rows[0].note).toBe('1 verschil met het plan, bovenaan vermeld: 1 × toegang te veel. "Drive-mappen klaarzetten" herstelt elk verschil.');
    expect(rows[1]).toMatchObject({
      person: TUTOR_CHEN,
      role: 'view',
      planned: 'no access',
      status: 'Extra access',
      note: 'Staat niet (meer) bij dit team op de Roster.',
    });
    const sessionNotes = rows.filter((r) => r.folder === `${ALGEBRA} / Session Notes`);
    expect(sessionNotes.find((r) => r.person === COORDINATOR)).toMatchObject({ status: 'OK', note: 'Coördinator (eigenaar): bewerkt alles' });
    expect(sessionNotes.find((r) => r.person === TUTOR_ANA)?.note).toMatch(
      /^Tutor op niveau 2: bewerken \((gedeeld op deze map|doorgegeven van de map erboven)\)$/,
    );
    // No English note is left in the sheet.
    expect(rows.filter((r) => /\b(Coordinator|Teacher|Team member|passed down|shared on this folder)\b/.test(String(r.note)))).toEqual([]);
    expect(p.world.state.ui.toasts.at(-1)).toEqual({ title: 'Overzicht van toegang', message: `23 mappen, 6 personen. ${rows[0].note}` });
  });
});
