// Unit tests of what the Docs sidebar shows: the pasted workbook link, template summaries and the preview.

import { TEMPLATES, templateById } from '../../../src/core/templates/catalog';
import { fieldsIn } from '../../../src/core/templates/merge';
import { templatePreview, templateSummaries, workbookIdFrom } from '../../../src/core/templates/sidebar-model';

const ID = '1AbC-def_ghiJKLmnopQRstuVWxyz0123456789';

describe('the workbook link a user pastes', () => {
  test('a workbook URL gives its id', () => {
    expect(workbookIdFrom(`  https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0 `)).toBe(ID);
  });

  test('a bare id is kept, trimmed', () => {
    expect(workbookIdFrom(` ${ID}\n`)).toBe(ID);
  });

  test('nothing gives nothing, and text that is not a link is passed on as it is (opening it then fails)', () => {
    expect(workbookIdFrom('   ')).toBe('');
    expect(workbookIdFrom('https://example.com/d/short/edit')).toBe('https://example.com/d/short/edit');
  });
});

describe('template summaries', () => {
  test("every built-in template, with the program's version where one is registered", () => {
    const summaries = templateSummaries({
      'tutor-coaching': {
        templateId: 'tutor-coaching',
        docId: 'doc-1',
        url: 'https://docs.google.com/document/d/doc-1/edit',
        registeredBy: 'coordinator@school.example',
        registeredOn: '2026-09-01',
        unknownFields: '{{tutor.shoeSize}}',
      },
    });
    expect(summaries.map((s) => s.id)).toEqual(TEMPLATES.map((t) => t.id));
    const coaching = summaries.find((s) => s.id === 'tutor-coaching');
    expect(coaching?.programVersionUrl).toBe('https://docs.google.com/document/d/doc-1/edit');
    expect(coaching?.programVersionUnknown).toBe('{{tutor.shoeSize}}');
    expect(summaries.filter((s) => s.programVersionUrl)).toHaveLength(1);
  });
});

describe('the preview of merged values', () => {
  const template = templateById('tier3-weekly-meeting');

  test("a program's version lists its own fields: unknown ones apart, empty ones named, no lists counted", () => {
    const values = { scalars: { 'program.name': 'Northside', 'team.name': '' }, lists: { 'team.students': [{}, {}] } };
    const preview = templatePreview(template, values, fieldsIn('{{program.name}} {{team.name}} {{tutor.shoeSize}}'));
    expect(preview.fields.map((f) => [f.name, f.value])).toEqual([
      ['program.name', 'Northside'],
      ['team.name', ''],
    ]);
    expect(preview.empty).toEqual(['team.name']);
    expect(preview.unknown).toEqual(['tutor.shoeSize']);
    expect(preview.lists).toEqual([]);
    expect(preview.usesProgramVersion).toBe(true);
  });

  test('the built-in template counts each repeated list once', () => {
    const preview = templatePreview(template, { scalars: {}, lists: { 'team.students': [{}, {}, {}] } }, null);
    expect(preview.usesProgramVersion).toBe(false);
    expect(preview.unknown).toEqual([]);
    expect(new Set(preview.lists.map((l) => l.name)).size).toBe(preview.lists.length);
    expect(preview.lists.find((l) => l.name === 'team.students')?.rows).toBe(3);
  });
});
