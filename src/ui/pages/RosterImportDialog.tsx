// "Import roster" dialog: paste CSV (or pick a sheet), check every row, see the bad ones, then import.

import { useEffect, useState } from 'preact/hooks';
import { parseCsv } from '../../core/csv';
import { pageTitles } from '../../core/i18n/messages/pages';
import type { ImportIssue, RosterImportReport, RosterImportRequest } from '../../core/roster-import';
import type { RosterImportContext } from '../../server/roster';
import { Checkbox, Notice, Select, TextArea } from '../components/fields';
import { PAGE_LOCALE } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

type Source = 'csv' | 'sheet';
type Status = { kind: 'info' | 'success' | 'error' | 'warn'; text: string };

/** A roster needs room: a taller, monospaced CSV box (page-local, so the shared stylesheet is untouched). */
const PAGE_CSS = '#csv{min-height:150px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;white-space:pre;overflow-x:auto}';

/** The report table stays readable: the first rows are shown, the rest counted. */
const SHOWN_ISSUES = 200;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function RosterImportDialog() {
  const [context, setContext] = useState<RosterImportContext | null>(null);
  const [source, setSource] = useState<Source>('csv');
  const [csv, setCsv] = useState('');
  const [sheetName, setSheetName] = useState('');
  const [allowNewTeams, setAllowNewTeams] = useState(false);
  const [report, setReport] = useState<RosterImportReport | null>(null);
  const [parseIssues, setParseIssues] = useState<ImportIssue[]>([]);
  const [status, setStatus] = useState<Status | null>({ kind: 'info', text: 'Loading…' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    serverCall('getRosterImportContext')
      .then((c) => {
        setContext(c);
        setStatus(null);
      })
      .catch((e: Error) => setStatus({ kind: 'error', text: e.message }));
  }, []);

  /** Any change to the input makes the last report stale. */
  const changed = () => {
    setReport(null);
    setParseIssues([]);
    setStatus(null);
  };

  function request(): RosterImportRequest | null {
    if (source === 'sheet') {
      if (!sheetName) {
        setStatus({ kind: 'error', text: 'Pick the sheet to import from.' });
        return null;
      }
      return { source: { kind: 'sheet', sheetName }, allowNewTeams };
    }
    const parsed = parseCsv(csv);
    if (parsed.rows.length === 0) {
      setStatus({ kind: 'error', text: 'Paste the roster as CSV, with a header row first.' });
      return null;
    }
    if (parsed.problems.length > 0) {
      setParseIssues(parsed.problems.map((p) => ({ row: p.row, field: '(CSV)', value: '', message: p.message })));
      setStatus({ kind: 'error', text: 'The CSV could not be read: fix the rows below and check again.' });
      return null;
    }
    return { source: { kind: 'rows', rows: parsed.rows }, allowNewTeams };
  }

  async function run(action: 'check' | 'import' | 'importValid') {
    const req = request();
    if (!req) return;
    setBusy(true);
    setParseIssues([]);
    setStatus({ kind: 'info', text: action === 'check' ? 'Checking rows…' : 'Importing…' });
    try {
      const result =
        action === 'check' ? await serverCall('previewRosterImport', req) : await serverCall('importRoster', req, action === 'importValid');
      setReport(result);
      setStatus(statusOf(result, action));
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const issues = parseIssues.length > 0 ? parseIssues : (report?.issues ?? []);
  const canImportValid = report !== null && !report.written && report.badRows > 0 && report.validRows > 0;
  const ignored = report?.columns.filter((c) => c.column === null && c.header !== '').map((c) => c.header) ?? [];

  return (
    <main>
      <style>{PAGE_CSS}</style>
      <h1>{pageTitles.t(PAGE_LOCALE, 'RosterImportDialog')}</h1>
      <p class="muted">
        Columns are matched by their header: {context ? context.headers.join(', ') : 'Student ID, Student name, …'} ("ID", "Student", "Class",
        "Teacher" and "Tutor" work too). A Student ID already on the Roster updates that student: filled-in cells replace the Roster's values, blank
        cells keep them.
      </p>
      <div class="tabs" role="tablist">
        {(['csv', 'sheet'] as const).map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            aria-selected={source === s}
            onClick={() => {
              setSource(s);
              changed();
            }}
          >
            {s === 'csv' ? 'Paste CSV' : 'From a sheet'}
          </button>
        ))}
      </div>
      {source === 'csv' ? (
        <TextArea
          id="csv"
          label="Roster CSV"
          value={csv}
          placeholder={
            'Student ID,Student name,Grade,Subject,Team (class),Teacher email,Tutor email\n00123,Maya Johnson,9,Math,Algebra 1 - Period 2,ms.rivera@school.example,tutor.ana@school.example'
          }
          hint="Copy from a spreadsheet or a CSV export; commas, semicolons and tabs all work."
          onInput={(value) => {
            setCsv(value);
            changed();
          }}
        />
      ) : (
        <Select
          id="sheetName"
          label="Sheet to import from"
          value={sheetName}
          placeholder="Choose a sheet…"
          options={context?.sheets ?? []}
          hint={
            context && context.sheets.length === 0 ? 'This workbook has no other sheet: paste CSV instead.' : 'Its first row must be the header row.'
          }
          onChange={(value) => {
            setSheetName(value);
            changed();
          }}
        />
      )}
      <Checkbox
        id="allowNewTeams"
        label="Allow new teams"
        checked={allowNewTeams}
        hint={
          context && context.knownTeams.length > 0
            ? `On the Roster: ${context.knownTeams.join(', ')}`
            : 'The Roster has no teams yet: tick this for a first import.'
        }
        onChange={(checked) => {
          setAllowNewTeams(checked);
          changed();
        }}
      />
      <div class="buttons">
        <button type="button" disabled={busy} onClick={() => run('check')}>
          Check rows
        </button>
        <button type="button" class="action" disabled={busy} onClick={() => run('import')}>
          Import
        </button>
        {canImportValid && (
          <button type="button" class="action" disabled={busy} onClick={() => run('importValid')}>
            Import the {plural(report.validRows, 'valid row')}
          </button>
        )}
        <button type="button" onClick={closeHost}>
          Close
        </button>
      </div>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {report && !report.written && (report.newTeams.length > 0 || ignored.length > 0) && (
        <p class="muted">
          {report.newTeams.length > 0 && `New teams: ${report.newTeams.join(', ')}. `}
          {ignored.length > 0 && `Ignored columns: ${ignored.join(', ')}.`}
        </p>
      )}
      {issues.length > 0 && <IssueTable issues={issues} />}
    </main>
  );
}

function IssueTable({ issues }: { issues: readonly ImportIssue[] }) {
  const shown = issues.slice(0, SHOWN_ISSUES);
  return (
    <table class="grid" aria-label="Rows to fix">
      <caption class="sr-only">Rows to fix</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Value</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((issue, i) => (
          <tr key={`${issue.row}-${issue.field}-${i}`}>
            <td>{issue.row}</td>
            <td>{issue.field}</td>
            <td>{issue.value}</td>
            <td>{issue.message}</td>
          </tr>
        ))}
        {issues.length > shown.length && (
          <tr>
            <td colSpan={4} class="muted">
              …and {plural(issues.length - shown.length, 'more problem')}.
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function statusOf(report: RosterImportReport, action: 'check' | 'import' | 'importValid'): Status {
  if (report.written) return { kind: report.badRows > 0 ? 'warn' : 'success', text: report.message };
  if (report.totalRows === 0) return { kind: 'error', text: report.message };
  if (report.badRows > 0) {
    const prefix = action === 'check' ? '' : 'Nothing was imported. ';
    const valid =
      report.validRows > 0
        ? ` Fix them and import again, or import only the ${plural(report.validRows, 'valid row')}.`
        : ' Fix them and import again.';
    return { kind: 'error', text: `${prefix}${plural(report.badRows, 'row')} of ${report.totalRows} need fixing.${valid}` };
  }
  return { kind: 'info', text: `${report.message} Press Import to write them to the Roster.` };
}

mount(RosterImportDialog);
