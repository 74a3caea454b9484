// Docs sidebar: choose a template and a student/team from the linked program workbook, preview the merge fields,
// insert at the cursor or as a new document; adapt a template for the program.

import { useEffect, useState } from 'preact/hooks';
import type { FieldErrors } from '../../core/result';
import { fieldLabel } from '../../core/templates/merge';
import { checkInsertRequest } from '../../core/templates/requests';
import type { InsertResult, TemplatePreview, TemplateSidebarState } from '../../server/templates';
import { Notice, Select, TextInput } from '../components/fields';
import { mount } from '../mount';
import { serverCall } from '../rpc';

type Status = { kind: 'info' | 'success' | 'error' | 'warn'; text: string; url?: string } | null;

function TemplateSidebar() {
  const [state, setState] = useState<TemplateSidebarState | null>(null);
  const [workbookLink, setWorkbookLink] = useState('');
  /** The program is remembered per user; "Change" shows the link form again (e.g. a tutor who moved team). */
  const [changing, setChanging] = useState(false);
  const [templateId, setTemplateId] = useState('');
  const [subjectKey, setSubjectKey] = useState('');
  const [date, setDate] = useState('');
  const [where, setWhere] = useState<'cursor' | 'new'>('cursor');
  const [preview, setPreview] = useState<TemplatePreview | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>({ kind: 'info', text: 'Loading…' });
  const [busy, setBusy] = useState(false);

  function adopt(next: TemplateSidebarState) {
    setState(next);
    setStatus(next.workbookError ? { kind: 'error', text: next.workbookError } : null);
    const first = next.templates.find((t) => t.id === next.last?.templateId) ?? next.templates[0];
    setTemplateId(first.id);
    setSubjectKey(next.last?.templateId === first.id ? next.last.subjectKey : '');
    setDate((d) => d || next.today);
  }

  useEffect(() => {
    serverCall('getTemplateSidebar')
      .then(adopt)
      .catch((e: Error) => setStatus({ kind: 'error', text: e.message }));
  }, []);

  const template = state?.templates.find((t) => t.id === templateId);
  const subjectOptions = template?.subject === 'team' ? (state?.teams ?? []) : template?.subject === 'student' ? (state?.students ?? []) : [];
  const effectiveKey = template?.subject === 'none' ? 'program' : subjectKey;

  useEffect(() => {
    setPreview(null);
    if (!state?.workbook || !template || !effectiveKey || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    let live = true;
    serverCall('previewTemplate', { templateId: template.id, subjectKey: effectiveKey, date })
      .then((r) => {
        if (!live) return;
        if (r.ok) setPreview(r.value);
        else setErrors(r.errors);
      })
      .catch((e: Error) => live && setStatus({ kind: 'error', text: e.message }));
    return () => {
      live = false;
    };
  }, [state?.workbook?.id, templateId, effectiveKey, date]);

  async function link(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await serverCall('linkProgramWorkbook', workbookLink);
      if (result.ok) {
        adopt(result.value);
        setChanging(false);
        setWorkbookLink('');
        setErrors({});
      } else setErrors(result.errors);
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function insert(event: Event) {
    event.preventDefault();
    const request = { templateId, subjectKey: effectiveKey, date, where };
    const checked = checkInsertRequest(request);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setStatus({ kind: 'info', text: where === 'cursor' ? 'Inserting…' : 'Creating the document…' });
    try {
      const result = await serverCall('insertTemplate', checked.value);
      if (!result.ok) {
        setErrors(result.errors);
        setStatus({ kind: 'error', text: result.message });
        return;
      }
      setStatus(doneStatus(result.value, preview));
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  async function adapt(action: 'copy' | 'register') {
    if (!template) return;
    setBusy(true);
    try {
      if (action === 'copy') {
        const r = await serverCall('copyTemplateForProgram', template.id);
        setStatus(
          r.ok
            ? {
                kind: 'success',
                text: `Made "${r.value.name}" and registered it as the program's version. Edit it freely; keep the {{fields}}.`,
                url: r.value.url,
              }
            : { kind: 'error', text: r.message },
        );
      } else {
        const r = await serverCall('registerThisDocumentAsTemplate', template.id);
        if (!r.ok) setStatus({ kind: 'error', text: r.message });
        else if (r.value.unknown.length)
          setStatus({
            kind: 'warn',
            text: `Registered. These fields are unknown and will stay as typed: ${r.value.unknown.map((u) => `{{${u}}}`).join(', ')}.`,
          });
        else
          setStatus({
            kind: 'success',
            text: `Registered this document as the program's ${template.title} (${r.value.fields.length} merge fields).`,
          });
      }
      adopt(await serverCall('getTemplateSidebar'));
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  if (!state) return <main>{status && <Notice kind={status.kind}>{status.text}</Notice>}</main>;

  return (
    <main>
      <h1>Insert a template</h1>
      {!state.workbook || changing ? (
        <form onSubmit={link}>
          {!changing && <Notice kind="info">Link this document to your program workbook to fill templates with a student's or team's data.</Notice>}
          <TextInput
            id="workbook"
            label="Program workbook link"
            value={workbookLink}
            onInput={setWorkbookLink}
            error={errors.workbook}
            placeholder="https://docs.google.com/spreadsheets/d/…"
            hint="Remembered for you, in every document you open."
          />
          <div class="buttons">
            <button type="submit" class="action" disabled={busy || !workbookLink.trim()}>
              Link workbook
            </button>
            {changing && (
              <button
                type="button"
                onClick={() => {
                  setChanging(false);
                  setErrors({});
                }}
              >
                Cancel
              </button>
            )}
          </div>
        </form>
      ) : (
        <p class="muted">
          Workbook:{' '}
          <a href={state.workbook.url} target="_blank" rel="noreferrer">
            {state.workbook.name}
          </a>{' '}
          <button type="button" class="link" onClick={() => setChanging(true)}>
            Change
          </button>
        </p>
      )}
      <form onSubmit={insert}>
        <Select
          id="templateId"
          label="Template"
          value={templateId}
          options={state.templates.map((t) => ({ value: t.id, label: t.title }))}
          onChange={(v) => {
            setTemplateId(v);
            setSubjectKey('');
          }}
          hint={template ? `${template.summary} For: ${template.audience}.` : undefined}
          error={errors.templateId}
        />
        {template && template.subject !== 'none' && (
          <Select
            id="subjectKey"
            label={template.subject === 'team' ? 'Team' : 'Student'}
            value={subjectKey}
            placeholder={state.workbook ? `Choose a ${template.subject}…` : 'Link the workbook first'}
            options={subjectOptions.map((s) => ({ value: s.key, label: s.label }))}
            onChange={setSubjectKey}
            error={errors.subjectKey}
          />
        )}
        {template && (
          <TextInput id="date" type="date" label={template.dateLabel} value={date} onInput={setDate} hint={template.dateHint} error={errors.date} />
        )}
        {template?.programVersionUrl && (
          <Notice kind="info">
            The program has its own version of this template. New documents copy{' '}
            <a href={template.programVersionUrl} target="_blank" rel="noreferrer">
              it
            </a>
            ; inserting at the cursor uses the built-in one.
          </Notice>
        )}
        {preview && <PreviewPanel preview={preview} />}
        <fieldset>
          <legend>Where</legend>
          <div class="field inline">
            <input id="where-cursor" type="radio" name="where" checked={where === 'cursor'} onChange={() => setWhere('cursor')} />
            <label for="where-cursor">At the cursor in this document</label>
          </div>
          <div class="field inline">
            <input id="where-new" type="radio" name="where" checked={where === 'new'} onChange={() => setWhere('new')} />
            <label for="where-new">As a new document in my Drive</label>
          </div>
        </fieldset>
        <div class="buttons">
          <button type="submit" class="action" disabled={busy || !state.workbook}>
            {where === 'cursor' ? 'Insert' : 'Create document'}
          </button>
        </div>
      </form>
      {status && (
        <Notice kind={status.kind}>
          {status.text}{' '}
          {status.url && (
            <a href={status.url} target="_blank" rel="noreferrer">
              Open it
            </a>
          )}
        </Notice>
      )}
      {state.workbook && template && (
        <details>
          <summary>Adapt this template for the program</summary>
          <p class="hint">
            Make an editable copy with its merge fields, or use this document as the program's version. Generated documents then copy it.
          </p>
          <div class="buttons">
            <button type="button" disabled={busy} onClick={() => adapt('copy')}>
              Make an editable copy
            </button>
            <button type="button" disabled={busy} onClick={() => adapt('register')}>
              Use this document
            </button>
          </div>
        </details>
      )}
    </main>
  );
}

function doneStatus(result: InsertResult, preview: TemplatePreview | null): Status {
  // Words, not field keys: "Latest score", not progress.latestScore.
  const label = (name: string) => preview?.fields.find((f) => f.name === name)?.label ?? fieldLabel(name);
  const missing = result.empty.length ? ` Left blank (no value yet): ${result.empty.map(label).join('; ')}.` : '';
  const unknown = result.unknown.length ? ` Unknown fields left as typed: ${result.unknown.map((u) => `{{${u}}}`).join(', ')}.` : '';
  const notice = result.notice ? ` ${result.notice}` : '';
  const kind = result.unknown.length || result.notice ? 'warn' : 'success';
  if (result.where === 'cursor') return { kind, text: `Inserted ${result.added} blocks at the cursor.${missing}${unknown}` };
  return { kind, text: `Created the document in your My Drive.${notice}${missing}${unknown}`, url: result.url };
}

function PreviewPanel({ preview }: { preview: TemplatePreview }) {
  return (
    <section aria-label="Merge fields" class="card" style={{ padding: '6px 8px' }}>
      <h3>Merge fields</h3>
      <p class="hint">{preview.docName}</p>
      {/* Fixed layout so long values (emails, goals) wrap inside a 300 px sidebar instead of widening it. */}
      <table class="grid" style={{ tableLayout: 'fixed', overflowWrap: 'anywhere' }}>
        <tbody>
          {preview.fields.map((f) => (
            <tr key={f.name}>
              <th scope="row" title={`{{${f.name}}}`} style={{ width: '44%' }}>
                {f.label}
              </th>
              <td>{f.value ? f.value : <span class="badge">no value yet</span>}</td>
            </tr>
          ))}
          {preview.lists.map((l) => (
            <tr key={l.name}>
              <th scope="row">
                {l.name === 'student.goals'
                  ? 'Current goals'
                  : l.name === 'team.students'
                    ? 'Students'
                    : l.name === 'team.notes'
                      ? "Last week's notes"
                      : 'Action steps'}
              </th>
              <td>{l.rows === 1 ? '1 row' : `${l.rows} rows`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.unknown.length > 0 && (
        <p class="warning" role="status">
          Unknown fields (left as typed): {preview.unknown.map((u) => `{{${u}}}`).join(', ')}
        </p>
      )}
    </section>
  );
}

mount(TemplateSidebar);
