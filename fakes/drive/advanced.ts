// The Advanced Drive service object (`Drive`), exposing the Files and Permissions collections the fakes serve.

import { surface } from '../surface';
import type { FakeWorld } from '../world';
import { fakeDriveFiles } from './advanced-files';
import { fakeDrivePermissions } from './advanced-permissions';

class FakeAdvancedDrive implements Pick<GoogleAppsScript.Drive, 'Files' | 'Permissions'> {
  readonly Files: GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
  readonly Permissions: GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;

  constructor(world: FakeWorld) {
    this.Files = surface(fakeDriveFiles(world), 'Drive.Files', world) as unknown as GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
    this.Permissions = surface(
      fakeDrivePermissions(world),
      'Drive.Permissions',
      world,
    ) as unknown as GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection;
  }

  newFile(): GoogleAppsScript.Drive_v3.Drive.V3.Schema.File {
    return {};
  }

  newPermission(): GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission {
    return {};
  }
}

export function createAdvancedDrive(world: FakeWorld): GoogleAppsScript.Drive {
  return surface(new FakeAdvancedDrive(world), 'Drive', world) as unknown as GoogleAppsScript.Drive;
}
