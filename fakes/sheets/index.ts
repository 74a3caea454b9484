// SpreadsheetApp fake: entry points for the world's Sheets service and the Charts enums it uses.

import type { FakeWorld } from '../world';
import { createSpreadsheetAppFor } from './app';

export { createCharts } from './charts';

/** A SpreadsheetApp over `world`: every call counted, every unknown member a loud failure. */
export function createSpreadsheetApp(world: FakeWorld): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return createSpreadsheetAppFor(world);
}
