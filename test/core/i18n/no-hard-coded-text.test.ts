// The pages already on the catalog keep every word there: a hard-coded English label, button or status in them fails
// here, naming the file and the text, so the next string added goes through the catalog too.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

/** The pages and components whose words all come from src/core/i18n (the others are on their way). */
const CONVERTED = [
  'src/ui/pages/SetupDialog.tsx',
  'src/ui/pages/ProvisionDialog.tsx',
  'src/ui/pages/RosterImportDialog.tsx',
  'src/ui/pages/UpgradeDialog.tsx',
  'src/ui/pages/ShareMaterialsDialog.tsx',
  'src/ui/pages/GenerateDocsDialog.tsx',
  'src/ui/pages/WeeklyDialog.tsx',
  'src/ui/pages/ProgressReportDialog.tsx',
  'src/ui/pages/TemplateSidebar.tsx',
  'src/ui/components/fields.tsx',
  'src/ui/components/preview-then-job.ts',
  'src/ui/pages/TutorSidebar.tsx',
  'src/ui/tutor/session-note-panel.tsx',
  'src/ui/tutor/glance.tsx',
  'src/ui/tutor/shared.tsx',
  'src/ui/tutor/celebration-panel.tsx',
  'src/ui/tutor/progress-reports.tsx',
  'src/ui/tutor/note-messages.ts',
  'src/ui/tutor/save-once.ts',
  'src/ui/parts/family.ts',
  'src/ui/tutor/questions-panel.tsx',
  'src/ui/parts/questions.ts',
  'src/ui/tutor/conference-panel.tsx',
  'src/ui/parts/conference.ts',
  // Server and core words on the catalog (issue 14): prompts, drafts, the agenda.
  'src/core/conference-form.ts',
  'src/core/praise.ts',
  'src/core/family/celebration.ts',
  'src/core/weekly/runs.ts',
  'src/core/drive-report.ts',
  'src/core/drive-questions.ts',
];

const TYPE_WORDS = new Set(['typeof', 'keyof', 'string', 'number', 'boolean', 'unknown', 'readonly', 'null']);

/** Words a person reads, written straight into the source: JSX text, text props, and status objects. */
function hardCodedText(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  // A type argument (`useState<string | null>`, `ReturnType<typeof x>`) is not an element: its "tag" is a type word.
  for (const m of code.matchAll(/<([a-z][a-z0-9]*)\b[^<>]*>([^<>{}]*[A-Za-z]{2,}[^<>{}]*)</g)) if (!TYPE_WORDS.has(m[1])) found.push(m[2].trim());
  for (const m of code.matchAll(/\b(label|hint|placeholder|aria-label|title)="([^"]*[A-Za-z]{2,}[^"]*)"/g)) found.push(`${m[1]}="${m[2]}"`);
  for (const m of code.matchAll(/\btext: (['`])([^'`]*[A-Za-z]{3,}[^'`]*)\1/g)) found.push(`text: ${m[2]}`);
  return found;
}

describe('i18n/no hard-coded text', () => {
  it('finds the kinds of hard-coded text it looks for', () => {
    expect(
      hardCodedText(`<p class="muted">Loading…</p> <TextInput label="Program name" /> setStatus({ kind: 'info', text: 'Saving…' }); <b>{t('x')}</b>`),
    ).toEqual(['Loading…', 'label="Program name"', 'text: Saving…']);
    expect(hardCodedText('const [a] = useState<string | null>(null); type F = ReturnType<typeof blank>; <p>Hello there</p>')).toEqual([
      'Hello there',
    ]);
  });

  it.each(CONVERTED)('%s shows only words from the catalog', (file) => {
    expect(hardCodedText(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });
});
