// What Drive shows as each provisioned folder's description, in the seed's words: text only provisioning and the upgrade
// write, so a data module (DATA_MODULES in scripts/build.js) that Code.js reads from dist/data-drive-descriptions.html
// when a run creates folders. Plain data only.

/** One export, so Code.js holds a single stub whose three fields read the data file when first touched. */
export const DRIVE_DESCRIPTIONS = {
  /** By folder kind (src/core/drive-plan.ts TEAM_FOLDERS). */
  byKind: {
    team: 'Teacher-tutor team folder: what the teacher and the tutors share.',
    materials: 'What students are working on in class: the teacher edits, tutors view (Tier 1) or comment (Tiers 2-3).',
    lessonPlans: 'Lesson plans: the methods, not just the content.',
    lessonMaterials: 'Lesson materials (e.g. notes, slide decks).',
    studentMaterials: 'Student materials (e.g. worksheets, homework).',
    assessments: 'Assessments: blank copies and answer keys/rubrics.',
    updatedMaterials: 'Updates to any of the materials shared earlier, especially calendars.',
    studentData: "Formative and summative assessments, class grades, attendance/punctuality. Only this team's tutors may view it.",
    sessionNotes: 'Tutoring session notes: tutors edit, the teacher views (Tier 1) or comments (Tiers 2-3).',
    questions: 'Tier 2: questions and answers about particular notes or materials; teachers and tutors comment.',
    weeklyMeetings: 'Tier 3: one agenda per weekly teacher-tutor meeting; teachers and tutors edit.',
  } as Readonly<Record<string, string>>,
  /** The program's root folder. */
  root: 'One folder per teacher-tutor team. Managed by Tutoring Toolkit: share with people through "Provision Drive folders", never by link.',
  /** Each team workbook (made by provisioning or by the upgrade to team workbooks). */
  teamWorkbook:
    'The team workbook: this team’s students, goals, action steps, session notes, conferences and questions. Open the tutor sidebar from Extensions › Tutoring Toolkit.',
};
