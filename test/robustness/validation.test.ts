import { CELL_CHAR_LIMIT, cellLimitProblem } from '../../src/core/validation/cell-limit';
import { isEmailAddress, mailtoHref } from '../../src/core/validation/email';
import { friendlyMessage, labelOf } from '../../src/core/validation/messages';
import { findUnsafeKey } from '../../src/core/validation/safe-record';

describe('core/validation', () => {
  describe('mailtoHref', () => {
    it('a teacher email typed with link parameters never becomes a Bcc: the mail opens with no recipient', () => {
      const href = mailtoHref('ms.rivera@school.example?bcc=evil@x.example&subject=', 'Goal for Kai', 'Hello & welcome?');
      expect(href).toBe('mailto:?subject=Goal%20for%20Kai&body=Hello%20%26%20welcome%3F');
      const query = new URL(href).search;
      expect(new URLSearchParams(query).has('bcc')).toBe(false);
    });

    it('a plain address is kept, its parts percent-encoded around the @ as RFC 6068 asks', () => {
      expect(mailtoHref(" o'brien+7@school.example ", 's', 'b')).toBe("mailto:o'brien%2B7@school.example?subject=s&body=b");
    });

    it('refuses what is not one plain address: two recipients, spaces, headers, newlines, non-text', () => {
      for (const bad of ['a@x.example,b@y.example', 'a b@x.example', 'a@x.example\nBcc: e@v.example', 'a@x', 'a@x.example&cc=b', null, 7]) {
        expect(isEmailAddress(bad)).toBe(false);
      }
      expect(isEmailAddress('ms.rivera@school.example')).toBe(true);
    });
  });

  it('the cell limit lets 50,000 characters through and names field and row at 50,001', () => {
    expect(cellLimitProblem('Objective', 'x'.repeat(CELL_CHAR_LIMIT))).toBeNull();
    expect(cellLimitProblem('Objective', 'x'.repeat(CELL_CHAR_LIMIT + 1), 4)).toBe(
      'Objective (row 4): 50,001 characters is more than a Sheets cell holds (50,000); shorten it.',
    );
  });

  it("valibot's own wording becomes a message that names the field; our own messages pass through", () => {
    const raw = { message: 'Invalid type: Expected string but received null', expected: 'string', path: [{ key: 'grade' }] };
    expect(friendlyMessage(raw, labelOf('grade'))).toBe('Grade: write text here.');
    expect(friendlyMessage({ ...raw, expected: 'boolean' }, labelOf('onTime'))).toBe('On time: choose yes or no.');
    expect(friendlyMessage({ ...raw, path: [] }, 'x')).toBe('The form did not arrive complete: reload the page and try again.');
    expect(friendlyMessage({ message: 'Choose a student.' }, 'x')).toBe('Choose a student.');
    expect(labelOf('studentId')).toBe('Student ID');
  });

  it('finds __proto__ and constructor keys at any depth of a JSON input', () => {
    expect(findUnsafeKey(JSON.parse('{"a":{"b":[{"__proto__":{}}]}}'))).toBe('input.a.b.0.__proto__');
    expect(findUnsafeKey({ a: { constructor: 1 } })).toBe('input.a.constructor');
    expect(findUnsafeKey({ a: ['constructor'] })).toBeNull();
  });
});
