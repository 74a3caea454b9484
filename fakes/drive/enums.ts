// DriveApp's enums, as string-valued objects (Apps Script compares enum members, never their numbers).

export const ACCESS = {
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
} as unknown as typeof GoogleAppsScript.Drive.Access;

export const PERMISSION = {
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  NONE: 'NONE',
} as unknown as typeof GoogleAppsScript.Drive.Permission;
