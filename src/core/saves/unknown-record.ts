// The refusal of a save whose form names something the workbook no longer holds or agrees with (a student, a step, a
// previous goal that moved on), keyed by the form's field so the sidebar shows it there.

/** Thrown for input the form could not have caught; `field` is the form's field the message belongs to. */
export class UnknownRecordError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnknownRecordError';
  }
}
