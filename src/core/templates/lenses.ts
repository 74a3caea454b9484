// The five lenses for goal-setting conferences (seed 003), named once so every template quotes them the same way.

export const LENSES = [
  {
    name: 'Specific & Measurable',
    text: 'The more specific and concrete the data on which a tutor focuses the conference, the easier it will be for students to identify their strengths and struggles and connect these to their actions during tutoring.',
  },
  {
    name: 'Growth Mindset',
    text: 'Making explicit connections between student effort and student academic progress/mastery helps students develop a growth mindset.',
  },
  {
    name: 'Reducing Stigma',
    text: "Particularly if a program's Take-Up is Mandatory, students may feel a stigma attached to the idea of going to tutoring. Helping students see tutoring as support, not punishment, will boost student engagement.",
  },
  {
    name: 'Stakeholder Support',
    text: "Sharing goals and progress with students' teachers/families helps provide holistic support.",
  },
  {
    name: 'Student Agency',
    text: 'The more the student can lead the conversation, the more authentic their reflection will be, the more invested they will be in their action plan, and the more likely they will be to follow through on action steps.',
  },
] as const;

export type LensName = (typeof LENSES)[number]['name'];

/** "Growth Mindset: …" — a lens note as the seed writes it. */
export function lens(name: LensName, note: string): string {
  return `${name}: ${note}`;
}
