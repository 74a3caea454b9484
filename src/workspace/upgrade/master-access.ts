// Who can open the master, and taking tutors and teachers off it, through the Spreadsheet's own sharing methods.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The master's editors and viewers (commenters included) by email. The coordinator made the master in Sheets, so the
 * add-on has no drive.file grant on it and the Drive API cannot list or remove its permissions; the Spreadsheet class
 * reads and changes a file's editors and viewers itself ("Common operations are adding new sheets and adding
 * collaborators": getEditors, getViewers, removeEditor, removeViewer).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
export function masterPeople(master: Spreadsheet): { editors: string[]; viewers: string[] } {
  const emails = (users: GoogleAppsScript.Base.User[]) => users.map((u) => u.getEmail().trim().toLowerCase()).filter(Boolean);
  return { editors: emails(master.getEditors()), viewers: emails(master.getViewers()) };
}

/**
 * Removes each person's own grant on the master. Access through a group, the domain or a link is not theirs to lose
 * this way (and the add-on cannot see link sharing without a Drive grant), so the caller reads the lists again and
 * tells the coordinator exactly whom to remove in Share.
 */
export function removeFromMaster(master: Spreadsheet, editors: readonly string[], viewers: readonly string[]): void {
  for (const email of editors) master.removeEditor(email);
  for (const email of viewers) master.removeViewer(email);
}
