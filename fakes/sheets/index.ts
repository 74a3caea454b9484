// SpreadsheetApp fake (owned by the Sheets fake work; stub until then).
import type { FakeWorld } from '../world';

export function createSpreadsheetApp(_world: FakeWorld): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  throw new Error('not implemented in fakes: SpreadsheetApp');
}
