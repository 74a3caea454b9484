// Plain, JSON-serializable state of the fake Drive: one record per file or folder.

export type DriveRole = 'owner' | 'writer' | 'commenter' | 'reader';

export interface DrivePermissionState {
  id: string;
  type: 'user' | 'anyone' | 'domain';
  emailAddress?: string;
  domain?: string;
  role: DriveRole;
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
  /** Files this app created or the user opened with it: reachable under the drive.file scope. */
  appAuthorized: boolean;
}

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const SHEETS_MIME = 'application/vnd.google-apps.spreadsheet';
export const DOCS_MIME = 'application/vnd.google-apps.document';
export const SHORTCUT_MIME = 'application/vnd.google-apps.shortcut';
