// Server API of the upgrade from a single-workbook program to a master plus team workbooks. Coordinators only.

import type { JobProgress } from '../core/job';
import { showDialog } from '../workspace/pages';
import { previewUpgrade, startUpgradeJob, type UpgradePreview } from '../workspace/upgrade/upgrade';
import { allow, menuAllowed } from './guard';

/** Menu (Sheets, master): the upgrade dialog, which shows the dry run before anything changes. */
export function menuUpgradeToTeamWorkbooks(): void {
  menuAllowed('menuUpgradeToTeamWorkbooks', () => {
    showDialog(SpreadsheetApp.getUi(), 'UpgradeDialog');
  });
}

/** The dry run: per team, the team workbook to use or create and the rows it receives; who loses the master. */
export function previewTeamUpgrade(): UpgradePreview {
  const { ss } = allow('previewTeamUpgrade');
  return previewUpgrade(ss);
}

/** Starts the upgrade job; the dialog then calls runJobChunk(jobId) until it is finished. */
export function startTeamUpgrade(): JobProgress {
  const { ss, caller } = allow('startTeamUpgrade');
  return startUpgradeJob(ss, caller.email);
}
