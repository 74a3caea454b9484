// The sidebar's saves, each once: a save key per form (made when it opens), and, when a save fails with no answer
// (the network, or the execution died after writing), asking the server whether that key landed before "Not saved".

import { tutorSaveText } from '../../core/i18n/messages/tutor-save';
import { saveKeyFrom } from '../../core/saves/save-key';
import { PAGE_LOCALE } from '../i18n';
import { serverCall } from '../rpc';

/** A fresh key for a form that just opened (or was cleared after a save). */
export function newSaveKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return saveKeyFrom(bytes);
}

/** The save landed, but the sidebar could not read back what it saved (the panel says Saved all the same). */
export class LandedError extends Error {
  constructor() {
    super(tutorSaveText.t(PAGE_LOCALE, 'landed'));
    this.name = 'LandedError';
  }
}

/**
 * Sends a save; when it fails without an answer, asks `tutorSaveStatus` whether its key landed. Landed: the save is
 * sent again with the same key, which the server answers with what it saved, writing nothing (LandedError if that
 * fails too). Not landed, or no answer to the question either: the first error, so the form says "Not saved" and
 * keeps what was typed (and its key: saving again completes a half-written attempt, never doubles it).
 */
export async function saveOnce<T>(send: () => Promise<T>, key: string, studentId: string): Promise<T> {
  try {
    return await send();
  } catch (error) {
    let landed = false;
    try {
      const status = await serverCall('tutorSaveStatus', { key, studentId });
      landed = status.ok && status.value.landed;
    } catch {
      throw error;
    }
    if (!landed) throw error;
    try {
      return await send();
    } catch {
      throw new LandedError();
    }
  }
}
