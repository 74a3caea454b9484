// Who a released progress report is shared with: exactly the student's and family's addresses on the Roster, and
// only with consent (seed 000: the data belongs to the student; nobody should feel pressured to share it).

import type { Student } from '../model';
import { isEmailAddress } from '../validation/email';

export type SharingDecision = { share: true; emails: string[] } | { share: false; reason: string };

/** The addresses to give view access, or why the report stays unshared (said to the coordinator, per student). */
export function sharingFor(student: Student): SharingDecision {
  if (!student.consentToShare) return { share: false, reason: `${student.name}: made, not shared — Consent to share is not ticked on the Roster.` };
  const listed = [student.studentEmail ?? '', ...(student.familyEmails ?? '').split(/[,;]/)].map((e) => e.trim().toLowerCase()).filter(Boolean);
  // The Roster import validates addresses; a hand-typed cell may not be one, and never reaches a sharing call.
  const emails = [...new Set(listed.filter((e) => isEmailAddress(e)))];
  if (emails.length === 0) return { share: false, reason: `${student.name}: made, not shared — no student or family email on the Roster.` };
  return { share: true, emails };
}
