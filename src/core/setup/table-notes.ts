// The header notes of every workbook table (src/core/tables.ts, dashboard-tables, drive-tables, the family and template
// tables): long text only setup and upgrade write. A data module (DATA_MODULES in scripts/build.js): Code.js reads it from
// dist/data-table-notes.html the first time an execution needs it, so a tutor save or glance never parses it. Plain data
// only, one export per table (a page that shows one table's hints bundles only that one), keyed by column key;
// src/core/setup/notes.ts finds them by sheet name.

import { conferenceQuestionText } from '../i18n/messages/tutor-conference';

/** One sheet's notes: its purpose (the first header's note) and the note of each column, by column key. */
export interface TableNotes {
  purpose: string;
  columns: Readonly<Record<string, string>>;
}

export const SETTINGS_HEADER_NOTES: TableNotes = {
  purpose: "The program's design dimensions. Setup writes them; the other tools read them.",
  columns: {
    programName: 'Shown on generated documents and folders.',
    tier: 'Teacher-tutor communication: 1 passive asynchronous sharing, 2 active asynchronous (comments, threaded questions), 3 active synchronous (weekly meetings).',
    setting: 'In-School or Out-of-School tutoring.',
    takeUp: 'Mandatory or Optional. With mandatory take-up, students may feel a stigma: frame tutoring as support, not punishment.',
    dosage: 'Tutoring sessions per student per week.',
    ratio: '1:1 or Small Groups.',
    termStart: 'First day of tutoring this term.',
    termEnd: 'Last day of tutoring this term.',
    driveRootFolderId: 'Filled in by "Provision Drive folders": the folder holding every team folder.',
    coordinators:
      'Emails of everyone who runs the program, separated by commas: they set up, import the roster, provision Drive and see every student. Setup adds whoever runs it.',
    driveOwner:
      'Filled in by provisioning: the coordinator whose add-on created the Drive folders. Only they can run Drive actions (Google grants the add-on each file per person).',
    team: "Team workbooks only: the teacher-tutor team this workbook holds. Blank in the coordinators' master workbook.",
    masterWorkbookId: "Team workbooks only: the coordinators' master workbook this team belongs to. Blank in the master.",
    reviewReports:
      "Ticked: progress reports wait as drafts until a coordinator or the student's tutor releases them. Unticked: reports are released (and shared, with consent) as they are made.",
    celebrationEmails:
      "Ticked: tutors' celebrations of follow-through go to families by email (from the coordinator's account, to the family emails on the Roster, with consent). Unticked: the sidebar gives the tutor a short script to call home.",
    teacherUpdates:
      "Email each opted-in team's teacher a summary of their students' session notes: Off, Weekly (with the weekly preparation) or After each session (daily, for the sessions logged since).",
    teacherUpdateTeams: 'The teams (one per line, as on the Roster) whose teacher opted in to updates. A team not listed never gets mail.',
    teacherUpdatePrivacy:
      'What a teacher update may carry: Names only (who had sessions), Summary (attendance, objectives, progress to goal) or Full notes (every team field of each note). The team workbook link is always included.',
  },
};

export const ROSTER_HEADER_NOTES: TableNotes = {
  purpose: 'One row per student. Teams are teacher-tutor teams (a class); the tutor email decides whose sidebar lists the student first.',
  columns: {
    studentId: 'Unique per student; kept as text so leading zeros survive.',
    name: 'As the student likes to be called.',
    grade: 'Grade level.',
    subject: 'Content area of tutoring.',
    team: "The teacher-tutor team: the teacher's class this student belongs to.",
    teacherEmail: 'One account per person: never a shared login.',
    tutorEmail: 'The tutor who works with this student.',
    familyContact: 'Who to call home to celebrate follow-through, and how.',
    active: 'Untick when a student leaves tutoring; their history is kept.',
    consentToShare:
      'Ticked when the student and family agreed that progress reports are shared with them by Google Drive. The data belongs to the student: nobody should feel pressured to share it. Unticked: reports are made but shared with nobody.',
    studentEmail: "The student's own account, given view access to a released progress report when consent is ticked.",
    familyEmails:
      'Family accounts, separated by commas: each gets view access to a released progress report when consent is ticked, and celebration emails.',
    praisePreference: 'Public (younger students often prefer public verbal praise) or Private (older students often prefer private written praise).',
  },
};

export const GOALS_HEADER_NOTES: TableNotes = {
  purpose: 'The Goals Master List: every student goal from goal-setting conferences. Keep it with you during sessions.',
  columns: {
    goalId: 'Made by the tutor sidebar.',
    studentId: 'From the Roster.',
    conferenceDate: 'Date of the goal-setting conference.',
    assessment: 'The assessment, project or assignment the conference discussed.',
    score: 'Score on that assessment.',
    goal: "The new goal for the next assignment, in the student's words.",
    target: 'The score that means the goal is met (e.g. 70).',
    dueDate: 'When the next assignment or assessment happens.',
    status: 'Active until the goal is met, not met, or revised.',
    prioritized: 'On the list of prioritized students who get targeted support.',
    conferenceDocUrl: 'Link to the generated goal-setting conference document.',
  },
};

export const ACTION_STEPS_HEADER_NOTES: TableNotes = {
  purpose: 'The action-step tracker: the specific actions of each action plan. Check them off each session in the tutor sidebar.',
  columns: {
    stepId: 'Made by the tutor sidebar.',
    goalId: 'The goal this step works towards.',
    studentId: 'From the Roster.',
    action:
      'What the student will do. Good: "I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes." Too vague: "I\'m going to come to tutoring more."',
    whenHowOften: 'e.g. "Mondays and Wednesdays", "15 min a day".',
    effortMeasure: 'How effort will be measured each week.',
    backupPlan: 'e.g. "If I can\'t do Monday for any reason, call my parents and sign me up for Tuesday instead that week."',
    status: 'Open, Done or Dropped.',
  },
};

export const CHECK_OFFS_HEADER_NOTES: TableNotes = {
  purpose: "One row per action step per session: the tracker you can share with the student's family and school.",
  columns: {
    date: 'Session date.',
    stepId: 'The action step.',
    studentId: 'From the Roster.',
    tutorEmail: 'Who checked it off.',
    done: 'Ticked when the student followed through on the step.',
    noteId: 'The session note logged with this check-off.',
  },
};

export const SESSION_NOTES_HEADER_NOTES: TableNotes = {
  purpose: 'Tier 1 tutoring session notes: academic content, assessment data, attendance/punctuality and behavioral notes, shared with teachers.',
  columns: {
    noteId: 'Made by the tutor sidebar.',
    date: 'Specific dates and times let teachers confirm students were in tutoring when scheduled.',
    startTime: 'HH:mm.',
    endTime: 'HH:mm.',
    studentId: 'From the Roster.',
    tutorEmail: 'Who wrote the note.',
    objective: 'What was the objective for this session? (What did the tutor plan to accomplish with this student?)',
    rationale: "What was the tutor's rationale for that objective?",
    degreeAccomplished: 'To what degree did the student accomplish that objective? 1 not yet … 4 fully.',
    topicsSkills: 'What topics, skills, knowledge, or methods did the student work on?',
    materials:
      'What classroom/curricular materials did the student work on or review? (e.g. "We used questions from old Unit 3 worksheets to review chemical reactions.")',
    assignments: "What assignments did the student complete/correct/review? (e.g. Unit 5 test corrections, Friday's homework.)",
    assessmentData: 'Any additional assessments (baseline or growth): the test, scoring criteria, and results.',
    attended: 'Did the student attend this session?',
    onTime: 'Was the student on time?',
    engagement: 'How did the student engage in the session? (Did they ask questions? Help another student? Use their resources? Show a lot of grit?)',
    focusMotivation: "How was the student's focus/motivation?",
    promptingNeeded: 'How much prompting or redirecting did they need?',
    followThrough: 'Did the student (and tutor) follow through on any action plans from prior goal setting conferences?',
    followThroughWhy: 'Why or why not?',
    studentShared: 'Did the student share anything else worth noting? (Interests, worries, frustrations, excitement.)',
    questionsForTeacher:
      'Questions or suggestions for the teacher about this note. In Tier 2 and 3 programs saving the note opens a question thread about it (the Questions tab and sheet), where the teacher answers; in Tier 1 they stay in this column only.',
    familySummary:
      'A short summary the student and family may read (it goes into progress reports). Everything else in this note stays with the team.',
  },
};

export const CONFERENCES_HEADER_NOTES: TableNotes = {
  purpose: 'The record of each tutor-student goal-setting conference: the data share, student and tutor reflections, and the new goal.',
  columns: {
    conferenceId: 'Made by the tutor sidebar.',
    studentId: 'From the Roster.',
    tutorEmail: 'The tutor who held the conference.',
    conferenceDate: 'Date of the conference.',
    assessment: 'What the data share is about.',
    score: 'Score on it.',
    effortData:
      'Quantitative (homework completion, participation, attendance/punctuality rates) and qualitative (asking questions, focus, study strategies).',
    // The seed's data-share and reflection questions, as the sidebar asks them (one text for both).
    ...conferenceQuestionText.en,
    agendaStepsDone: 'Which of the nine agenda steps the conference covered (e.g. "1-9").',
    goalId: 'The new goal written to the Goals Master List.',
    sharedWith: 'Stakeholder support: family and/or teacher the goal was shared with.',
    docUrl: 'Link to the conference document.',
  },
};

export const DASHBOARD_HEADER_NOTES: TableNotes = {
  purpose: 'Progress to goal per student, with a flag for targeted support. Rebuilt by "Refresh dashboard"; edits here are overwritten.',
  columns: {
    studentId: 'From the Roster.',
    name: 'From the Roster.',
    team: 'From the Roster.',
    tutorEmail: 'From the Roster.',
    sessionsAttended4w: 'Session notes marked attended in the last 28 days.',
    attendanceRate: 'Attended ÷ sessions scheduled (dosage × weeks) in the last 4 weeks.',
    punctualityRate: 'On time ÷ attended, last 4 weeks.',
    stepCompletionRate: 'Check-offs marked done ÷ all check-offs of the active goal.',
    latestScore: 'The most recent score of the active goal.',
    target: "The active goal's target.",
    progressToGoal: 'Latest score ÷ target (capped at 100%).',
    flag: 'Flagged for targeted support (see reason).',
    reason: 'Why the student is flagged.',
    priority: 'Higher is more urgent; the prioritized-students list sorts by it.',
    progress: "The active goal, latest score, action steps done and whether it is on track, in the coordinator's language.",
  },
};

export const RUNS_HEADER_NOTES: TableNotes = {
  purpose:
    'Weekly preparation runs (scheduled and "Prepare this week now"): what was done, what remains, what failed and why. Written by the add-on.',
  columns: {
    runId: 'Made by the add-on.',
    startedAt: 'When the run started (ISO time).',
    trigger: 'The weekly trigger, or "Prepare this week now".',
    runBy: 'The coordinator the run acted as.',
    week: 'The Monday of the week the meetings plan.',
    status: 'Running until every team is done or skipped.',
    done: 'Teams prepared: agenda made or updated, teacher updates sent.',
    remaining: 'Teams not reached yet, and mail waiting for a later run (with why).',
    failed: 'What failed, and why.',
    finishedAt: 'When the last team was done (ISO time).',
  },
};

export const PRIORITIZED_HEADER_NOTES: TableNotes = {
  purpose:
    'Students most in need of intensive follow-up after their goal-setting conferences, most urgent first. Check in with them regularly. Rebuilt by "Refresh dashboard"; edits here are overwritten.',
  columns: {
    rank: '1 is the most urgent.',
    studentId: 'From the Roster.',
    name: 'From the Roster.',
    team: 'From the Roster.',
    tutorEmail: 'From the Roster.',
    reason: 'Why the student is flagged for targeted support.',
    followUp: 'A suggested next step: redirect with the goal, reteach with data, or involve family and teacher.',
    attendanceRate: 'Last 4 weeks.',
    stepCompletionRate: 'Check-offs of the active goal.',
    progressToGoal: 'Latest score ÷ target (capped at 100%).',
    priority: '100 per reason plus the need score (0–100).',
  },
};

export const ACCESS_REPORT_HEADER_NOTES: TableNotes = {
  purpose: 'Rebuilt by "Access report": every team folder, every person with access and their role, against the plan for the tier.',
  columns: {
    team: 'The teacher-tutor team.',
    folder: 'The folder.',
    person: 'Who can reach it (or the link sharing found).',
    role: 'What they can do now: owner, edit, comment or view.',
    planned: 'What the tier says they should be able to do.',
    status: 'OK, or how it differs from the plan. "Provision Drive folders" fixes every difference.',
    note: 'Why the role is planned, or what differs.',
    folderId: 'Drive id of the folder.',
  },
};

export const DRIVE_FOLDERS_HEADER_NOTES: TableNotes = {
  purpose: 'Written by "Provision Drive folders": the id of every team folder, so the next run finds it again. Do not edit the ids.',
  columns: {
    planKey: 'Stable key of the folder in the plan (also stored on the folder).',
    team: 'The teacher-tutor team ("" for the program folder).',
    path: 'Where the folder sits.',
    folderId: 'Drive id of the folder.',
    url: 'Opens the folder in Drive (only for people it is shared with).',
    lastChange: 'What the last run changed on this folder (sharing added or removed).',
    contentHash:
      'Session-notes views only: a fingerprint of what the add-on last wrote into the view, so an unchanged view is not written again. Clear it to have the next sync rewrite the view.',
  },
};

export const QUESTIONS_HEADER_NOTES: TableNotes = {
  purpose:
    'Tier 2: tutors and teachers ask and answer questions about a session note or a material. One row per message; replies carry the question ID.',
  columns: {
    messageId: 'Made by the add-on.',
    threadId: 'The question this message belongs to (its own ID for the question itself).',
    postedAt: 'When it was written (ISO time).',
    studentId: 'The student it is about, from the Roster.',
    team: 'The teacher-tutor team.',
    about: 'A session note ID, or the link of a material.',
    author: 'Who wrote it.',
    authorRole: 'Tutor, teacher or coordinator.',
    text: 'The question or the answer.',
    status: 'On the question row: Open until someone answers.',
  },
};

export const PROGRESS_REPORTS_HEADER_NOTES: TableNotes = {
  purpose:
    "Progress reports for students and families. With Settings › Review progress reports ticked, a report waits as a Draft until a coordinator or the student's tutor releases it.",
  columns: {
    reportDate: 'The day the report was made.',
    studentId: 'From the Roster.',
    docUrl: 'The Google Doc.',
    pdfUrl: 'The PDF copy.',
    status: 'Draft: only the team sees it. Released: shared view-only with the student and family when they agreed to it.',
    releasedBy: 'Who released it.',
    releasedOn: 'When.',
  },
};

export const CELEBRATIONS_HEADER_NOTES: TableNotes = {
  purpose:
    "Celebrating follow-through with families (seed 003): one row per message. Emails go out from the coordinator's account to the family emails on the Roster; calls are logged by the tutor.",
  columns: {
    celebrationId: 'The student and the run it celebrates.',
    date: 'When the tutor sent it or called.',
    studentId: 'From the Roster.',
    tutorEmail: 'Who celebrated.',
    run: 'The run of action steps completed.',
    channel: "Email where the program enabled it (Settings › Celebration emails), otherwise the tutor's call home.",
    message: 'What the family got (or was told), as the tutor edited it.',
    toldStudent: 'The tutor told the student before contacting home.',
    status: 'Where the message is.',
  },
};

export const PROGRAM_TEMPLATES_HEADER_NOTES: TableNotes = {
  purpose: "The program's own versions of the built-in templates: generated documents are copies of these docs, with merge fields filled.",
  columns: {
    templateId: 'Which built-in template this document replaces.',
    docId: "Drive id of the program's template document.",
    url: 'Opens the template document.',
    registeredBy: 'Who registered it.',
    registeredOn: 'When.',
    unknownFields: 'Fields in {{…}} that no template knows: they stay in generated documents as typed. Fix them in the template doc.',
  },
};
