// Server API of the resumable job runner: the dialogs drive chunks; the hourly trigger finishes abandoned jobs.

import type { JobProgress } from '../core/job';
import { jobProgress, resumeUnfinishedJobs, runChunk } from '../workspace/job-runner';

/** Runs the next chunk of a job (each call is its own execution, under the 6-minute limit). */
export function runJobChunk(jobId: string): JobProgress {
  return runChunk(jobId);
}

export function getJobProgress(jobId: string): JobProgress | null {
  return jobProgress(jobId);
}

/** Hourly time-driven trigger: continues jobs whose dialog was closed. */
export function resumeJobs(): void {
  resumeUnfinishedJobs();
}
