// Server API of Drive provisioning: the dry run, the resumable job that makes team folders and team workbooks, and
// the access report. Coordinators only.

import { ACCESS_REPORT_TABLE } from '../core/drive-tables';
import type { JobProgress } from '../core/job';
import { type AccessReportResult, writeAccessReport } from '../workspace/drive-access-report';
import { type ProvisionPreview, previewProvision, requireDriveOwner, startProvisionJob } from '../workspace/drive-provision';
import { showDialog } from '../workspace/pages';
import { allow, menuAllowed } from './guard';

/** Menu (Sheets): the provisioning dialog, which shows the dry run before anything changes. */
export function menuProvisionDrive(): void {
  menuAllowed('menuProvisionDrive', () => {
    showDialog(SpreadsheetApp.getUi(), 'ProvisionDialog');
  });
}

/** The dry run: folders and team workbooks to create, permissions to add, change and remove. Changes nothing. */
export function previewDriveProvision(): ProvisionPreview {
  const { ss, caller, settings } = allow('previewDriveProvision');
  if (settings) requireDriveOwner(settings, caller.email);
  return previewProvision(ss);
}

/** Starts provisioning (the first run makes its caller the Drive owner); the dialog then calls runJobChunk(jobId). */
export function startDriveProvision(): JobProgress {
  const { ss, caller } = allow('startDriveProvision');
  return startProvisionJob(ss, caller.email);
}

/** Menu (Sheets): rebuilds the Access Report sheet and opens it. */
export function menuAccessReport(): AccessReportResult {
  const { ss, caller, settings } = allow('menuAccessReport');
  if (settings) requireDriveOwner(settings, caller.email);
  const result = writeAccessReport(ss);
  const sheet = ss.getSheetByName(ACCESS_REPORT_TABLE.name);
  if (sheet) ss.setActiveSheet(sheet);
  ss.toast(result.toast.message, result.toast.title);
  return result;
}
