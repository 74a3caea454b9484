// The dialogs that preview a long change, then run it as a resumable job (provisioning, the upgrade): one state
// machine, so each dialog only says what its preview and progress mean.

import { useEffect, useState } from 'preact/hooks';
import { componentText } from '../../core/i18n/messages/components';
import type { JobProgress } from '../../core/job';
import { textOf } from '../i18n';
import { serverCall } from '../rpc';

const t = textOf(componentText);

export type JobPhase = 'loading' | 'preview' | 'running' | 'done' | 'failed';

export interface PreviewThenJob<P> {
  phase: JobPhase;
  preview: P | null;
  progress: JobProgress | null;
  error: string;
  /** Reads the dry run again (changes nothing). */
  load(): void;
  /** Starts the job, then runs one chunk per server call (each its own execution, under the 6-minute limit). */
  apply(): Promise<void>;
  /** Shows a message from another action of the dialog in the same place. */
  fail(message: string): void;
}

/**
 * `again` is what the user reads when a chunk fails: the job resumes where it stopped, so nothing is lost by running
 * the same menu item again.
 */
export function usePreviewThenJob<P>(readPreview: () => Promise<P>, start: () => Promise<JobProgress>, again: string): PreviewThenJob<P> {
  const [phase, setPhase] = useState<JobPhase>('loading');
  const [preview, setPreview] = useState<P | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState('');

  const load = () => {
    setPhase('loading');
    readPreview()
      .then((p) => {
        setPreview(p);
        setPhase('preview');
      })
      .catch((e: Error) => {
        setError(e.message);
        setPhase('failed');
      });
  };
  useEffect(load, []);

  async function apply() {
    setPhase('running');
    setError('');
    try {
      let p = await start();
      setProgress(p);
      while (!p.finished) {
        p = await serverCall('runJobChunk', p.jobId);
        setProgress(p);
      }
      setPhase('done');
    } catch (e) {
      setError(t('nothingLost', { message: (e as Error).message, again }));
      setPhase('failed');
    }
  }

  return { phase, preview, progress, error, load, apply, fail: setError };
}
