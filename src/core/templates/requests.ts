// The Docs sidebar's and the generate dialog's requests, checked the same way on both sides (core/validation/schema).

import { checkForm, type FormCheck, isoDate } from '../form-validation';
import * as v from '../validation/schema';
import { TEMPLATE_IDS } from './model';

const templateId = v.picklist(TEMPLATE_IDS, 'Choose a template.');
/** "student:<id>", "team:<name>" or "program". */
const subjectKey = v.pipe(v.string('Choose a student or team.'), v.regex(/^(student:.+|team:.+|program)$/, 'Choose a student or team.'));

export const InsertRequestSchema = v.object({
  templateId,
  subjectKey,
  date: isoDate('Date'),
  where: v.picklist(['cursor', 'new'], 'Choose where to put the template.'),
});
export type InsertRequest = v.InferOutput<typeof InsertRequestSchema>;

export const PreviewRequestSchema = v.object({ templateId, subjectKey, date: isoDate('Date') });
export type PreviewRequest = v.InferOutput<typeof PreviewRequestSchema>;

/** Most documents one batch may make: a district's roster, well within what the job runner resumes across executions. */
export const MAX_BATCH = 2000;

export const GenerateRequestSchema = v.object({
  templateId,
  date: isoDate('Date'),
  keys: v.pipe(
    v.array(subjectKey),
    v.minLength(1, 'Choose at least one student or team.'),
    v.maxLength(MAX_BATCH, `At most ${MAX_BATCH} documents at a time.`),
  ),
});
export type GenerateRequest = v.InferOutput<typeof GenerateRequestSchema>;

export const checkInsertRequest = (input: unknown): FormCheck<InsertRequest> => checkForm(InsertRequestSchema, input);
export const checkPreviewRequest = (input: unknown): FormCheck<PreviewRequest> => checkForm(PreviewRequestSchema, input);
export const checkGenerateRequest = (input: unknown): FormCheck<GenerateRequest> => checkForm(GenerateRequestSchema, input);
