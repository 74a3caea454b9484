// "Share lesson materials" dialog: a teacher picks files and her team's Classroom Materials folder with the Google
// Picker (picking grants this add-on exactly those items), and the add-on adds shortcuts there.

import { useEffect, useState } from 'preact/hooks';
import { componentText } from '../../core/i18n/messages/components';
import { pageTitles } from '../../core/i18n/messages/pages';
import { shareText } from '../../core/i18n/messages/share-materials';
import type { FieldErrors } from '../../core/result';
import type { PickerConfig, SharedFile, ShareMaterialsOptions } from '../../server/materials';
import { describedBy, Notice } from '../components/fields';
import { PAGE_LOCALE, textOf } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

const t = textOf(shareText);
/** What sits under a fieldset's Choose button (the chosen folder, the hint) gets room, so it does not touch the button. */
const PAGE_CSS = 'fieldset>button+p,fieldset>.hint{margin-top:8px}';
const close = textOf(componentText);

/** What the teacher picks: files to share, or the one category folder to share them into. */
type PickerKind = 'files' | 'folder';

interface PickedItem {
  id: string;
  name: string;
}

/** A picker: resolves with what was picked, [] when the user cancels. */
type Picker = (kind: PickerKind) => Promise<PickedItem[]>;

/**
 * The seam: a test harness or the playground installs `window.__ttPicker` (backed by the fakes' Picker); otherwise the
 * page is on real Google and loads Google's Picker.
 */
interface PickerWindow {
  __ttPicker?: Picker;
  gapi?: { load(name: string, done: () => void): void };
  google?: { picker?: GooglePickerApi };
}

/** The part of Google's Picker API (google.picker) this page uses. */
interface GooglePickerApi {
  DocsView: new (viewId?: string) => GoogleDocsView;
  PickerBuilder: new () => GooglePickerBuilder;
  ViewId: { DOCS: string; FOLDERS: string };
  Feature: { MULTISELECT_ENABLED: string; SUPPORT_DRIVES: string };
  Action: { PICKED: string; CANCEL: string };
}
interface GoogleDocsView {
  setIncludeFolders(on: boolean): GoogleDocsView;
  setSelectFolderEnabled(on: boolean): GoogleDocsView;
  setMimeTypes(types: string): GoogleDocsView;
}
interface GooglePickerBuilder {
  addView(view: GoogleDocsView): GooglePickerBuilder;
  enableFeature(feature: string): GooglePickerBuilder;
  setOAuthToken(token: string): GooglePickerBuilder;
  setDeveloperKey(key: string): GooglePickerBuilder;
  setAppId(appId: string): GooglePickerBuilder;
  setOrigin(origin: string): GooglePickerBuilder;
  setSize(width: number, height: number): GooglePickerBuilder;
  setTitle(title: string): GooglePickerBuilder;
  setCallback(fn: (data: { action: string; docs?: { id: string; name: string }[] }) => void): GooglePickerBuilder;
  build(): { setVisible(on: boolean): void };
}

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const GOOGLE_API = 'https://apis.google.com/js/api.js';

function pageWindow(): PickerWindow {
  return window as unknown as PickerWindow;
}

/** Loads Google's api.js and its picker module once. */
let pickerApi: Promise<GooglePickerApi> | null = null;
function loadGooglePicker(): Promise<GooglePickerApi> {
  pickerApi ??= new Promise<GooglePickerApi>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = GOOGLE_API;
    script.onerror = () => reject(new Error(t('pickerUnavailable')));
    script.onload = () => {
      const w = pageWindow();
      if (!w.gapi) return reject(new Error(t('pickerNotLoaded')));
      w.gapi.load('picker', () => (w.google?.picker ? resolve(w.google.picker) : reject(new Error(t('pickerNotLoaded')))));
    };
    document.head.appendChild(script);
  });
  return pickerApi;
}

/**
 * Google's Picker, shown over this dialog. `setAppId` (the Cloud project number) is what makes a pick grant the add-on
 * the item under drive.file; `setOrigin` must be the top page's origin inside the Apps Script iframe.
 * https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder.setappid
 * https://developers.google.com/workspace/drive/picker/reference/picker.pickerbuilder.setorigin
 */
const googlePicker: Picker = async (kind) => {
  const [api, config] = await Promise.all([loadGooglePicker(), serverCall('getPickerConfig') as Promise<PickerConfig>]);
  return new Promise((resolve) => {
    const view =
      kind === 'folder'
        ? new api.DocsView(api.ViewId.FOLDERS).setIncludeFolders(true).setSelectFolderEnabled(true).setMimeTypes(FOLDER_MIME)
        : new api.DocsView(api.ViewId.DOCS).setIncludeFolders(true);
    let builder = new api.PickerBuilder()
      .addView(view)
      .setTitle(kind === 'folder' ? t('pickFolder') : t('pickFiles'))
      .setOAuthToken(config.oauthToken)
      .setDeveloperKey(config.developerKey)
      .setAppId(config.appId)
      .setOrigin(google.script.host.origin)
      .setSize(540, 520)
      .setCallback((data) => {
        if (data.action === api.Action.PICKED) resolve((data.docs ?? []).map((d) => ({ id: d.id, name: d.name })));
        else if (data.action === api.Action.CANCEL) resolve([]);
      });
    if (kind === 'files') builder = builder.enableFeature(api.Feature.MULTISELECT_ENABLED);
    builder.build().setVisible(true);
  });
};

function picker(): Picker {
  return pageWindow().__ttPicker ?? googlePicker;
}

function ShareMaterialsDialog() {
  const [options, setOptions] = useState<ShareMaterialsOptions | null>(null);
  const [files, setFiles] = useState<PickedItem[]>([]);
  const [folder, setFolder] = useState<PickedItem | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [results, setResults] = useState<SharedFile[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>({ kind: 'info', text: t('loading') });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    serverCall('getShareMaterialsOptions')
      .then((o) => {
        setOptions(o);
        setMessage(null);
      })
      .catch((e: Error) => setMessage({ kind: 'error', text: e.message }));
  }, []);

  async function pick(kind: PickerKind) {
    setMessage(null);
    try {
      const picked = await picker()(kind);
      if (kind === 'folder') {
        if (picked[0]) setFolder(picked[0]);
      } else if (picked.length) {
        // Picking again adds to the list; the same file twice is shared once.
        setFiles((known) => [...known, ...picked.filter((p) => !known.some((k) => k.id === p.id))]);
      }
    } catch (err) {
      setMessage({ kind: 'error', text: (err as Error).message });
    }
  }

  async function share(e: Event) {
    e.preventDefault();
    setBusy(true);
    setResults(null);
    setMessage({ kind: 'info', text: t('adding') });
    try {
      const result = await serverCall('shareMaterials', { folderId: folder?.id ?? '', fileIds: files.map((f) => f.id) });
      if (result.ok) {
        setErrors({});
        setResults(result.value);
        setMessage(null);
      } else {
        setErrors(result.errors);
        setMessage({ kind: 'error', text: result.message });
      }
    } catch (err) {
      setMessage({ kind: 'error', text: (err as Error).message });
    } finally {
      setBusy(false);
    }
  }

  const done = results?.filter((r) => r.ok).length ?? 0;
  const categories = options?.categories.map((c) => c.label).join('; ') ?? '';
  return (
    <main>
      <style>{PAGE_CSS}</style>
      <h1>{pageTitles.t(PAGE_LOCALE, 'ShareMaterialsDialog')}</h1>
      <p class="muted">{t('intro')}</p>
      {options && (
        <form onSubmit={share} noValidate>
          <fieldset aria-describedby={describedBy('files', 'hint', errors.files)}>
            <legend>{t('files')}</legend>
            <button type="button" onClick={() => pick('files')} disabled={busy}>
              {t('chooseFiles')}
            </button>
            {files.length > 0 && (
              <ul class="plain" aria-label={t('chosenFiles')}>
                {files.map((f) => (
                  <li key={f.id}>
                    {f.name}{' '}
                    <button
                      type="button"
                      class="link"
                      aria-label={t('removeFile', { name: f.name })}
                      onClick={() => setFiles(files.filter((x) => x.id !== f.id))}
                    >
                      {t('remove')}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <p class="hint" id="files-hint">
              {t('filesHint')}
            </p>
            {errors.files && (
              <p class="error" id="files-error" role="alert">
                {errors.files}
              </p>
            )}
          </fieldset>
          <fieldset aria-describedby={describedBy('folder', 'hint', errors.folder)}>
            <legend>{t('folder')}</legend>
            <button type="button" onClick={() => pick('folder')} disabled={busy}>
              {t('chooseFolder')}
            </button>
            {folder && <p role="status">{t('chosenFolder', { name: folder.name })}</p>}
            <p class="hint" id="folder-hint">
              {t('folderHint', { categories })}
            </p>
            {errors.folder && (
              <p class="error" id="folder-error" role="alert">
                {errors.folder}
              </p>
            )}
          </fieldset>
          <div class="buttons">
            <button type="submit" class="action" disabled={busy || files.length === 0 || !folder}>
              {busy ? t('adding') : t('submit')}
            </button>
            <button type="button" onClick={() => closeHost()}>
              {close('close')}
            </button>
          </div>
        </form>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {results && (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t('added', { done, total: results.length })}</h2>
          <ul class="plain">
            {results.map((r) => (
              <li key={r.input}>
                <span class={`badge ${r.ok ? 'green' : 'red'}`}>{r.ok ? t('ok') : t('notOk')}</span> <strong>{r.name}</strong>: {r.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

mount(ShareMaterialsDialog);
