// The SpreadsheetApp fake behaves like the real service: indices, errors, input parsing, costs and state.

import { createCharts, createSpreadsheetApp } from '../../fakes/sheets';
import { FakeWorld } from '../../fakes/world';

const USER = 'coordinator@school.example';
const TUTOR = 'tutor@school.example';

function setup() {
  const world = new FakeWorld({ users: [USER, TUTOR] });
  const SpreadsheetApp = createSpreadsheetApp(world);
  const as = <T>(fn: () => T, options: { user?: string; spreadsheetId?: string; host?: 'sheets' | 'docs' | 'drive' | null } = {}) =>
    world.run({ user: USER, ...options }, fn);
  return { world, SpreadsheetApp, as };
}

describe('SpreadsheetApp fake', () => {
  describe('create and open', () => {
    it('creates a spreadsheet with one 1000 x 26 sheet named Sheet1', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const ss = SpreadsheetApp.create('Program');
        expect(ss.getName()).toBe('Program');
        const sheets = ss.getSheets();
        expect(sheets.map((s) => s.getName())).toEqual(['Sheet1']);
        expect(sheets[0].getMaxRows()).toBe(1000);
        expect(sheets[0].getMaxColumns()).toBe(26);
        expect(ss.getUrl()).toContain(ss.getId());
        expect(SpreadsheetApp.openById(ss.getId()).getName()).toBe('Program');
      });
    });

    it('honours the size given to create', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Small', 10, 3).getSheets()[0];
        expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([10, 3]);
      });
    });

    it('returns the active spreadsheet of the execution, or null without one', () => {
      const { SpreadsheetApp, as } = setup();
      const id = as(() => SpreadsheetApp.create('Program').getId());
      as(() => expect(SpreadsheetApp.getActiveSpreadsheet()).toBeNull());
      as(() => expect(SpreadsheetApp.getActiveSpreadsheet().getId()).toBe(id), { spreadsheetId: id });
      as(() => expect(SpreadsheetApp.getActive().getName()).toBe('Program'), { spreadsheetId: id });
    });

    it('refuses openById to a user without access, and readers cannot write', () => {
      const { world, SpreadsheetApp, as } = setup();
      const id = as(() => SpreadsheetApp.create('Private').getId());
      as(() => expect(() => SpreadsheetApp.openById(id)).toThrow('You do not have permission to access the requested document.'), { user: TUTOR });
      world.state.drive[id].permissions.push({ id: 'p2', type: 'user', emailAddress: TUTOR, role: 'reader' });
      as(
        () => {
          const sheet = SpreadsheetApp.openById(id).getSheets()[0];
          expect(sheet.getRange('A1').getValue()).toBe('');
          expect(() => sheet.getRange('A1').setValue('x')).toThrow('You do not have permission to access the requested document.');
        },
        { user: TUTOR },
      );
    });

    it('fails openById for an unknown id', () => {
      const { SpreadsheetApp, as } = setup();
      as(() =>
        expect(() => SpreadsheetApp.openById('nope')).toThrow(
          'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
        ),
      );
    });

    it('only offers getUi in a Sheets execution', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => expect(() => SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.'), { host: 'docs' });
      as(() => expect(SpreadsheetApp.getUi()).toBeTruthy());
    });
  });

  describe('sheets', () => {
    it('inserts sheets and rejects a duplicate name with the real message', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const ss = SpreadsheetApp.create('Program');
        const roster = ss.insertSheet('Roster');
        expect(roster.getIndex()).toBe(2);
        expect(ss.getActiveSheet().getName()).toBe('Roster');
        expect(() => ss.insertSheet('Roster')).toThrow('A sheet with the name "Roster" already exists. Please enter another name.');
        const first = ss.insertSheet('Goals', 0);
        expect(first.getIndex()).toBe(1);
        expect(ss.getSheets().map((s) => s.getName())).toEqual(['Goals', 'Sheet1', 'Roster']);
        expect(ss.getSheetByName('Nope')).toBeNull();
        expect(ss.getSheetById(roster.getSheetId())?.getName()).toBe('Roster');
      });
    });

    it('deletes and renames sheets, but never the last one', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const ss = SpreadsheetApp.create('Program');
        const extra = ss.insertSheet('Extra');
        extra.setName('Session Notes');
        expect(ss.getSheetByName('Session Notes')).not.toBeNull();
        ss.deleteSheet(extra);
        expect(ss.getNumSheets()).toBe(1);
        expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
      });
    });

    it('hides and shows sheets, frozen rows, widths and tab colours', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const ss = SpreadsheetApp.create('Program');
        const sheet = ss.getSheets()[0];
        const other = ss.insertSheet('Config');
        other.hideSheet();
        expect(other.isSheetHidden()).toBe(true);
        expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
        other.showSheet();
        sheet.setFrozenRows(1);
        sheet.setFrozenColumns(2);
        expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
        sheet.setColumnWidth(2, 240).setColumnWidths(3, 2, 80);
        expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(4)]).toEqual([100, 240, 80]);
        sheet.hideColumns(5, 2);
        expect(sheet.isColumnHiddenByUser(6)).toBe(true);
        sheet.setTabColor('#ff0000');
        expect(sheet.getTabColor()).toBe('#ff0000');
      });
    });
  });

  describe('ranges and A1 notation', () => {
    it('uses 1-based rows and columns', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        const r = sheet.getRange(2, 3, 4, 2);
        expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 4, 2, 5, 4]);
        expect(r.getA1Notation()).toBe('C2:D5');
        expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
        expect(sheet.getRange(1, 27 - 1).getA1Notation()).toBe('Z1');
        expect(r.getCell(2, 2).getA1Notation()).toBe('D3');
        expect(r.offset(1, -1).getA1Notation()).toBe('B3:C6');
        expect(r.getSheet().getName()).toBe('Sheet1');
      });
    });

    it('parses A1 notation, with sheet names and open ends', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const ss = SpreadsheetApp.create('Program');
        ss.insertSheet('Tutor Roster');
        const r = ss.getRange("'Tutor Roster'!B2:C3");
        expect(r.getSheet().getName()).toBe('Tutor Roster');
        expect(r.getA1Notation()).toBe('B2:C3');
        const sheet = ss.getSheetByName('Tutor Roster');
        if (!sheet) throw new Error('missing');
        expect(sheet.getRange('a:b').getNumRows()).toBe(1000);
        expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C1000');
        expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
        expect(() => ss.getRange("'Nope'!A1")).toThrow('Range not found');
        expect(() => sheet.getRange('not a range')).toThrow('Range not found');
      });
    });

    it('rejects bad coordinates with the real messages', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
        expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
        expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
        expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
        expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
        expect(() => sheet.getRange(1, 1, 1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
        expect(() => sheet.getRange(1.5, 1)).toThrow("Cannot convert '1.5' to int.");
      });
    });
  });

  describe('values', () => {
    it('reads back what was written, with empty strings for empty cells', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        sheet.getRange(1, 1, 2, 3).setValues([
          ['Student', 'Grade', 'Active'],
          ['Ana', 7, true],
        ]);
        expect(sheet.getRange(1, 1, 3, 4).getValues()).toEqual([
          ['Student', 'Grade', 'Active', ''],
          ['Ana', 7, true, ''],
          ['', '', '', ''],
        ]);
        expect(sheet.getRange('B2').getValue()).toBe(7);
        expect(sheet.getRange(2, 1, 1, 3).getDisplayValues()).toEqual([['Ana', '7', 'TRUE']]);
      });
    });

    it('gives fresh arrays from getValues', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        sheet.getRange('A1').setValue('kept');
        const values = sheet.getRange('A1:B1').getValues();
        values[0][0] = 'changed';
        expect(sheet.getRange('A1').getValue()).toBe('kept');
      });
    });

    it('rejects data of the wrong shape with the real messages', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const range = SpreadsheetApp.create('Program').getSheets()[0].getRange(1, 1, 3, 2);
        expect(() =>
          range.setValues([
            [1, 2],
            [3, 4],
          ]),
        ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.');
        expect(() => range.setValues([[1, 2], [3, 4], [5]])).toThrow(
          'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
        );
      });
    });

    it('reads input like typed text: formulas, apostrophes, numbers, dates and booleans', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        sheet.getRange(1, 1, 1, 9).setValues([['42', '+1', '-3', '00123', "'00123", '=1+2', 'TRUE', '2026-01-05', 'hello']]);
        const [row] = sheet.getRange(1, 1, 1, 9).getValues();
        expect(row.slice(0, 7)).toEqual([42, 1, -3, 123, '00123', 3, true]);
        expect(row[7]).toBeInstanceOf(Date);
        expect(row[8]).toBe('hello');
        expect(sheet.getRange('F1').getFormula()).toBe('=1+2');
        expect(sheet.getRange('A1').getFormula()).toBe('');
        expect(sheet.getRange('H1').getDisplayValue()).toBe('2026-01-05');
        // Midnight in the spreadsheet's time zone (America/New_York in January: UTC-5).
        expect((row[7] as Date).toISOString()).toBe('2026-01-05T05:00:00.000Z');
      });
    });

    it('keeps strings as text in plain-text (@) cells', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        const range = sheet.getRange('A1:C1');
        range.setNumberFormat('@');
        range.setValues([['00123', '2026-01-05', '=1+2']]);
        expect(range.getValues()).toEqual([['00123', '2026-01-05', '=1+2']]);
        expect(range.getNumberFormats()).toEqual([['@', '@', '@']]);
        expect(sheet.getRange('D1').getNumberFormat()).toBe('0.###############');
      });
    });

    it('evaluates simple formulas and shows #ERROR! for the rest', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const ss = SpreadsheetApp.create('Program');
        const sheet = ss.getSheets()[0];
        sheet.getRange('A1:A2').setValues([[2], [3]]);
        sheet.getRange('B1').setFormula('=A1*10');
        sheet.getRange('C1:C2').setFormula('=A1+1');
        sheet.getRange('D1').setValue('=VLOOKUP(A1,Roster!A:B,2,FALSE)');
        sheet.getRange('E1').setValue('=A1/0');
        sheet.getRange('F1').setValue('="Goal "&A1');
        expect(sheet.getRange('B1:F1').getValues()).toEqual([[20, 3, '#ERROR!', '#DIV/0!', 'Goal 2']]);
        expect(sheet.getRange('C1:C2').getFormulas()).toEqual([['=A1+1'], ['=A2+1']]);
        expect(sheet.getRange('C2').getValue()).toBe(4);
      });
    });

    it('keeps Date objects as dates and shows them in the spreadsheet time zone', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const ss = SpreadsheetApp.create('Program');
        ss.setSpreadsheetTimeZone('UTC');
        const cell = ss.getSheets()[0].getRange('A1');
        cell.setValue(new Date(Date.UTC(2026, 2, 4, 15, 30)));
        expect((cell.getValue() as Date).getTime()).toBe(Date.UTC(2026, 2, 4, 15, 30));
        expect(cell.getDisplayValue()).toBe('3/4/2026 15:30:00');
        cell.setNumberFormat('yyyy-mm-dd');
        expect(cell.getDisplayValue()).toBe('2026-03-04');
      });
    });

    it('formats numbers through their number format', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const range = SpreadsheetApp.create('Program').getSheets()[0].getRange('A1:C1');
        range.setValues([[0.256, 1234.5, 3]]);
        range.setNumberFormats([['0.0%', '#,##0.00', '0']]);
        expect(range.getDisplayValues()).toEqual([['25.6%', '1,234.50', '3']]);
      });
    });
  });

  describe('rows, columns and appendRow', () => {
    it('reports 0 for last row and column of an empty sheet, and A1 as its data range', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
        expect(sheet.getDataRange().getA1Notation()).toBe('A1');
        sheet.getRange('C5').setValue('x');
        expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
        expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
      });
    });

    it('appends after the last row with content, in one call, growing the sheet', () => {
      const { world, SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program', 2, 2).getSheets()[0];
        sheet.appendRow(['Student', 'Goal']);
        sheet.appendRow(['Ana', 'Fluency']);
        world.counter.reset();
        sheet.appendRow(['Ben', 'Fractions', 'extra']);
        expect(world.counter.count('Sheet.appendRow')).toBe(1);
        expect(world.counter.total).toBe(1);
        expect(world.counter.cellsWritten).toBe(3);
        expect(sheet.getLastRow()).toBe(3);
        expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([3, 3]);
        expect(sheet.getRange(3, 1, 1, 3).getValues()).toEqual([['Ben', 'Fractions', 'extra']]);
      });
    });

    it('inserts and deletes rows and columns, moving content and formats', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program', 10, 5).getSheets()[0];
        sheet.getRange('A1:A3').setValues([['one'], ['two'], ['three']]);
        sheet.getRange('A3').setBackground('#ffff00').setNote('third');
        sheet.insertRowsAfter(1, 2);
        expect(sheet.getMaxRows()).toBe(12);
        expect(
          sheet
            .getRange('A1:A5')
            .getValues()
            .map((r) => r[0]),
        ).toEqual(['one', '', '', 'two', 'three']);
        expect(sheet.getRange('A5').getBackground()).toBe('#ffff00');
        expect(sheet.getRange('A5').getNote()).toBe('third');
        sheet.deleteRows(2, 2);
        expect(
          sheet
            .getRange('A1:A3')
            .getValues()
            .map((r) => r[0]),
        ).toEqual(['one', 'two', 'three']);
        sheet.insertColumnBefore(1);
        expect(sheet.getRange('B1').getValue()).toBe('one');
        sheet.deleteColumn(1);
        expect(sheet.getRange('A1').getValue()).toBe('one');
        expect(() => sheet.deleteRows(10, 5)).toThrow('Those rows are out of bounds.');
        expect(() => sheet.deleteRows(1, 10)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
      });
    });

    it('clears contents, formats or both', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        const range = sheet.getRange('A1:B1');
        range.setValues([['a', 'b']]).setFontWeight('bold');
        range.clearContent();
        expect(range.getValues()).toEqual([['', '']]);
        expect(range.getFontWeight()).toBe('bold');
        range.setValue('again');
        sheet.clear();
        expect(sheet.getLastRow()).toBe(0);
        expect(range.getFontWeight()).toBe('normal');
      });
    });
  });

  describe('call counting', () => {
    it('counts a 500-row setValues as one call writing 500 x N cells', () => {
      const { world, SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        const rows = Array.from({ length: 500 }, (_, i) => [`Student ${i}`, i, i % 2 === 0, 'Tier 1']);
        world.counter.reset();
        sheet.getRange(1, 1, 500, 4).setValues(rows);
        expect(world.counter.count('Range.setValues')).toBe(1);
        expect(world.counter.cellsWritten).toBe(2000);
        const back = sheet.getRange(1, 1, 500, 4).getValues();
        expect(world.counter.count('Range.getValues')).toBe(1);
        expect(world.counter.cellsRead).toBe(2000);
        expect(back[499]).toEqual(['Student 499', 499, false, 'Tier 1']);
        expect(world.counter.count('Sheet.getRange')).toBe(2);
      });
    });

    it('counts chained calls through the surface', () => {
      const { world, SpreadsheetApp, as } = setup();
      as(() => {
        const range = SpreadsheetApp.create('Program').getSheets()[0].getRange('A1');
        world.counter.reset();
        range.setValue(1).setFontWeight('bold').setBackground('#eeeeee');
        expect(world.counter.snapshot().calls).toEqual({ 'Range.setBackground': 1, 'Range.setFontWeight': 1, 'Range.setValue': 1 });
      });
    });

    it('throws on members the fake does not implement', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const range = SpreadsheetApp.create('Program').getSheets()[0].getRange('A1') as unknown as Record<string, () => void>;
        expect(() => range.getRichTextValue()).toThrow('not implemented in fakes: Range.getRichTextValue');
        expect(() => (SpreadsheetApp as unknown as Record<string, () => void>).newRichTextValue()).toThrow(
          'not implemented in fakes: SpreadsheetApp.newRichTextValue',
        );
      });
    });
  });

  describe('text finder', () => {
    it('finds cells by displayed text, case-insensitively by default', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        sheet.getRange('A1:B3').setValues([
          ['Ana', 'ana@school.example'],
          ['Ben', 'Anabel'],
          ['ANA', 42],
        ]);
        expect(
          sheet
            .createTextFinder('ana')
            .findAll()
            .map((r) => r.getA1Notation()),
        ).toEqual(['A1', 'B1', 'B2', 'A3']);
        expect(
          sheet
            .createTextFinder('ana')
            .matchEntireCell(true)
            .findAll()
            .map((r) => r.getA1Notation()),
        ).toEqual(['A1', 'A3']);
        expect(
          sheet
            .createTextFinder('Ana')
            .matchCase(true)
            .matchEntireCell(true)
            .findAll()
            .map((r) => r.getA1Notation()),
        ).toEqual(['A1']);
        const finder = sheet.getRange('A1:A3').createTextFinder('ana');
        expect(finder.findNext()?.getA1Notation()).toBe('A1');
        expect(finder.findNext()?.getA1Notation()).toBe('A3');
        expect(finder.findNext()).toBeNull();
        expect(finder.findPrevious()?.getA1Notation()).toBe('A1');
        expect(sheet.createTextFinder('42').findNext()?.getValue()).toBe(42);
      });
    });

    it('replaces text and counts the cells', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        sheet.getRange('A1:A2').setValues([['Tier 1'], ['Tier 2']]);
        expect(sheet.createTextFinder('Tier').replaceAllWith('Level')).toBe(2);
        expect(sheet.getRange('A1:A2').getValues()).toEqual([['Level 1'], ['Level 2']]);
      });
    });
  });

  describe('validation, checkboxes, protection, rules, charts, bandings', () => {
    it('records data validation but never blocks a script, like Apps Script', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const range = SpreadsheetApp.create('Program').getSheets()[0].getRange('B2:B4');
        const rule = SpreadsheetApp.newDataValidation()
          .requireValueInList(['Tier 1', 'Tier 2'], true)
          .setAllowInvalid(false)
          .setHelpText('Pick a tier')
          .build();
        range.setDataValidation(rule);
        const back = range.getCell(2, 1).getDataValidation();
        expect(back?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
        expect(back?.getCriteriaValues()).toEqual([['Tier 1', 'Tier 2'], true]);
        expect(back?.getHelpText()).toBe('Pick a tier');
        expect(back?.getAllowInvalid()).toBe(false);
        range.setValue('Tier 9');
        expect(range.getValue()).toBe('Tier 9');
        range.clearDataValidations();
        expect(range.getDataValidation()).toBeNull();
      });
    });

    it('stores date and number criteria', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const when = new Date(Date.UTC(2026, 0, 1));
        const v = SpreadsheetApp.newDataValidation().requireDateAfter(when).build();
        expect((v.getCriteriaValues()[0] as Date).getTime()).toBe(when.getTime());
        const n = SpreadsheetApp.newDataValidation().requireNumberBetween(1, 5).build();
        expect(n.getCriteriaType()).toBe('NUMBER_BETWEEN');
        expect(n.getCriteriaValues()).toEqual([1, 5]);
        expect(SpreadsheetApp.newDataValidation().requireTextIsEmail().build().getCriteriaType()).toBe('TEXT_IS_VALID_EMAIL');
      });
    });

    it('inserts checkboxes: empty cells become false, and check/uncheck flip them', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const range = SpreadsheetApp.create('Program').getSheets()[0].getRange('A1:A3');
        range.getCell(2, 1).setValue(true);
        range.insertCheckboxes();
        expect(range.getValues()).toEqual([[false], [true], [false]]);
        expect(range.getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
        expect(range.isChecked()).toBeNull();
        range.check();
        expect(range.isChecked()).toBe(true);
        range.uncheck();
        expect(range.getValues()).toEqual([[false], [false], [false]]);
      });
    });

    it('protects ranges and sheets, and enforces them on other editors', () => {
      const { world, SpreadsheetApp, as } = setup();
      const id = as(() => {
        const ss = SpreadsheetApp.create('Program');
        const sheet = ss.getSheets()[0];
        const p = sheet.getRange('A1:B2').protect().setDescription('Header');
        p.removeEditors(p.getEditors());
        expect(p.getEditors().map((u) => u.getEmail())).toEqual([USER]);
        expect(p.getDescription()).toBe('Header');
        expect(p.canEdit()).toBe(true);
        expect(p.getRange().getA1Notation()).toBe('A1:B2');
        const sp = sheet.protect().setWarningOnly(true);
        expect(sp.isWarningOnly()).toBe(true);
        expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
        expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0].getDescription()).toBe('Header');
        return ss.getId();
      });
      world.state.drive[id].permissions.push({ id: 'p2', type: 'user', emailAddress: TUTOR, role: 'writer' });
      as(
        () => {
          const sheet = SpreadsheetApp.openById(id).getSheets()[0];
          expect(() => sheet.getRange('B2').setValue('x')).toThrow(
            'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
          );
          sheet.getRange('C3').setValue('fine');
          expect(sheet.getRange('C3').getValue()).toBe('fine');
        },
        { user: TUTOR },
      );
    });

    it('keeps holes in a sheet protection editable', () => {
      const { world, SpreadsheetApp, as } = setup();
      const id = as(() => {
        const ss = SpreadsheetApp.create('Program');
        const sheet = ss.getSheets()[0];
        const p = sheet.protect();
        p.setUnprotectedRanges([sheet.getRange('D:D')]);
        p.removeEditors(p.getEditors());
        expect(p.getUnprotectedRanges()[0].getA1Notation()).toBe('D1:D1000');
        return ss.getId();
      });
      world.state.drive[id].permissions.push({ id: 'p2', type: 'user', emailAddress: TUTOR, role: 'writer' });
      as(
        () => {
          const sheet = SpreadsheetApp.openById(id).getSheets()[0];
          sheet.getRange('D5').setValue('note');
          expect(() => sheet.getRange('A5').setValue('x')).toThrow('You are trying to edit a protected cell or object.');
          expect(() => sheet.insertRowsAfter(1, 1)).toThrow('You are trying to edit a protected cell or object.');
        },
        { user: TUTOR },
      );
    });

    it('records conditional format rules', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        const rule = SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied('=$C2<0.5')
          .setBackground('#f4cccc')
          .setFontColor('#990000')
          .setRanges([sheet.getRange('A2:D100')])
          .build();
        sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
        const [back] = sheet.getConditionalFormatRules();
        expect(back.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:D100']);
        const condition = back.getBooleanCondition();
        expect(condition?.getCriteriaType()).toBe('CUSTOM_FORMULA');
        expect(condition?.getCriteriaValues()).toEqual(['=$C2<0.5']);
        expect(condition?.getBackground()).toBe('#f4cccc');
        expect(condition?.getFontColor()).toBe('#990000');
        const lt = SpreadsheetApp.newConditionalFormatRule()
          .whenNumberLessThan(3)
          .whenTextEqualTo('x')
          .setRanges([sheet.getRange('A1')])
          .build();
        expect(lt.getBooleanCondition()?.getCriteriaType()).toBe('TEXT_EQUAL_TO');
      });
    });

    it('records charts as plain objects', () => {
      const { world, SpreadsheetApp, as } = setup();
      const Charts = createCharts(world);
      as(() => {
        const sheet = SpreadsheetApp.create('Program').getSheets()[0];
        const chart = sheet
          .newChart()
          .setChartType(Charts.ChartType.LINE)
          .addRange(sheet.getRange('A1:B10'))
          .setPosition(2, 5, 0, 0)
          .setOption('title', 'Progress to goal')
          .build();
        sheet.insertChart(chart);
        const [inserted] = sheet.getCharts();
        expect(inserted.getChartId()).not.toBeNull();
        expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B10']);
        expect(inserted.getOptions().get('title')).toBe('Progress to goal');
        expect(inserted.getContainerInfo().getAnchorColumn()).toBe(5);
        sheet.updateChart(inserted.modify().setOption('title', 'Renamed').build());
        expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Renamed');
        sheet.removeChart(sheet.getCharts()[0]);
        expect(sheet.getCharts()).toHaveLength(0);
      });
    });

    it('applies bandings once per range', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const range = SpreadsheetApp.create('Program').getSheets()[0].getRange('A1:D20');
        const banding = range.applyRowBanding(SpreadsheetApp.BandingTheme.BLUE, true, false);
        expect(banding.getRange().getA1Notation()).toBe('A1:D20');
        expect(banding.getHeaderRowColor()).toBe('#5b95f9');
        expect(banding.getFooterRowColor()).toBeNull();
        expect(() => range.applyRowBanding()).toThrow(
          'You cannot add alternating background colors to a range that already has alternating background colors.',
        );
        for (const b of range.getBandings()) b.remove();
        expect(range.getSheet().getBandings()).toHaveLength(0);
      });
    });

    it('records formats so tests can assert them', () => {
      const { world, SpreadsheetApp, as } = setup();
      as(() => {
        const ss = SpreadsheetApp.create('Program');
        const range = ss.getSheets()[0].getRange('A1:B1');
        range
          .setFontWeight('bold')
          .setBackground('#cfe2f3')
          .setFontColor('#000000')
          .setWrap(true)
          .setHorizontalAlignment('center')
          .setBorder(true, true, true, true, null, null);
        expect(range.getFontWeights()).toEqual([['bold', 'bold']]);
        expect(range.getBackgrounds()).toEqual([['#cfe2f3', '#cfe2f3']]);
        expect(range.getHorizontalAlignment()).toBe('center');
        const formats = world.state.spreadsheets[ss.getId()].sheets[0].extra.formats as Record<string, { fontWeight?: string }>;
        expect(formats['0,1'].fontWeight).toBe('bold');
      });
    });
  });

  describe('named ranges', () => {
    it('names ranges and finds them again', () => {
      const { SpreadsheetApp, as } = setup();
      as(() => {
        const ss = SpreadsheetApp.create('Program');
        const sheet = ss.insertSheet('Roster');
        ss.setNamedRange('RosterIds', sheet.getRange('A2:A50'));
        expect(ss.getRangeByName('RosterIds')?.getA1Notation()).toBe('A2:A50');
        expect(ss.getRangeByName('RosterIds')?.getSheet().getName()).toBe('Roster');
        expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['RosterIds']);
        sheet.insertRowsBefore(1, 1);
        expect(ss.getRangeByName('RosterIds')?.getA1Notation()).toBe('A3:A51');
        ss.removeNamedRange('RosterIds');
        expect(ss.getRangeByName('RosterIds')).toBeNull();
      });
    });
  });

  describe('state', () => {
    it('survives a JSON round trip into a new world', () => {
      const { world, SpreadsheetApp, as } = setup();
      const id = as(() => {
        const ss = SpreadsheetApp.create('Program');
        const sheet = ss.getSheets()[0];
        sheet.getRange('A1:D1').setValues([['Ana', 7, true, new Date(Date.UTC(2026, 0, 5))]]);
        sheet.getRange('E1').setFormula('=B1*2');
        sheet.getRange('A1').setNote('new student').setFontWeight('bold');
        sheet.getRange('F1').insertCheckboxes();
        sheet.getRange('A1:B2').protect().setDescription('keep');
        return ss.getId();
      });
      const copy = new FakeWorld({ state: JSON.parse(JSON.stringify(world.state)) });
      const App2 = createSpreadsheetApp(copy);
      copy.run({ user: USER }, () => {
        const sheet = App2.openById(id).getSheets()[0];
        const [row] = sheet.getRange('A1:F1').getValues();
        expect(row.slice(0, 3)).toEqual(['Ana', 7, true]);
        expect((row[3] as Date).getTime()).toBe(Date.UTC(2026, 0, 5));
        expect(row[4]).toBe(14);
        expect(row[5]).toBe(false);
        expect(sheet.getRange('A1').getNote()).toBe('new student');
        expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
        expect(sheet.getProtections(App2.ProtectionType.RANGE)[0].getDescription()).toBe('keep');
      });
    });

    it('can open an active spreadsheet and toast in it', () => {
      const { world, SpreadsheetApp, as } = setup();
      const id = as(() => SpreadsheetApp.create('Program').getId());
      as(
        () => {
          SpreadsheetApp.getActiveSpreadsheet().toast('Saved', 'Tutoring');
          SpreadsheetApp.flush();
        },
        { spreadsheetId: id },
      );
      expect(world.state.ui.toasts).toEqual([{ message: 'Saved', title: 'Tutoring' }]);
    });
  });
});
