import { type AccessRow, accessSummary, differencesFirst, summaryRow } from '../../src/core/drive-report';

const row = (folder: string, person: string, status: AccessRow['status']): AccessRow => ({
  team: 'Algebra',
  folder,
  person,
  role: 'view',
  planned: 'view',
  status,
  note: '',
  folderId: `id-${folder}`,
});

describe('the access report opens with a summary', () => {
  it('counts folders, people and differences, and says what kinds', () => {
    const rows = [
      row('Algebra', 'ana@x', 'OK'),
      row('Algebra', 'ben@x', 'OK'),
      row('Algebra / Notes', 'ana@x', 'Missing access'),
      row('Algebra / Data', 'chen@x', 'Extra access'),
      row('Algebra / Data', 'dan@x', 'Extra access'),
    ];
    const summary = accessSummary(rows);
    expect(summary).toMatchObject({ folders: 3, people: 4, differences: 3 });
    expect(summary.text).toBe(
      '3 differences from the plan, listed first: 1 Missing access, 2 Extra access. "Provision Drive folders" fixes every difference.',
    );
    expect(summaryRow(summary)).toMatchObject({ team: 'Summary', folder: '3 folders and team workbooks', person: '4 people' });
    expect(differencesFirst(rows).map((r) => r.status)).toEqual(['Missing access', 'Extra access', 'Extra access', 'OK', 'OK']);
  });

  it('says so when everything matches', () => {
    const summary = accessSummary([row('Algebra', 'ana@x', 'OK')]);
    expect(summary.text).toBe('No differences: every folder matches the plan.');
    expect(summaryRow(summary)).toMatchObject({ folder: '1 folder or team workbook', person: '1 person' });
  });
});

describe('the access report summary for a Dutch coordinator', () => {
  it('names folders, people and each kind of difference in Dutch', () => {
    const summary = accessSummary(
      [row('Algebra', 'ana@x', 'OK'), row('Algebra / Data', 'chen@x', 'Extra access'), row('Algebra / Data', 'dan@x', 'Missing access')],
      'nl',
    );
    expect(summary.text).toBe(
      '2 verschillen met het plan, bovenaan vermeld: 1 × toegang te veel, 1 × toegang ontbreekt. "Drive-mappen klaarzetten" herstelt elk verschil.',
    );
    expect(summaryRow(summary, 'nl')).toMatchObject({ team: 'Samenvatting', folder: '2 mappen en teamspreadsheets', person: '3 personen' });
    expect(accessSummary([row('Algebra', 'ana@x', 'OK')], 'nl').text).toBe('Geen verschillen: elke map klopt met het plan.');
  });
});
