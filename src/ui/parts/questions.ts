// The tutor sidebar's Questions tab (Tier 2 threads with the teacher), built as a page part (dist/part-questions.html)
// that the sidebar loads the first time the tab opens.

export { QuestionsPanel } from '../tutor/questions-panel';
