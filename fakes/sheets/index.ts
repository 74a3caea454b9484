// SpreadsheetApp fake: entry points for the world's Sheets service, the Charts enums it uses, and the Sheets UI helper.

import type { FakeWorld } from '../world';
import { createSpreadsheetAppFor } from './app';

export { createCharts } from './charts';
export { editCellsAsUser } from './ui-edit';

/** A SpreadsheetApp over `world`: every call counted, every unknown member a loud failure. */
export function createSpreadsheetApp(world: FakeWorld): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return createSpreadsheetAppFor(world);
}
