// "Set up program workbook" dialog: the program's design dimensions, then the sheets are created or upgraded.

import { useEffect, useState } from 'preact/hooks';
import { RATIO_CHOICES, SETTINGS_CHOICES, TAKE_UP_CHOICES } from '../../core/model';
import type { FieldErrors } from '../../core/result';
import { checkSetupForm, type SetupFormFields } from '../../core/setup-form';
import { Notice, Select, TextInput } from '../components/fields';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

type Form = SetupFormFields;

const TIERS = [
  { value: '1', label: 'Tier 1 — passive asynchronous sharing (shared folders, session notes)' },
  { value: '2', label: 'Tier 2 — active asynchronous (comments, threaded questions)' },
  { value: '3', label: 'Tier 3 — active synchronous (weekly teacher-tutor meetings)' },
];

const EMPTY: Form = {
  programName: '',
  tier: '1',
  setting: 'In-School',
  takeUp: 'Optional',
  dosage: '3',
  ratio: '1:1',
  termStart: '',
  termEnd: '',
  coordinators: '',
};

function SetupDialog() {
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ kind: 'info' | 'success' | 'error'; text: string } | null>({ kind: 'info', text: 'Loading…' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    serverCall('getSetupDefaults')
      .then(({ settings, spreadsheetName }) => {
        setStatus(null);
        if (settings) {
          setForm({
            programName: settings.programName,
            tier: String(settings.tier),
            setting: settings.setting,
            takeUp: settings.takeUp,
            dosage: String(settings.dosage),
            ratio: settings.ratio,
            termStart: settings.termStart,
            termEnd: settings.termEnd,
            coordinators: settings.coordinators.join(', '),
          });
        } else setForm((f) => ({ ...f, programName: spreadsheetName }));
      })
      .catch((e: Error) => setStatus({ kind: 'error', text: e.message }));
  }, []);

  const set = (key: keyof Form) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  async function submit(event: Event) {
    event.preventDefault();
    const checked = checkSetupForm(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ kind: 'error', text: 'Please fix the highlighted fields.' });
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: 'Setting up the workbook…' });
    try {
      const result = await serverCall('setUpWorkbook', form);
      if (!result.ok) {
        setErrors(result.errors);
        setStatus({ kind: 'error', text: result.message });
        return;
      }
      const created = result.value.tables.filter((t) => t.created).map((t) => t.sheet);
      const upgraded = result.value.tables.filter((t) => !t.created && t.addedColumns.length > 0);
      const parts = [
        created.length ? `Created ${created.join(', ')}.` : 'All sheets were already there.',
        ...upgraded.map((t) => `${t.sheet}: added ${t.addedColumns.join(', ')}.`),
        'Settings saved.',
      ];
      setStatus({ kind: 'success', text: parts.join(' ') });
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <main>
      <h1>Set up program workbook</h1>
      <form onSubmit={submit} noValidate>
        <p class="muted">Describe your program. Setup creates the sheets that are missing and keeps every row you already have.</p>
        <TextInput id="programName" label="Program name" value={form.programName} onInput={set('programName')} error={errors.programName} required />
        <Select
          id="tier"
          label="Communication tier"
          value={form.tier}
          options={TIERS}
          onChange={set('tier')}
          error={errors.tier}
          hint="How teachers and tutors share: decides the Drive folders and who can comment."
        />
        <div class="row">
          <Select id="setting" label="Setting" value={form.setting} options={SETTINGS_CHOICES} onChange={set('setting')} error={errors.setting} />
          <Select id="takeUp" label="Take-up" value={form.takeUp} options={TAKE_UP_CHOICES} onChange={set('takeUp')} error={errors.takeUp} />
        </div>
        <div class="row">
          <TextInput
            id="dosage"
            label="Dosage (sessions per week)"
            type="number"
            min={1}
            max={10}
            value={form.dosage}
            onInput={set('dosage')}
            error={errors.dosage}
          />
          <Select id="ratio" label="Student-tutor ratio" value={form.ratio} options={RATIO_CHOICES} onChange={set('ratio')} error={errors.ratio} />
        </div>
        <div class="row">
          <TextInput id="termStart" label="Term start" type="date" value={form.termStart} onInput={set('termStart')} error={errors.termStart} />
          <TextInput id="termEnd" label="Term end" type="date" value={form.termEnd} onInput={set('termEnd')} error={errors.termEnd} />
        </div>
        <TextInput
          id="coordinators"
          label="Coordinators"
          hint="Everyone who runs the program, by email, separated by commas. You are added. Only coordinators open this workbook; tutors and teachers get team workbooks."
          value={form.coordinators ?? ''}
          onInput={set('coordinators')}
          error={errors.coordinators}
        />
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
        <div class="buttons">
          <button type="submit" class="action" disabled={busy}>
            {busy ? 'Setting up…' : 'Set up workbook'}
          </button>
          <button type="button" onClick={closeHost}>
            Close
          </button>
        </div>
      </form>
    </main>
  );
}

mount(SetupDialog);
