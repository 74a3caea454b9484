// DocumentApp fake (stub until written).
import type { FakeWorld } from '../world';

export function createDocumentApp(_world: FakeWorld): GoogleAppsScript.Document.DocumentApp {
  throw new Error('not implemented in fakes: DocumentApp');
}
