// The "Set up program workbook" form: the program's design dimensions, checked the same way in the dialog and on the server.

import { isEmail } from './drive-plan';
import { checkForm, type FormCheck, isoDate, requiredText } from './form-validation';
import { type ProgramSettings, RATIO_CHOICES, SETTINGS_CHOICES, TAKE_UP_CHOICES } from './model';
import { emailList } from './records';
import * as v from './validation/schema';

export const SetupFormSchema = v.pipe(
  v.object({
    programName: requiredText('Program name', 120),
    tier: v.picklist(['1', '2', '3'], 'Choose a communication tier (1, 2 or 3).'),
    setting: v.picklist(SETTINGS_CHOICES, 'Choose In-School or Out-of-School.'),
    takeUp: v.picklist(TAKE_UP_CHOICES, 'Choose Mandatory or Optional.'),
    dosage: v.pipe(
      v.union([v.number(), v.string()], 'Dosage is required.'),
      v.transform((x) => (typeof x === 'number' ? x : x.trim() === '' ? Number.NaN : Number(x))),
      v.number('Dosage must be a number.'),
      v.check((n) => Number.isInteger(n) && n >= 1 && n <= 10, 'Dosage is the number of sessions per week: a whole number from 1 to 10.'),
    ),
    ratio: v.picklist(RATIO_CHOICES, 'Choose 1:1 or Small Groups.'),
    termStart: isoDate('Term start'),
    termEnd: isoDate('Term end'),
    coordinators: v.optional(
      v.pipe(
        v.string('Coordinators must be text.'),
        v.transform(emailList),
        v.check((list) => list.every(isEmail), 'Coordinators: write each email address in full, separated by commas.'),
      ),
      '',
    ),
  }),
  v.forward(
    v.check((f) => f.termEnd > f.termStart, 'Term end must be after term start.'),
    ['termEnd'],
  ),
);

export type SetupFormInput = v.InferInput<typeof SetupFormSchema>;

export function checkSetupForm(input: unknown): FormCheck<Omit<ProgramSettings, 'driveRootFolderId' | 'driveOwner' | 'team' | 'masterWorkbookId'>> {
  const checked = checkForm(SetupFormSchema, input);
  if (!checked.ok) return checked;
  return { ok: true, value: { ...checked.value, tier: Number(checked.value.tier) as ProgramSettings['tier'] } };
}

/** The form as the dialog holds it: every field as typed text. */
export type SetupFormFields = { [K in keyof SetupFormInput]: string };
