// "Import roster" dialog: paste CSV (or pick a sheet), check every row, see the bad ones, then import.

import { useEffect, useState } from 'preact/hooks';
import { parseCsv } from '../../core/csv';
import { plural } from '../../core/i18n/catalog';
import { componentText } from '../../core/i18n/messages/components';
import { pageTitles } from '../../core/i18n/messages/pages';
import { rosterImportText } from '../../core/i18n/messages/roster-import';
import type { ImportIssue, RosterImportReport, RosterImportRequest } from '../../core/roster-import';
import type { RosterImportContext } from '../../server/roster';
import { Checkbox, Notice, Select, TextArea } from '../components/fields';
import { PAGE_LOCALE, textOf } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

type Source = 'csv' | 'sheet';
type Status = { kind: 'info' | 'success' | 'error' | 'warn'; text: string };

/** A roster needs room: a taller, monospaced CSV box (page-local, so the shared stylesheet is untouched). */
const PAGE_CSS = '#csv{min-height:150px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;white-space:pre;overflow-x:auto}';

/** The report table stays readable: the first rows are shown, the rest counted. */
const SHOWN_ISSUES = 200;

const t = textOf(rosterImportText);
const close = textOf(componentText);
const validRows = (n: number) => plural(t, n, 'validRowOne', 'validRowOther');

function RosterImportDialog() {
  const [context, setContext] = useState<RosterImportContext | null>(null);
  const [source, setSource] = useState<Source>('csv');
  const [csv, setCsv] = useState('');
  const [sheetName, setSheetName] = useState('');
  const [allowNewTeams, setAllowNewTeams] = useState(false);
  const [report, setReport] = useState<RosterImportReport | null>(null);
  const [parseIssues, setParseIssues] = useState<ImportIssue[]>([]);
  const [status, setStatus] = useState<Status | null>({ kind: 'info', text: t('loading') });
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
        setStatus({ kind: 'error', text: t('pickSheet') });
        return null;
      }
      return { source: { kind: 'sheet', sheetName }, allowNewTeams };
    }
    const parsed = parseCsv(csv);
    if (parsed.rows.length === 0) {
      setStatus({ kind: 'error', text: t('pasteCsv') });
      return null;
    }
    if (parsed.problems.length > 0) {
      setParseIssues(parsed.problems.map((p) => ({ row: p.row, field: '(CSV)', value: '', message: p.message })));
      setStatus({ kind: 'error', text: t('csvUnreadable') });
      return null;
    }
    return { source: { kind: 'rows', rows: parsed.rows }, allowNewTeams };
  }

  async function run(action: 'check' | 'import' | 'importValid') {
    const req = request();
    if (!req) return;
    setBusy(true);
    setParseIssues([]);
    setStatus({ kind: 'info', text: action === 'check' ? t('checking') : t('importing') });
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
      <p class="muted">{t('intro', { headers: context ? context.headers.join(', ') : t('someHeaders') })}</p>
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
            {s === 'csv' ? t('tabCsv') : t('tabSheet')}
          </button>
        ))}
      </div>
      {source === 'csv' ? (
        <TextArea
          id="csv"
          label={t('csvLabel')}
          value={csv}
          placeholder={
            'Student ID,Student name,Grade,Subject,Team (class),Teacher email,Tutor email\n00123,Maya Johnson,9,Math,Algebra 1 - Period 2,ms.rivera@school.example,tutor.ana@school.example'
          }
          hint={t('csvHint')}
          onInput={(value) => {
            setCsv(value);
            changed();
          }}
        />
      ) : (
        <Select
          id="sheetName"
          label={t('sheetLabel')}
          value={sheetName}
          placeholder={t('sheetPlaceholder')}
          options={context?.sheets ?? []}
          hint={context && context.sheets.length === 0 ? t('noOtherSheet') : t('headerFirst')}
          onChange={(value) => {
            setSheetName(value);
            changed();
          }}
        />
      )}
      <Checkbox
        id="allowNewTeams"
        label={t('allowNewTeams')}
        checked={allowNewTeams}
        hint={context && context.knownTeams.length > 0 ? t('onRoster', { teams: context.knownTeams.join(', ') }) : t('noTeams')}
        onChange={(checked) => {
          setAllowNewTeams(checked);
          changed();
        }}
      />
      <div class="buttons">
        <button type="button" disabled={busy} onClick={() => run('check')}>
          {t('check')}
        </button>
        <button type="button" class="action" disabled={busy} onClick={() => run('import')}>
          {t('import')}
        </button>
        {canImportValid && (
          <button type="button" class="action" disabled={busy} onClick={() => run('importValid')}>
            {t('importValid', { rows: validRows(report.validRows) })}
          </button>
        )}
        <button type="button" onClick={closeHost}>
          {close('close')}
        </button>
      </div>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
      {report && !report.written && (report.newTeams.length > 0 || ignored.length > 0) && (
        <p class="muted">
          {report.newTeams.length > 0 && `${t('newTeams', { teams: report.newTeams.join(', ') })} `}
          {ignored.length > 0 && t('ignored', { columns: ignored.join(', ') })}
        </p>
      )}
      {issues.length > 0 && <IssueTable issues={issues} />}
    </main>
  );
}

function IssueTable({ issues }: { issues: readonly ImportIssue[] }) {
  const shown = issues.slice(0, SHOWN_ISSUES);
  return (
    <table class="grid" aria-label={t('rowsToFix')}>
      <caption class="sr-only">{t('rowsToFix')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('row')}</th>
          <th scope="col">{t('column')}</th>
          <th scope="col">{t('value')}</th>
          <th scope="col">{t('problem')}</th>
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
              {plural(t, issues.length - shown.length, 'moreProblemOne', 'moreProblemOther')}
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
    const prefix = action === 'check' ? '' : t('nothingImported');
    const valid = report.validRows > 0 ? ` ${t('fixOrValid', { rows: validRows(report.validRows) })}` : ` ${t('fix')}`;
    return {
      kind: 'error',
      text: `${prefix}${t(report.badRows === 1 ? 'needFixingOne' : 'needFixingOther', { n: report.badRows, total: report.totalRows })}${valid}`,
    };
  }
  return { kind: 'info', text: t('pressImport', { message: report.message }) };
}

mount(RosterImportDialog);
