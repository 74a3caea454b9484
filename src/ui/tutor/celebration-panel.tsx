// Celebrate follow-through (seed 003): when the student completed a run of action steps, an editable message to the
// family in the student's praise preference, sent by email where the program enabled it or as a script for a call home.

import { useEffect, useState } from 'preact/hooks';
import { tutorFamilyText } from '../../core/i18n/messages/tutor-family';
import type { CelebrationOffer } from '../../server/family';
import { Checkbox, Notice, TextArea } from '../components/fields';
import { textOf } from '../i18n';
import { serverCall } from '../rpc';

const t = textOf(tutorFamilyText);
/** The drafted email or call script is several short paragraphs: shown whole, not one line of it (54 px textareas elsewhere). */
const PANEL_CSS = '#celebrate-message{min-height:13em}';

export function CelebrationPanel({ studentId }: { studentId: string }) {
  const [offer, setOffer] = useState<CelebrationOffer | null>(null);
  const [message, setMessage] = useState('');
  const [told, setTold] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');

  useEffect(() => {
    serverCall('tutorCelebration', studentId)
      .then((o) => {
        setOffer(o);
        setMessage(o ? (o.channel === 'Email' ? o.draft.message : o.draft.callScript) : '');
      })
      .catch(() => setOffer(null));
  }, [studentId]);

  if (done) return <Notice kind="success">{done}</Notice>;
  if (!offer) return null;
  const email = offer.channel === 'Email';

  async function send(event: Event) {
    event.preventDefault();
    if (!offer) return;
    setBusy(true);
    setError('');
    try {
      const result = await serverCall('tutorSendCelebration', { studentId, key: offer.key, message, toldStudent: told });
      if (result.ok) setDone(result.value.message);
      else setError(result.errors.message ?? result.message);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="celebration" onSubmit={send} aria-labelledby="celebrate-title">
      <style>{PANEL_CSS}</style>
      <h2 id="celebrate-title">{t('celebrate')}</h2>
      <p class="hint">
        {offer.run.kind === 'whole plan this week'
          ? t('wholePlan', { name: offer.studentName })
          : t('keptUp', { name: offer.studentName, n: offer.run.run ?? 0 })}
        {offer.preference
          ? ` ${t('preference', { preference: offer.preference === 'Public' || offer.preference === 'Private' ? t(offer.preference) : offer.preference })}`
          : ''}
      </p>
      <Notice kind="info">{offer.draft.tellStudentFirst}</Notice>
      <Checkbox id="celebrate-told" label={t('toldFirst', { name: offer.studentName.split(' ')[0] })} checked={told} onChange={setTold} />
      <TextArea id="celebrate-message" label={t(email ? 'emailLabel' : 'callLabel')} value={message} onInput={setMessage} error={error} />
      <div class="buttons">
        <button type="submit" class="action" disabled={busy || message.trim() === ''}>
          {t(busy ? 'sending' : email ? 'sendFamily' : 'calledHome')}
        </button>
      </div>
    </form>
  );
}
