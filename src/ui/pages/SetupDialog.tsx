// "Set up program workbook" dialog: the program's design dimensions, then the sheets are created or upgraded.

import { useEffect, useState } from 'preact/hooks';
import { componentText } from '../../core/i18n/messages/components';
import { pageTitles } from '../../core/i18n/messages/pages';
import { setupText } from '../../core/i18n/messages/setup';
import { RATIO_CHOICES, SETTINGS_CHOICES, TAKE_UP_CHOICES } from '../../core/model';
import type { FieldErrors } from '../../core/result';
import { checkSetupForm, type SetupFormFields } from '../../core/setup-form';
import { Notice, Select, TextInput } from '../components/fields';
import { textOf } from '../i18n';
import { mount } from '../mount';
import { closeHost, serverCall } from '../rpc';

type Form = SetupFormFields;

const t = textOf(setupText);
const title = textOf(pageTitles);
const close = textOf(componentText);

const TIERS = [
  { value: '1', label: t('tier1') },
  { value: '2', label: t('tier2') },
  { value: '3', label: t('tier3') },
];

/** The stored value stays English (it is the Settings sheet's data); the option shows it in the page's language. */
const choices = (values: readonly ((typeof SETTINGS_CHOICES)[number] | (typeof TAKE_UP_CHOICES)[number] | (typeof RATIO_CHOICES)[number])[]) =>
  values.map((value) => ({ value, label: t(value) }));

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
  const [status, setStatus] = useState<{ kind: 'info' | 'success' | 'error'; text: string } | null>({ kind: 'info', text: t('loading') });
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
      setStatus({ kind: 'error', text: t('fixFields') });
      return;
    }
    setBusy(true);
    setStatus({ kind: 'info', text: t('settingUp') });
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
        created.length ? t('created', { sheets: created.join(', ') }) : t('allThere'),
        ...upgraded.map((u) => t('addedColumns', { sheet: u.sheet, columns: u.addedColumns.join(', ') })),
        t('saved'),
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
      <h1>{title('SetupDialog')}</h1>
      <form onSubmit={submit} noValidate>
        <p class="muted">{t('intro')}</p>
        <TextInput
          id="programName"
          label={t('programName')}
          value={form.programName}
          onInput={set('programName')}
          error={errors.programName}
          required
        />
        <Select id="tier" label={t('tier')} value={form.tier} options={TIERS} onChange={set('tier')} error={errors.tier} hint={t('tierHint')} />
        <div class="row">
          <Select
            id="setting"
            label={t('setting')}
            value={form.setting}
            options={choices(SETTINGS_CHOICES)}
            onChange={set('setting')}
            error={errors.setting}
          />
          <Select
            id="takeUp"
            label={t('takeUp')}
            value={form.takeUp}
            options={choices(TAKE_UP_CHOICES)}
            onChange={set('takeUp')}
            error={errors.takeUp}
          />
        </div>
        <div class="row">
          <TextInput
            id="dosage"
            label={t('dosage')}
            type="number"
            min={1}
            max={10}
            value={form.dosage}
            onInput={set('dosage')}
            error={errors.dosage}
          />
          <Select id="ratio" label={t('ratio')} value={form.ratio} options={choices(RATIO_CHOICES)} onChange={set('ratio')} error={errors.ratio} />
        </div>
        <div class="row">
          <TextInput id="termStart" label={t('termStart')} type="date" value={form.termStart} onInput={set('termStart')} error={errors.termStart} />
          <TextInput id="termEnd" label={t('termEnd')} type="date" value={form.termEnd} onInput={set('termEnd')} error={errors.termEnd} />
        </div>
        <TextInput
          id="coordinators"
          label={t('coordinators')}
          hint={t('coordinatorsHint')}
          value={form.coordinators ?? ''}
          onInput={set('coordinators')}
          error={errors.coordinators}
        />
        {status && <Notice kind={status.kind}>{status.text}</Notice>}
        <div class="buttons">
          <button type="submit" class="action" disabled={busy}>
            {busy ? t('busy') : t('submit')}
          </button>
          <button type="button" onClick={closeHost}>
            {close('close')}
          </button>
        </div>
      </form>
    </main>
  );
}

mount(SetupDialog);
