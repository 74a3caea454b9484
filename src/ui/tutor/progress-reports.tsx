// "Progress reports" in the glance (issue 13): the selected student's reports waiting as drafts, each with "Release to
// the family" (asked once); the server's answer says when and whether the family gets it.

import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../core/i18n/format';
import { tutorFamilyText } from '../../core/i18n/messages/tutor-family';
import { Notice } from '../components/fields';
import { PAGE_LOCALE, textOf } from '../i18n';
import { serverCall } from '../rpc';
import type { Status } from './shared';

const t = textOf(tutorFamilyText);

type Report = { reportDate: string; status: string; docUrl: string };

function ReleaseQuestion({ date, onYes, onNo }: { date: string; onYes: () => void; onNo: () => void }) {
  const no = useRef<HTMLButtonElement>(null);
  useEffect(() => no.current?.focus(), []);
  return (
    <div class="notice warn" role="alertdialog" aria-labelledby="release-text">
      <p id="release-text">{t('releaseAsk', { date })}</p>
      <div class="buttons">
        <button type="button" class="action" onClick={onYes}>
          {t('releaseYes')}
        </button>
        <button type="button" ref={no} onClick={onNo}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}

export function ProgressReports({ studentId }: { studentId: string }) {
  const [reports, setReports] = useState<Report[]>([]);
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const load = () =>
    serverCall('tutorProgressReports', studentId)
      .then(setReports)
      .catch(() => setReports([]));
  useEffect(() => void load(), [studentId]);

  async function release(reportDate: string) {
    setAsking(null);
    setBusy(true);
    setStatus({ kind: 'info', text: t('releasing') });
    try {
      const result = await serverCall('releaseProgressReport', { studentId, reportDate });
      setStatus(
        result.ok ? { kind: 'success', text: result.value.message } : { kind: 'error', text: Object.values(result.errors)[0] || result.message },
      );
      await load();
    } catch (e) {
      setStatus({ kind: 'error', text: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  if (reports.length === 0 && !status) return null;
  return (
    <section class="card" aria-labelledby="reports-title">
      <h3 id="reports-title">{t('reports')}</h3>
      <ul class="plain">
        {reports.map((r) => {
          const date = formatDate(PAGE_LOCALE, r.reportDate);
          return (
            <li key={r.reportDate}>
              <div>
                {r.docUrl ? (
                  <a href={r.docUrl} target="_blank" rel="noopener noreferrer">
                    {t('reportOf', { date })}
                  </a>
                ) : (
                  t('reportOf', { date })
                )}{' '}
                <span class={r.status === 'Released' ? 'badge' : 'badge red'}>{t(r.status === 'Released' ? 'released' : 'draft')}</span>
              </div>
              {r.status !== 'Released' &&
                (asking === r.reportDate ? (
                  <ReleaseQuestion date={date} onYes={() => void release(r.reportDate)} onNo={() => setAsking(null)} />
                ) : (
                  <div class="buttons">
                    <button type="button" disabled={busy} onClick={() => setAsking(r.reportDate)}>
                      {t('release')}
                    </button>
                  </div>
                ))}
            </li>
          );
        })}
      </ul>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
    </section>
  );
}
