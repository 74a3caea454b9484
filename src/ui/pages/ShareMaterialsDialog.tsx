// "Share lesson materials" dialog: a teacher adds files to a Classroom Materials folder of their team, shared per tier.

import { useEffect, useState } from 'preact/hooks';
import type { FieldErrors } from '../../core/result';
import type { ShareMaterialsOptions } from '../../server/materials';
import type { SharedFile } from '../../workspace/drive-share';
import { Notice, Select, TextArea } from '../components/fields';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

function ShareMaterialsDialog() {
  const [options, setOptions] = useState<ShareMaterialsOptions | null>(null);
  const [teamKey, setTeamKey] = useState('');
  const [category, setCategory] = useState('');
  const [files, setFiles] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [results, setResults] = useState<SharedFile[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>({ kind: 'info', text: 'Loading your team folders…' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    serverCall('getShareMaterialsOptions')
      .then((o) => {
        setOptions(o);
        if (o.teams.length === 1) setTeamKey(o.teams[0].teamKey);
        if (o.currentFile) setFiles(`https://docs.google.com/document/d/${o.currentFile.id}/edit`);
        setMessage(null);
      })
      .catch((e: Error) => setMessage({ kind: 'error', text: e.message }));
  }, []);

  const team = options?.teams.find((t) => t.teamKey === teamKey);
  const categories = (options?.categories ?? []).filter((c) => !team || team.categories.includes(c.value));

  async function share(e: Event) {
    e.preventDefault();
    setBusy(true);
    setResults(null);
    setMessage({ kind: 'info', text: 'Adding…' });
    try {
      const result = await serverCall('shareMaterials', { teamKey, category, files });
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
  return (
    <main>
      <h1>Share lesson materials</h1>
      <p class="muted">
        Files are added to your team's Classroom Materials as shortcuts: you keep ownership, and your team's tutors get the access your program's tier
        gives them (view, or comment at Tiers 2–3). Never by link.
      </p>
      {options && options.teams.length === 0 && (
        <Notice kind="warn">You cannot add to any team's Classroom Materials yet. Ask your coordinator to run "Provision Drive folders".</Notice>
      )}
      {options && options.teams.length > 0 && (
        <form onSubmit={share} noValidate>
          <Select
            id="teamKey"
            label="Team (class)"
            value={teamKey}
            placeholder="Choose a team"
            options={options.teams.map((t) => ({ value: t.teamKey, label: t.team }))}
            onChange={setTeamKey}
            error={errors.teamKey}
          />
          <Select
            id="category"
            label="What is it?"
            value={category}
            placeholder="Choose a category"
            options={categories}
            onChange={setCategory}
            error={errors.category}
          />
          <TextArea
            id="files"
            label="Files"
            value={files}
            onInput={setFiles}
            placeholder="https://docs.google.com/document/d/…"
            hint="Drive links or file ids, one per line, of files this add-on made or opened. For any other file of yours, open it in Docs and use this menu there."
            error={errors.files}
          />
          <div class="buttons">
            <button type="submit" class="action" disabled={busy}>
              {busy ? 'Adding…' : 'Add to Classroom Materials'}
            </button>
            <button type="button" onClick={() => closeHost()}>
              Close
            </button>
          </div>
        </form>
      )}
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {results && (
        <section aria-labelledby="results-title">
          <h2 id="results-title">
            {done} of {results.length} added
          </h2>
          <ul class="plain">
            {results.map((r) => (
              <li key={r.input}>
                <span class={`badge ${r.ok ? 'green' : 'red'}`}>{r.ok ? 'added' : 'not added'}</span> <strong>{r.name}</strong>: {r.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

mount(ShareMaterialsDialog);
