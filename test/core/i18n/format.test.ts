// One date style and one number style per language, the same on every machine.

import { formatDate, formatNumber, formatPercent } from '../../../src/core/i18n/format';

describe('i18n/format', () => {
  describe('formatDate', () => {
    it('writes a date the way each language does', () => {
      expect(formatDate('en', '2026-09-14')).toBe('Mon 14 Sep 2026');
      expect(formatDate('nl', '2026-09-14')).toBe('ma 14 sep. 2026');
      expect(formatDate('nl', '2026-05-01')).toBe('vr 1 mei 2026');
      expect(formatDate('nl', '2026-03-01')).toBe('zo 1 mrt. 2026');
      expect(formatDate('en', '2026-12-01')).toBe('Tue 1 Dec 2026');
    });

    it('leaves what is not a calendar date as it is', () => {
      for (const bad of ['2026-02-30', '14-09-2026', 'tomorrow', '']) {
        expect(formatDate('en', bad)).toBe(bad);
        expect(formatDate('nl', bad)).toBe(bad);
      }
    });

    it('does not depend on the machine: every day of a leap year matches the day counted from a known Monday', () => {
      const days = { en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], nl: ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] };
      const start = Date.UTC(2028, 0, 3); // a Monday
      for (let i = 0; i < 366; i++) {
        const iso = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
        expect(formatDate('en', iso).split(' ')[0]).toBe(days.en[i % 7]);
        expect(formatDate('nl', iso).split(' ')[0]).toBe(days.nl[i % 7]);
      }
    });
  });

  describe('formatNumber', () => {
    it('groups thousands and marks decimals per language', () => {
      expect(formatNumber('en', 1234567.891)).toBe('1,234,567.89');
      expect(formatNumber('nl', 1234567.891)).toBe('1.234.567,89');
      expect(formatNumber('en', 1234.5, 2)).toBe('1,234.50');
      expect(formatNumber('nl', 1234.5, 2)).toBe('1.234,50');
      expect(formatNumber('nl', 12)).toBe('12');
      expect(formatNumber('nl', 999)).toBe('999');
      expect(formatNumber('en', 1000)).toBe('1,000');
    });

    it('rounds half away from zero in decimal, and never prints -0', () => {
      expect(formatNumber('en', 1.005, 2)).toBe('1.01');
      expect(formatNumber('nl', 2.5, 0)).toBe('3');
      expect(formatNumber('en', -2.5, 0)).toBe('-3');
      expect(formatNumber('en', -0.001, 2)).toBe('0.00');
      expect(formatNumber('en', 1e-9)).toBe('0');
      expect(formatNumber('nl', 1e15, 0)).toBe('1.000.000.000.000.000');
    });

    it('shows a dash for what is not a number', () => {
      expect([Number.NaN, Number.POSITIVE_INFINITY].map((n) => formatNumber('nl', n))).toEqual(['–', '–']);
    });
  });

  describe('formatPercent', () => {
    it('writes a ratio as a percentage', () => {
      expect(formatPercent('en', 0.8285714285714286)).toBe('83%');
      expect(formatPercent('nl', 0.8285714285714286, 1)).toBe('82,9%');
      expect(formatPercent('en', 0.8285714285714286, 1)).toBe('82.9%');
      expect(formatPercent('nl', 1)).toBe('100%');
      expect(formatPercent('en', 0)).toBe('0%');
      expect(formatPercent('nl', Number.NaN)).toBe('–');
    });
  });
});
