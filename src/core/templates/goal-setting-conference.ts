// Template: the tutor-student goal-setting conference (seed 003) — purpose, lenses, before, during, after.

import { LENSES, lens } from './lenses';
import type { DocTemplate } from './model';

const STUDENT_OVERALL = [
  'How prepared/confident did I feel during this assessment/assignment/project? (1–5)',
  'What topics did I feel most prepared/confident in?',
  'What topics did I feel least prepared/confident in?',
  'What actions did I take to be successful?',
  'What could I have done to prepare myself better?',
];
const TUTOR_OVERALL = [
  'How prepared/confident did this student seem during this assessment/assignment/project? (1–5)',
  'What topics did this student seem most prepared/confident in?',
  'What topics did this student seem least prepared/confident in?',
  'What actions did this student take to be successful?',
  'What could this student have done to prepare better?',
];
const STUDENT_DATA = [
  'What topics or parts of the assignment or project did I perform best on? Why is that?',
  'If applicable, where do I see improvements from previous assignments, projects or assessments?',
  'What topics or parts of the assignment or project did I struggle with? Why is that?',
];
const TUTOR_DATA = [
  'What topics or parts of the assignment or project did the student perform best on? Why is that?',
  'If applicable, where did the student show improvements from previous assignments, project or assessments?',
  'What topics or parts of the assignment or project did the student struggle with? Why is that?',
];

/** The nine agenda steps in four parts, each with its prompts and lens notes (seed 003, "During the Conference"). */
export const CONFERENCE_AGENDA: readonly { step: string; description: string; lenses: string }[] = [
  {
    step: 'Check in and Explain the Purpose of the Conversation',
    description: [
      '1) Check in with the student and ask how they are doing.',
      '2) Frame the conversation and ground the goal in long-term aspirations.',
      '“The purpose of this conversation is to give you the space to talk about your most recent assessment (or assignment or project) and to get a clear picture of your progress in this subject. Can you tell me in your own words why goal setting is important for us to talk about?”',
    ].join('\n'),
    lenses: lens(
      'Reducing Stigma',
      "Ensure framing is asset-based by celebrating wins, building on strengths, and seeing what is or isn't working for the student.",
    ),
  },
  {
    step: 'Reflection on Most Recent Assignment/Assessment/Project',
    description: [
      '3) Ask the student to reflect on goals and effort on the last assignment.',
      '“Let’s start by talking a little bit about {{goal.assessment}}.” “What did you think of this assignment?” “What were your strengths? Where did you struggle?”',
      '4) Ask the student to consider what held them back from doing better.',
      '“What do you need more practice with? Why?” “Did you reach your goals? Why/Why not?”',
      "5) Comment on your student's reflection; add your own thoughts on their strengths and struggles. Praise their self-awareness if applicable!",
    ].join('\n'),
    lenses: lens(
      'Reducing Stigma',
      "For students that show low growth, low mastery, or have a low threshold for frustration, be prepared to share several examples of students' strengths. Ensure you thoroughly highlight these wins before moving on to their struggles.",
    ),
  },
  {
    step: 'New Goal and Action Plan',
    description: [
      '6) Together, set a new goal for the next assignment and identify the next steps (i.e. the actions that the student will take) needed to reach that goal.',
      '“Based on your recent data and on what we’ve discussed, what do you think your goal for the next assignment should be? What actions are you going to take to get there?”',
      '7) Guide the student to choose specific actions to help build on strengths and overcome struggles. Consider potential obstacles to these next steps!',
      'Good example: “I will come to tutoring on Mondays and Wednesdays to practice my calculator key codes.” Good example: “I will create flashcards to help me review the concepts that I have not mastered yet, and study for 15 min a day.”',
      'Bad example: “I’m going to come to tutoring more.” (Too vague!)',
    ].join('\n'),
    lenses: [
      lens(
        'Specific & Measurable',
        'Students can get even more specific by creating back-up plans that involve teacher support (e.g. “If I can’t do Monday for any reason, call my parents and sign me up for Tuesday instead that week”).',
      ),
      lens(
        'Student Agency',
        'Tutors can help scaffold student-generated goals by saying things like “That will show some growth, and if you want to be college-ready by June you’ll need a score of 70 in May,” or “That’s a great stretch goal, and a score of 75 will still show tremendous growth.”',
      ),
    ].join('\n'),
  },
  {
    step: 'Check for Understanding and Support',
    description: [
      '8) Recap next steps and why they matter.',
      '“What are your goals for the next assignment? What steps will you take to get there?”',
      '9) Thank the student and see if they have any final questions for you.',
      '“Thank you for talking with me about your exam! I’m excited to support you as you work to meet your goal. Do you have any questions for me?”',
    ].join('\n'),
    lenses: lens(
      'Stakeholder Support',
      "Tutors should let students know that they will communicate these new goals and action plan next steps to the student's family/school ({{student.familyContact}}).",
    ),
  },
];

export const GOAL_SETTING_CONFERENCE: DocTemplate = {
  id: 'goal-setting-conference',
  title: 'Goal-setting conference',
  summary: 'Tutor-student conference: data share, reflections, the nine-step agenda, new goal and action plan, follow-up.',
  audience: 'tutor',
  subject: 'student',
  date: { key: 'date', label: 'Conference date', hint: 'The day of the conference; effort data covers the four weeks before it.' },
  docName: 'Goal-setting conference — {{student.name}} — {{conference.date}}',
  blocks: [
    { kind: 'title', text: 'Goal-setting conference: {{student.name}}' },
    { kind: 'subtitle', text: '{{program.name}} · {{student.subject}} · Tutor {{student.tutorEmail}} · {{conference.date}}' },
    { kind: 'heading', level: 1, text: 'Purpose' },
    {
      kind: 'paragraph',
      text: 'One-on-one goal setting conferences between tutors and students empower each student to take ownership over their education. Use this agenda collaboratively with the student to analyze academic growth and mastery, reflect on overall progress towards goals, and create a new action plan to keep moving forward.',
    },
    { kind: 'heading', level: 2, text: 'Lenses' },
    { kind: 'numbered', items: LENSES.map((l) => `${l.name}: ${l.text}`) },
    { kind: 'heading', level: 1, text: 'Before the Conference: Preparation' },
    {
      kind: 'paragraph',
      text: "Both tutor and student reflect independently before the conference by reviewing the student's assessment, project, or assignment results and considering the specific student actions that yielded these results.",
    },
    { kind: 'heading', level: 2, text: 'Data Share' },
    {
      kind: 'table',
      header: ['Field', 'Value'],
      rows: [
        ['Conference Date', '{{conference.date}}'],
        ['Goal', '{{goal.goal}}'],
        ['Assessment/Project/Assignment', '{{conference.assessment}}'],
        ['Score (if applicable)', '{{conference.score}}'],
        ['Effort Data', '{{effort.attendance}}\n{{effort.punctuality}}\n{{effort.stepCompletion}}\n{{conference.effortData}}'],
        ['Specific Academic Data', 'Last goal: {{goal.assessment}} score {{goal.score}}, target {{goal.target}}\n{{conference.academicData}}'],
      ],
    },
    {
      kind: 'note',
      text: 'Effort Data — Quantitative: homework completion, tutoring or class participation rates, attendance/punctuality rates. Qualitative: asking questions, teamwork, focus, study strategies, productive struggle strategies.',
    },
    {
      kind: 'note',
      text: 'Specific Academic Data — Quantitative: quiz data, breakdown by topic, standard and question type. Qualitative: level of care and detail, progress by rubric strand, the kinds of errors a student makes.',
    },
    {
      kind: 'note',
      text: lens(
        'Specific & Measurable',
        'Specific Academic Data analysis will help students zoom in enough on their data to identify their strengths and struggles.',
      ),
    },
    {
      kind: 'note',
      text: lens(
        'Growth Mindset',
        'Effort Data analysis will help tutors and students make growth mindset connections between actions and outcomes.',
      ),
    },
    {
      kind: 'note',
      text: lens(
        'Stakeholder Support',
        "Reach out to families and teachers ({{student.teacherEmail}}) to get qualitative data about the student's effort in class and circumstances at home.",
      ),
    },
    { kind: 'heading', level: 2, text: 'Overall Reflections' },
    { kind: 'heading', level: 3, text: 'For Students to Fill Out' },
    { kind: 'fillIn', prompts: STUDENT_OVERALL, answerHeader: "{{student.name}}'s answer" },
    {
      kind: 'note',
      text: lens(
        'Student Agency',
        'Students may require scaffolding depending on their age and self-awareness: scales (1–5 for confidence), topic lists, or prompts to look at effort data (“Look back at your old homework and notes from sessions”).',
      ),
    },
    {
      kind: 'note',
      text: lens(
        'Growth Mindset',
        'Encourage students to reflect on their actions and experiences first, and only then reflect on the outcomes they saw on the assignment.',
      ),
    },
    { kind: 'heading', level: 3, text: 'For Tutors to Fill Out' },
    { kind: 'fillIn', prompts: TUTOR_OVERALL, answerHeader: "Tutor's answer" },
    {
      kind: 'note',
      text: lens(
        'Student Agency',
        'Instead of telling students how to think about their results, show them the results and give them a chance to think for themselves.',
      ),
    },
    { kind: 'heading', level: 2, text: 'Data Reflections' },
    { kind: 'heading', level: 3, text: 'For Students to Fill Out' },
    { kind: 'fillIn', prompts: STUDENT_DATA, answerHeader: "{{student.name}}'s answer" },
    {
      kind: 'note',
      text: lens(
        'Student Agency',
        'Walk students through how to interpret the data or feedback before they fill out their reflections; model the skills rather than interpreting for them.',
      ),
    },
    { kind: 'heading', level: 3, text: 'For Tutors to Fill Out' },
    { kind: 'fillIn', prompts: TUTOR_DATA, answerHeader: "Tutor's answer" },
    {
      kind: 'note',
      text: lens(
        'Specific & Measurable',
        "Back up your own ideas with “evidence from the text” of this student's performance on this specific assignment.",
      ),
    },
    {
      kind: 'note',
      text: lens(
        'Growth Mindset',
        "Compare your student's work on this assignment to their work on previous assignments, not to their peers' work on this one.",
      ),
    },
    { kind: 'heading', level: 1, text: 'During the Conference: Agenda' },
    {
      kind: 'paragraph',
      text: "Record the student's reflections, new goal, and action plan somewhere the tutor, student, family, and school can reference regularly. The student takes their own notes.",
    },
    { kind: 'table', header: ['Steps', 'Description', 'Lenses'], rows: CONFERENCE_AGENDA.map((a) => [a.step, a.description, a.lenses]) },
    { kind: 'heading', level: 2, text: 'Current Goals' },
    {
      kind: 'table',
      header: ['Goal', 'Target', 'Due date', 'Open action steps'],
      rows: [],
      repeat: {
        source: 'student.goals',
        row: ['{{goal.goal}}', '{{goal.target}}', '{{goal.dueDate}}', '{{goal.steps}}'],
        empty: 'No active goal yet: this is the first goal-setting conference.',
        summary: '{{student.goals}}',
      },
    },
    { kind: 'heading', level: 2, text: 'New Goal and Action Plan' },
    {
      kind: 'table',
      header: ['New goal', 'Target', 'Due date'],
      rows: [['', '', '']],
    },
    {
      kind: 'table',
      header: ['Specific action', 'When / how often', 'Measure of effort', 'Backup plan'],
      rows: [
        ['', '', '', ''],
        ['', '', '', ''],
        ['', '', '', ''],
      ],
    },
    { kind: 'note', text: 'Specific: what, when and how often. “I’m going to come to tutoring more” is too vague.' },
    { kind: 'heading', level: 1, text: 'After the Conference: Follow-Up' },
    {
      kind: 'table',
      header: ['Next Steps', 'Description', 'Lenses'],
      rows: [
        [
          'Goals Master List',
          "Add the new goal and action steps to the Goals Master List and action-step tracker in {{program.name}}'s workbook; keep it with you during sessions.",
          lens('Stakeholder Support', "Share the action-step tracker with the student's family and/or school."),
        ],
        [
          'Mention and Praise Progress Towards Goals',
          "Look for progress on action steps or growth in targeted areas and praise it — as a means to the student's chosen goal, not for its own sake.",
          [
            lens('Reducing Stigma', 'Students have different preferences for praise (public verbal or private written).'),
            lens('Growth Mindset', "Connect the student's targeted effort to their academic success whenever possible."),
            lens('Stakeholder Support', 'Call home to celebrate follow-through; tell the student first.'),
          ].join('\n'),
        ],
        [
          'Use Goals to Redirect Off-Task Behavior and/or Actions',
          "Point out behaviors, actions, or lapses in progress that run counter to the student's self-identified action steps. Gather evidence from the teacher.",
          lens('Student Agency', "If the student repeatedly falls short, reflect together on why the plan isn't working and tweak it."),
        ],
        [
          'Provide Targeted Support to Prioritized Students',
          'If this student is on the list of prioritized students, check in regularly and provide additional targeted praise and redirection.',
          lens('Specific & Measurable', 'Share the underlying data and rationale of any reteaching with the student.'),
        ],
      ],
    },
    {
      kind: 'checklist',
      items: [
        'New goal and action steps added to the Goals Master List',
        'Goal and action plan shared with the family ({{student.familyContact}})',
        'Goal and action plan shared with the teacher ({{student.teacherEmail}})',
        'Prioritized for targeted support? Decided and noted',
      ],
    },
  ],
};
