// The tutor sidebar's family panels (celebrate follow-through, progress reports to release) and the praise prompts
// after a save, built as a page part
// (dist/part-family.html) loaded once a student is chosen, so the sidebar itself stays within 60 KB.

/** The praise/redirect prompts after a note's check-offs: needed only after a save, so not carried by the sidebar. */
export { promptsAfterCheckOff } from '../../core/praise';
export { CelebrationPanel } from '../tutor/celebration-panel';
export { ProgressReports } from '../tutor/progress-reports';
