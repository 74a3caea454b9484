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
  /** False when the owner stopped editors from sharing (DriveApp setShareableByEditors, Drive.Files.update writersCanShare). */
  writersCanShare?: boolean;
  /** True when readers and commenters may not copy, print or download (Drive.Files.update copyRequiresWriterPermission). */
  copyRequiresWriterPermission?: boolean;
  /** Users who starred the item (stars are per user). */
  starredBy?: string[];
  /**
   * Lower-cased emails of the users whose copy of the add-on may reach this item through the Drive API under
   * drive.file: the item was created by that user's add-on, or that user picked it with the Google Picker.
   * drive.file is per user and per file, so another user's add-on does not see it.
   * https://developers.google.com/workspace/drive/api/guides/api-specific-auth
   */
  appGrants: string[];
}

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
export const DOCS_MIME = 'application/vnd.google-apps.document';
export const SHORTCUT_MIME = 'application/vnd.google-apps.shortcut';

/** The Drive scope a test gives the project: full Drive, or (the manifest's) only files granted per user. */
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
  notifications: ShareNotification[];
}
