// Drive's own error wording, for DriveApp (Apps Script exceptions) and the Advanced Drive service (HTTP errors).

import { FakeServiceError } from '../errors';

export const NO_ITEM = 'No item with the given ID could be found, or you do not have permission to access it.';
export const ACCESS_DENIED = 'Access denied: DriveApp.';
export const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';
export const INVALID_EMAIL = 'Invalid argument: permission.value';
export const OWNER_CANNOT_BE_REMOVED = 'The owner of a file cannot be removed.';
/** 403 insufficientFilePermissions. https://developers.google.com/workspace/drive/api/guides/handle-errors */
export const INSUFFICIENT_FILE_PERMISSIONS = 'The user does not have sufficient permissions for this file.';
export const CANNOT_ADD_PARENT = 'Increasing the number of parents is not allowed.';

/**
 * 403 cannotModifyInheritedPermission: lowering, on a child, a role a folder above passes down. The rule is the
 * guide's "You cannot remove or reduce an inherited permission on a child item"
 * (https://developers.google.com/workspace/drive/api/guides/manage-sharing); the reason
 * name is Drive's since mid-2025 (it was cannotModifyInheritedTeamDrivePermission:
 * https://github.com/GAM-team/GAM/releases/tag/v7.10.05) and the text is the one Drive returns for it.
 */
export const CANNOT_MODIFY_INHERITED =
  'Cannot modify a permission on an item to be less than the inherited access from a direct or indirect parent. ' +
  'Leverage limited access (https://developers.google.com/workspace/drive/api/guides/limited-expansive-access).';

/**
 * 403 cannotDeletePermission: what Drive answers when the permission to delete is one the item inherits (it can
 * only be removed on the folder that grants it). Wording as Drive returns it for this reason
 * (https://sourceforge.net/projects/gam.mirror/files/v7.39.01).
 */
export const CANNOT_DELETE_PERMISSION = 'The authenticated user cannot delete the permission.';

/** What Apps Script throws when an Advanced service call fails: the HTTP error folded into one message. */
export class DriveApiError extends FakeServiceError {
  readonly details: { code: number; message: string; reason?: string };
  constructor(call: string, code: number, message: string, reason?: string) {
    super(`API call to drive.${call} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = reason ? { code, message, reason } : { code, message };
  }
}

/**
 * 404 notFound, also what an item the user's add-on has no drive.file grant for looks like: Drive hides it.
 * https://developers.google.com/workspace/drive/api/guides/handle-errors
 */
export function fileNotFound(call: string, fileId: string): DriveApiError {
  return new DriveApiError(call, 404, `File not found: ${fileId}.`, 'notFound');
}
