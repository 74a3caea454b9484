import { jobStatusText, unitOf } from '../../src/core/job';

describe('a long job says what it is doing', () => {
  it('12 of 40 teams done, about 2 minutes left', () => {
    // 12 teams took 48 s of work: 4 s each, 28 left ≈ 112 s.
    expect(jobStatusText({ done: 12, total: 40, finished: false, skipped: 0, unit: 'teams', workMs: 48_000 })).toBe(
      '12 of 40 teams done, about 2 minutes left',
    );
  });

  it('says less than a minute near the end, hours for a long run, and counts skipped items', () => {
    expect(jobStatusText({ done: 39, total: 40, finished: false, skipped: 0, unit: 'documents', workMs: 390_000 })).toBe(
      '39 of 40 documents done, less than a minute left',
    );
    expect(jobStatusText({ done: 10, total: 400, finished: false, skipped: 1, unit: 'documents', workMs: 200_000 })).toBe(
      '10 of 400 documents done (1 skipped after 3 failed attempts), about 2 hours left',
    );
  });

  it('before the first item, and when finished', () => {
    expect(jobStatusText({ done: 0, total: 5, finished: false, skipped: 0, unit: unitOf('drive-provision') })).toBe(
      '0 of 5 folders and teams done, starting…',
    );
    expect(jobStatusText({ done: 5, total: 5, finished: true, skipped: 0, unit: unitOf('dashboard-refresh') })).toBe('All 5 teams done.');
    expect(jobStatusText({ done: 0, total: 0, finished: true, skipped: 0 })).toBe('Nothing to do: no steps.');
  });
});

describe('a long job says what it is doing in Dutch for a Dutch coordinator', () => {
  it('12 van de 40 teams klaar, nog ongeveer 2 minuten', () => {
    expect(jobStatusText({ done: 12, total: 40, finished: false, skipped: 0, unit: 'teams', workMs: 48_000, locale: 'nl' })).toBe(
      '12 van de 40 teams klaar, nog ongeveer 2 minuten',
    );
    expect(jobStatusText({ done: 10, total: 400, finished: false, skipped: 1, unit: 'documents', workMs: 200_000, locale: 'nl' })).toBe(
      '10 van de 400 documenten klaar (1 overgeslagen na 3 mislukte pogingen), nog ongeveer 2 uur',
    );
    expect(jobStatusText({ done: 0, total: 5, finished: false, skipped: 0, unit: unitOf('drive-provision'), locale: 'nl' })).toBe(
      '0 van de 5 mappen en teams klaar, bezig met starten…',
    );
    expect(jobStatusText({ done: 5, total: 5, finished: true, skipped: 0, unit: 'teams', locale: 'nl' })).toBe('Alle 5 teams klaar.');
  });
});
