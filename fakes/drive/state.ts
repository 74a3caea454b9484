// Plain, JSON-serializable state of the fake Drive: one record per file or folder.

export type DriveRole = 'owner' | 'writer' | 'commenter' | 'reader';

export interface DrivePermissionState {
  id: string;
  type: 'user' | 'anyone' | 'domain';
  emailAddress?: string;
  domain?: string;
  role: DriveRole;
  /** For "anyone"/"domain" permissions: true when the item can be found by search, false for "with the link". */
  allowFileDiscovery?: boolean;
}

export interface DriveItemState {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  permissions: DrivePermissionState[];
  trashed: boolean;
  createdTime: number;
  modifiedTime: number;
  description: string;
  /** For shortcuts (application/vnd.google-apps.shortcut). */
  shortcutTargetId?: string;
  /** Blob content of plain files. */
  content?: string;
  appProperties: Record<string, string>;
  /** False when the owner stopped editors from sharing (DriveApp setShareableByEditors). */
  writersCanShare?: boolean;
  /** Users who starred the item (stars are per user). */
  starredBy?: string[];
  /** Files this app created or the user opened with it: reachable under the drive.file scope. */
  appAuthorized: boolean;
}

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
export const DOCS_MIME = 'application/vnd.google-apps.document';
export const SHORTCUT_MIME = 'application/vnd.google-apps.shortcut';

/** The Drive scope the add-on was granted: full Drive, or only files it created or the user opened with it. */
export type DriveScope = 'drive' | 'drive.file';

/** A sharing notification Drive would have emailed (DriveApp.addEditor, Drive.Permissions.create). */
export interface ShareNotification {
  to: string;
  itemId: string;
  role: DriveRole;
  from: string;
  message?: string;
  at: number;
}

/** Drive-wide settings, kept as an extra JSON key of the world state (see `driveSettings`). */
export interface DriveSettings {
  scope: DriveScope;
  notifications: ShareNotification[];
}
