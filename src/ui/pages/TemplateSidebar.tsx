// Docs sidebar: choose a template and a student/team from the linked program workbook, preview the merge fields,
// insert at the cursor or as a new document; adapt a template for the program.

import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../core/i18n/catalog';
import { templateSidebarText } from '../../core/i18n/messages/template-sidebar';
import type { FieldErrors } from '../../core/result';
import { fieldLabel } from '../../core/templates/merge';
import { checkInsertRequest } from '../../core/templates/requests';
import type { InsertResult, TemplatePreview, TemplateSidebarState } from '../../server/templates';
import { Notice, Select, TextInput } from '../components/fields';
import { textOf } from '../i18n';
import { mount } from '../mount';
import { serverCall } from '../rpc';

const t = textOf(templateSidebarText);
/** The shape of the link to paste: a URL, the same in every language. */
const WORKBOOK_URL_EXAMPLE = 'https://docs.google.com/spreadsheets/d/…';

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
  const [status, setStatus] = useState<Status>({ kind: 'info', text: t('loading') });
  const [busy, setBusy] = useState(false);

  function adopt(next: TemplateSidebarState) {
    setState(next);
    setStatus(next.workbookError ? { kind: 'error', text: next.workbookError } : null);
    const first = next.templates.find((x) => x.id === next.last?.templateId) ?? next.templates[0];
    setTemplateId(first.id);
    setSubjectKey(next.last?.templateId === first.id ? next.last.subjectKey : '');
    setDate((d) => d || next.today);
  }

  useEffect(() => {
    serverCall('getTemplateSidebar')
      .then(adopt)
      .catch((e: Error) => setStatus({ kind: 'error', text: e.message }));
  }, []);

  const template = state?.templates.find((x) => x.id === templateId);
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
    setStatus({ kind: 'info', text: where === 'cursor' ? t('inserting') : t('creating') });
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
                text: t('copied', { name: r.value.name }),
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
            text: t('registeredUnknown', { fields: r.value.unknown.map((u) => `{{${u}}}`).join(', ') }),
          });
        else
          setStatus({
            kind: 'success',
            text: t('registered', { title: template.title, n: r.value.fields.length }),
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
      <h1>{t('heading')}</h1>
      {!state.workbook || changing ? (
        <form onSubmit={link}>
          {!changing && <Notice kind="info">{t('linkFirst')}</Notice>}
          <TextInput
            id="workbook"
            label={t('workbookLink')}
            value={workbookLink}
            onInput={setWorkbookLink}
            error={errors.workbook}
            placeholder={WORKBOOK_URL_EXAMPLE}
            hint={t('remembered')}
          />
          <div class="buttons">
            <button type="submit" class="action" disabled={busy || !workbookLink.trim()}>
              {t('link')}
            </button>
            {changing && (
              <button
                type="button"
                onClick={() => {
                  setChanging(false);
                  setErrors({});
                }}
              >
                {t('cancel')}
              </button>
            )}
          </div>
        </form>
      ) : (
        <p class="muted">
          {t('workbook')}{' '}
          <a href={state.workbook.url} target="_blank" rel="noreferrer">
            {state.workbook.name}
          </a>{' '}
          <button type="button" class="link" onClick={() => setChanging(true)}>
            {t('change')}
          </button>
        </p>
      )}
      <form onSubmit={insert}>
        <Select
          id="templateId"
          label={t('template')}
          value={templateId}
          options={state.templates.map((x) => ({ value: x.id, label: x.title }))}
          onChange={(v) => {
            setTemplateId(v);
            setSubjectKey('');
          }}
          hint={template ? t('templateHint', { summary: template.summary, audience: template.audience }) : undefined}
          error={errors.templateId}
        />
        {template && template.subject !== 'none' && (
          <Select
            id="subjectKey"
            label={template.subject === 'team' ? t('team') : t('student')}
            value={subjectKey}
            placeholder={state.workbook ? (template.subject === 'team' ? t('chooseTeam') : t('chooseStudent')) : t('linkWorkbookFirst')}
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
            {t('programVersion')}{' '}
            <a href={template.programVersionUrl} target="_blank" rel="noreferrer">
              {t('programVersionIt')}
            </a>
            {t('programVersionCursor')}
          </Notice>
        )}
        {preview && <PreviewPanel preview={preview} />}
        <fieldset>
          <legend>{t('where')}</legend>
          <div class="field inline">
            <input id="where-cursor" type="radio" name="where" checked={where === 'cursor'} onChange={() => setWhere('cursor')} />
            <label for="where-cursor">{t('atCursor')}</label>
          </div>
          <div class="field inline">
            <input id="where-new" type="radio" name="where" checked={where === 'new'} onChange={() => setWhere('new')} />
            <label for="where-new">{t('asNew')}</label>
          </div>
        </fieldset>
        <div class="buttons">
          <button type="submit" class="action" disabled={busy || !state.workbook}>
            {where === 'cursor' ? t('insert') : t('create')}
          </button>
        </div>
      </form>
      {status && (
        <Notice kind={status.kind}>
          {status.text}{' '}
          {status.url && (
            <a href={status.url} target="_blank" rel="noreferrer">
              {t('openIt')}
            </a>
          )}
        </Notice>
      )}
      {state.workbook && template && (
        <details>
          <summary>{t('adapt')}</summary>
          <p class="hint">{t('adaptHint')}</p>
          <div class="buttons">
            <button type="button" disabled={busy} onClick={() => adapt('copy')}>
              {t('copy')}
            </button>
            <button type="button" disabled={busy} onClick={() => adapt('register')}>
              {t('useThis')}
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
  const missing = result.empty.length ? t('leftBlank', { fields: result.empty.map(label).join('; ') }) : '';
  const unknown = result.unknown.length ? t('unknownLeft', { fields: result.unknown.map((u) => `{{${u}}}`).join(', ') }) : '';
  const notice = result.notice ? ` ${result.notice}` : '';
  const kind = result.unknown.length || result.notice ? 'warn' : 'success';
  if (result.where === 'cursor') return { kind, text: `${plural(t, result.added, 'insertedOne', 'insertedOther')}${missing}${unknown}` };
  return { kind, text: `${t('created')}${notice}${missing}${unknown}`, url: result.url };
}

/**
 * Field name on its own line, value below. A word breaks only when a whole line cannot hold it (`break-word`: an email
 * or a link longer than the sidebar), never in the middle because a column was narrow.
 */
const FIELDS_CSS =
  'dl.fields{margin:4px 0 0;overflow-wrap:break-word;word-break:normal}dl.fields>div{padding:4px 0;border-top:1px solid var(--line)}dl.fields dt{color:var(--grey);font-size:12px}dl.fields dd{margin:0}';

function PreviewPanel({ preview }: { preview: TemplatePreview }) {
  return (
    <section aria-label={t('mergeFields')} class="card" style={{ padding: '6px 8px' }}>
      <h3>{t('mergeFields')}</h3>
      <p class="hint">{preview.docName}</p>
      {/* A list, not a two-column table: at 300 px each name and value gets the full width, so words stay whole. */}
      <style>{FIELDS_CSS}</style>
      <dl class="fields">
        {preview.fields.map((f) => (
          <div key={f.name}>
            <dt title={`{{${f.name}}}`}>{f.label}</dt>
            <dd>{f.value ? f.value : <span class="badge">{t('noValue')}</span>}</dd>
          </div>
        ))}
        {preview.lists.map((l) => (
          <div key={l.name}>
            <dt>{l.name === 'student.goals' || l.name === 'team.students' || l.name === 'team.notes' ? t(l.name) : t('actionSteps')}</dt>
            <dd>{plural(t, l.rows, 'rowsOne', 'rowsOther')}</dd>
          </div>
        ))}
      </dl>
      {preview.unknown.length > 0 && (
        <p class="warning" role="status">
          {t('unknownFields', { fields: preview.unknown.map((u) => `{{${u}}}`).join(', ') })}
        </p>
      )}
    </section>
  );
}

mount(TemplateSidebar);
