// "Today" as a calendar date where the program is: in the workbook's time zone (or the script's, outside a workbook).

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today's ISO date in a time zone (for a caller that already holds the workbook's zone). */
export function todayInZone(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}

/** Today's ISO date in the spreadsheet's time zone. */
export function todayIn(ss: Spreadsheet): string {
  return todayInZone(ss.getSpreadsheetTimeZone());
}

/** Today's ISO date in the add-on's own time zone (a document with no linked workbook). */
export function todayInScriptZone(): string {
  return todayInZone(Session.getScriptTimeZone());
}
