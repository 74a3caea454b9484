// The tutor sidebar's Conference tab, built as a page part (dist/part-conference.html) that the sidebar loads when the
// tab is first opened, so the sidebar itself stays small (issue 11: each page ≤ 60 KB).

export { ConferencePanel } from '../tutor/conference-panel';
